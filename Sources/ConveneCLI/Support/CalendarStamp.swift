import ArgumentParser
import Foundation
import ICalendar
import Planning
import CalendarExchange

/// The CLI's side of calendar export: the clock (SOURCE_DATE_EPOCH, as
/// reproducible-builds.org specifies it, else now) and the mapping of
/// export errors to exit codes. The library layer stays pure.
enum CalendarStamp {
    /// DTSTAMP for this run, in UTC (RFC 5545 §3.8.7.2). A set but
    /// malformed SOURCE_DATE_EPOCH is an error rather than silently "now",
    /// so a reproducible build cannot quietly stop being one.
    static func now(environment: [String: String] = ProcessInfo.processInfo.environment) throws -> ICalDateTime {
        if let text = environment["SOURCE_DATE_EPOCH"] {
            guard let seconds = Int(text.trimmingCharacters(in: .whitespaces)), seconds >= 0, seconds < 253_402_300_800 else {
                Console.error("error: SOURCE_DATE_EPOCH must be whole seconds since 1970-01-01 UTC, found '\(text)'")
                throw ExitStatus.usage
            }
            return ICalDateTime(utcSecondsSince1970: seconds)
        }
        return ICalDateTime(utcSecondsSince1970: Int(Date().timeIntervalSince1970))
    }

    /// The calendar's text; a plan whose entries cannot be written is bad
    /// input (65), named by `source`.
    static func render(_ calendar: PlanCalendar, _ options: PlanCalendar.Options, source: String) throws -> String {
        do {
            return try calendar.text(options)
        } catch {
            Console.error("\(source): error: \(error)")
            switch error {
            case .unknownDelegation: throw ExitStatus.usage
            default: throw ExitStatus.dataError
            }
        }
    }
}
