import ICalendar

/// Why a plan could not be turned into a calendar. The CLI maps
/// `unknownDelegation` to a usage error (64) and the rest to bad input (65).
public enum PlanCalendarError: Error, Equatable, Sendable, CustomStringConvertible {
    /// `--delegation` names no delegation of the plan; `known` lists them.
    case unknownDelegation(String, known: [String])
    /// A plan entry holds a date, time or zone that cannot be written.
    case invalidEntry(meeting: String, field: String, value: String)
    /// ICU could not give (or the parser could not read) a zone's VTIMEZONE.
    case timeZone(String, reason: String)
    /// The iCalendar writer refused the tree (RFC 5545 §3.1: it never
    /// emits text that would read back differently).
    case write(ICalendarError)

    public var description: String {
        switch self {
        case .unknownDelegation(let id, let known):
            "no delegation '\(id)' in the plan; known: \(known.joined(separator: ", "))"
        case .invalidEntry(let meeting, let field, let value):
            "meeting '\(meeting)': \(field) '\(value)' cannot be written to a calendar"
        case .timeZone(let zone, let reason):
            "no VTIMEZONE for \(zone): \(reason)"
        case .write(let error):
            "cannot write the calendar: \(error)"
        }
    }
}
