import ArgumentParser
import Foundation
import Planning

/// Reads an input file whole, mapping failures to the documented exit
/// codes: missing → 66, unreadable or not UTF-8 → 65 or 74.
enum InputFile {
    static func read(_ path: String, limit: Int = InputLimits().maximumFileBytes) throws -> String {
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else {
            Console.error("\(path): error: no such file")
            throw ExitStatus.noInput
        }
        if isDirectory.boolValue {
            Console.error("\(path): error: is a folder, expected a file")
            throw ExitStatus.noInput
        }
        if let size = (try? manager.attributesOfItem(atPath: path))?[.size] as? Int, size > limit {
            Console.error("\(path):1:1: error: the file is \(size) bytes; the limit is \(limit)")
            throw ExitStatus.dataError
        }
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            Console.error("\(path): error: cannot read: \(error.localizedDescription)")
            throw ExitStatus.ioError
        }
        guard let text = String(data: data, encoding: .utf8) else {
            Console.error("\(path):1:1: error: the file is not UTF-8 text")
            throw ExitStatus.dataError
        }
        return text
    }
}
