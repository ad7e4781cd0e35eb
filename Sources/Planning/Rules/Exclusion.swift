import Calendars
import Scenarios

/// Why a candidate placement of a meeting never entered the model: the hard
/// rule it breaks, with the day and whose calendar. Explanations of
/// infeasibility are built from these.
public enum Exclusion: Hashable, Sendable {
    case weekend(CountryCode, Day)
    case hostHoliday(CountryCode, Day, name: String)
    case majorHoliday(CountryCode, Day, name: String, uncertain: Bool)
    case venueClosed(VenueID, Day)
    case fixedEvent(title: String, Day)
    /// No start time keeps every remote delegation within 07:00-21:00.
    case remoteHours(DelegationID)
    /// The session is longer than the venue's opening hours.
    case openingHours
    /// The meeting is pinned to another date or start.
    case pinned

    /// A planner's sentence for this exclusion.
    public var sentence: String {
        switch self {
        case .weekend(let code, let day):
            "\(day) is a \(day.weekday.name), a weekend day in \(Countries.named(code)?.name ?? code.rawValue)"
        case .hostHoliday(let code, let day, let name):
            "\(day) is \(name), a holiday in \(Countries.named(code)?.name ?? code.rawValue)"
        case .majorHoliday(let code, let day, let name, let uncertain):
            "\(day) \(uncertain ? "may be" : "is") \(name), a major holiday in \(Countries.named(code)?.name ?? code.rawValue)"
        case .venueClosed(let venue, let day):
            "venue \(venue) is closed on \(day)"
        case .fixedEvent(let title, let day):
            "\(title) takes \(day)"
        case .remoteHours(let delegation):
            "no start time keeps \(delegation) within 07:00-21:00 local time"
        case .openingHours:
            "the session is longer than the venue's opening hours"
        case .pinned:
            "the meeting is pinned elsewhere"
        }
    }
}
