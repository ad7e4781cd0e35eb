import Calendars

/// Why an agenda cannot be made for a meeting of a plan.
public enum AgendaError: Error, Equatable, CustomStringConvertible {
    case unknownMeeting(String, known: [String])
    /// A field of plan.json that does not read (a date, a time).
    case badPlanField(meeting: String, field: String, value: String)
    case timing(meeting: String, title: String, TimingError)
    case icu(ICUError)

    public var description: String {
        switch self {
        case .unknownMeeting(let id, let known):
            "no meeting '\(id)' in the plan (meetings: \(known.joined(separator: ", ")))"
        case .badPlanField(let meeting, let field, let value):
            "meeting '\(meeting)': \(field) '\(value)' does not read"
        case .timing(let meeting, let title, let problem):
            "meeting '\(meeting)': the agenda of '\(title)' \(problem)"
        case .icu(let error):
            error.description
        }
    }
}
