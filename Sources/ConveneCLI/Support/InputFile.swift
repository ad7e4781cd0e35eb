import ArgumentParser
import Foundation
import Planning
import Scenarios

/// Reads an input file whole, mapping failures to the documented exit
/// codes: missing, not a regular file or not of its kind → 66; too large
/// or not UTF-8 → 65; unreadable → 74.
///
/// Only regular files are read, and only files of the expected kind by
/// name, after links are resolved (Docs/Reliability.md, "Inputs"): error
/// messages quote the input's lines, so a plan.json whose `scenario` names
/// `/etc/shadow` or `/proc/self/environ`, or a link `s.yaml` to either, is
/// refused before a byte of it is read or shown.
enum InputFile {
    /// What a file must be named to be read as that input.
    enum Kind {
        case scenario, plan, calendar
        /// A report `convene check --format json` wrote.
        case report
        /// An official holiday list (`holidays --compare`).
        case holidayList

        var extensions: [String] {
            switch self {
            case .scenario: ["yaml", "yml"]
            case .plan, .report: ["json"]
            case .holidayList: ["ics", "ical", "csv"]
            case .calendar: ["ics", "ical", "ifb"]
            }
        }

        var name: String {
            switch self {
            case .scenario: "a scenario file"
            case .plan: "a plan file"
            case .calendar: "a calendar file"
            case .report: "a check report (JSON)"
            case .holidayList: "a holiday list"
            }
        }
    }

    /// The file as UTF-8 text.
    static func read(_ path: String, kind: Kind, limit: Int = InputLimits().maximumFileBytes) throws -> String {
        let data = try readBytes(path, kind: kind, limit: limit)
        guard let text = String(data: data, encoding: .utf8) else {
            Console.error("\(path):1:1: error: the file is not UTF-8 text")
            throw ExitStatus.dataError
        }
        return text
    }

    /// The file's bytes, for readers that decode it themselves (iCalendar
    /// unfolds lines on bytes before decoding UTF-8, RFC 5545 §3.1).
    static func readBytes(_ path: String, kind: Kind, limit: Int = InputLimits().maximumFileBytes) throws -> Data {
        var status = stat()
        guard stat(path, &status) == 0 else {
            Console.error("\(path): error: no such file")
            throw ExitStatus.noInput
        }
        switch status.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFDIR:
            Console.error("\(path): error: is a folder, expected a file")
            throw ExitStatus.noInput
        default:
            Console.error("\(path): error: not a regular file (a device, FIFO or socket); expected \(kind.name); not read")
            throw ExitStatus.noInput
        }
        let resolved = realpathString(path) ?? path
        for name in Set([path, resolved]) {
            let suffix = (name as NSString).pathExtension.lowercased()
            guard kind.extensions.contains(suffix) else {
                let what = name == path ? "" : " (it is a link to \(resolved))"
                Console.error("\(path): error: expected \(kind.name), whose name ends in "
                    + kind.extensions.map { ".\($0)" }.joined(separator: " or ") + "\(what); not read")
                throw ExitStatus.noInput
            }
        }
        if Int(status.st_size) > limit {
            Console.error("\(path):1:1: error: the file is \(status.st_size) bytes; the limit is \(limit)")
            throw ExitStatus.dataError
        }
        // Read in bounded chunks rather than trusting the size: a file in
        // /proc reports 0 and a file may grow while it is read.
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
        return data
    }
}
