import Calendars
import Foundation
import CalendarExchange

/// An official holiday list a user holds, read for `holidays --compare`:
/// an iCalendar file (every all-day event is a holiday on each of its
/// days) or a CSV file whose rows are `date,name` (ISO date first; a first
/// row `date,name` is a header; `#` starts a comment line).
enum OfficialHolidayList {
    /// The listed days of `path` inside `range`; errors name file:line:column.
    static func read(_ path: String, range: DayRange) throws -> [HolidayComparison.ListedDay] {
        let lower = path.lowercased()
        if lower.hasSuffix(".ics") || lower.hasSuffix(".ical") {
            // Bytes: a line may be folded inside a UTF-8 character (RFC 5545 §3.1).
            let bytes = Array(try InputFile.readBytes(path, kind: .holidayList))
            do {
                return try CalendarImport(horizon: range)
                    .holidays(bytes: bytes, file: path, country: "XX", isMajor: false)
                    .map { HolidayComparison.ListedDay(date: $0.date, name: $0.name) }
            } catch {
                Console.error(error.description)
                throw ExitStatus.dataError
            }
        }
        if lower.hasSuffix(".csv") { return try csv(try InputFile.read(path, kind: .holidayList), file: path) }
        Console.error("\(path): error: expected an .ics or .csv file")
        throw ExitStatus.usage
    }

    /// `date,name` rows; the name may be quoted ("Hari Raya, day 2").
    static func csv(_ text: String, file: String) throws -> [HolidayComparison.ListedDay] {
        var result: [HolidayComparison.ListedDay] = []
        for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.trimmingCharacters(in: CharacterSet(charactersIn: "\r"))
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            let fields = splitCSV(line)
            let first = fields[0].trimmingCharacters(in: .whitespaces)
            if index == 0, first.lowercased() == "date" { continue }
            guard let date = Day(iso: first) else {
                Console.error("\(file):\(index + 1):1: error: expected an ISO date (YYYY-MM-DD) in the first column, found '\(first)'\n\(line)\n^")
                throw ExitStatus.dataError
            }
            let name = fields.count > 1 ? fields[1].trimmingCharacters(in: .whitespaces) : ""
            result.append(HolidayComparison.ListedDay(date: date, name: name))
        }
        return result
    }

    /// Fields of one CSV line (RFC 4180 quoting: "a ""b""" is a "b").
    private static func splitCSV(_ line: String) -> [String] {
        var fields: [String] = [], current = "", quoted = false
        var characters = Array(line)[...]
        while let character = characters.popFirst() {
            if quoted {
                if character == "\"" {
                    if characters.first == "\"" { current.append("\""); characters.removeFirst() } else { quoted = false }
                } else {
                    current.append(character)
                }
            } else if character == "\"" {
                quoted = true
            } else if character == "," {
                fields.append(current)
                current = ""
            } else {
                current.append(character)
            }
        }
        fields.append(current)
        return fields
    }
}
