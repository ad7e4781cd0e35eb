import ArgumentParser
import Calendars
import Foundation
import Planning
import Scenarios
import CalendarExchange
import ICalendar

/// Reads the calendars a scenario imports (`fixed: - ics:` and
/// `holidays: - ics:`), each relative to the scenario's folder, and turns
/// them into the planner's extra fixed days and holidays. A missing file
/// exits 66 naming the scenario's `ics:` entry; a file that does not parse
/// exits 65 naming its own line.
struct ImportedCalendars {
    var holidays: [Holiday] = []
    var fixed: [(title: String, days: DayRange)] = []

    static func load(for scenario: Scenario, scenarioPath: String) throws -> ImportedCalendars {
        var result = ImportedCalendars()
        let importer = CalendarImport(horizon: scenario.horizon)
        let folder = (scenarioPath as NSString).deletingLastPathComponent
        for event in scenario.fixed {
            guard case .calendar(let path) = event.source else { continue }
            let file = resolve(path, in: folder)
            let text = try read(file, named: path, at: event.location)
            result.fixed += try report { () throws(CalendarImportError) in try importer.fixedDays(bytes: text, file: file) }
        }
        for feed in scenario.holidayFeeds {
            let file = resolve(feed.path, in: folder)
            let text = try read(file, named: feed.path, at: feed.location)
            result.holidays += try report { () throws(CalendarImportError) in
                try importer.holidays(bytes: text, file: file, country: feed.country, isMajor: feed.isMajor)
            }
        }
        return result
    }

    /// `path` against the scenario's folder, unless it is absolute.
    static func resolve(_ path: String, in folder: String) -> String {
        if path.hasPrefix("/") || folder.isEmpty { return path }
        return (folder as NSString).appendingPathComponent(path)
    }

    /// Bytes, not text: a line may be folded inside a UTF-8 character (RFC 5545 §3.1).
    private static func read(_ file: String, named path: String, at location: SourceLocation) throws -> [UInt8] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: file, isDirectory: &isDirectory), !isDirectory.boolValue else {
            Console.error("\(location): error: no calendar file '\(path)' (looked for \(file))")
            throw ExitStatus.noInput
        }
        return Array(try InputFile.readBytes(file, kind: .calendar, limit: ParserLimits().maxInputBytes))
    }

    private static func report<T>(_ body: () throws(CalendarImportError) -> T) throws -> T {
        do {
            return try body()
        } catch {
            Console.error(error.description)
            throw ExitStatus.dataError
        }
    }
}
