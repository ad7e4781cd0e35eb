import ArgumentParser
import Foundation
import Planning
import Scenarios

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
        // Read in bounded chunks rather than trusting the size: a device or
        // pipe reports 0 and may never end (a plan.json naming /dev/zero as
        // its scenario must not fill memory).
        var data = Data()
        do {
            guard let handle = FileHandle(forReadingAtPath: path) else {
                Console.error("\(path): error: cannot open the file for reading")
                throw ExitStatus.ioError
            }
            defer { try? handle.close() }
            while data.count <= limit, let chunk = try handle.read(upToCount: 1 << 20), !chunk.isEmpty {
                data.append(chunk)
            }
        } catch let status as ExitCode {
            throw status
        } catch {
            Console.error("\(path): error: cannot read: \(error.localizedDescription)")
            throw ExitStatus.ioError
        }
        if data.count > limit {
            Console.error("\(path):1:1: error: the file is larger than the limit of \(limit) bytes")
            throw ExitStatus.dataError
        }
        guard let text = String(data: data, encoding: .utf8) else {
            Console.error("\(path):1:1: error: the file is not UTF-8 text")
            throw ExitStatus.dataError
        }
        return text
    }
}
