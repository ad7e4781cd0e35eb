import Calendars
import Scenarios

/// A hard rule that a placement breaks on its own, wherever the other
/// meetings are: the planner leaves such a candidate out of the model and
/// counts why, the checker reports it, the infeasibility explainer and
/// re-plans say it in words. Each case carries what its words need;
/// `DayRules` and `TimeRules` decide when it applies.
public enum Exclusion: Hashable, Sendable {
    /// Hard rule 3: the venue is closed on the day.
    case venueClosed(VenueID, Day)
    /// Hard rule 2: the day is a weekend day where the venue is.
    case weekend(CountryCode, Day)
    /// Hard rule 2: the day is (or may be) a holiday, major or not, where the venue is.
    case hostHoliday(Holiday, on: Day)
    /// Hard rule 2: the day is (or may be) a major holiday of an attending country.
    case majorHoliday(Holiday, on: Day)
    /// Hard rule 7: a fixed event on the day binds an attendee (`who`:
    /// the delegations it shares) or the venue (its id in `who`).
    case fixedEvent(title: String, Day, who: [String])
    /// Hard rule 6: no start time keeps this remote delegation within its
    /// acceptable hours.
    case remoteHours(DelegationID)
    /// The session is longer than the venue's opening hours.
    case openingHours
    /// The meeting is pinned to another date or start.
    case pinned

    /// A holiday counts as uncertain on a day that is only one of its
    /// possible dates, or when its date is a forecast.
    public static func isUncertain(_ holiday: Holiday, on day: Day) -> Bool {
        holiday.date != day || holiday.isUncertain
    }

    // MARK: Words

    /// A planner's sentence for this exclusion (why a kept meeting moved).
    public var sentence: String {
        switch self {
        case .weekend(let code, let day):
            "\(day) is a \(day.weekday.name), a weekend day in \(Self.name(code))"
        case .hostHoliday(let holiday, let day):
            "\(day) \(Self.isUncertain(holiday, on: day) ? "may be" : "is") \(holiday.nameWithProvenance), a holiday in \(Self.name(holiday.country))"
        case .majorHoliday(let holiday, let day):
            "\(day) \(Self.isUncertain(holiday, on: day) ? "may be" : "is") \(holiday.nameWithProvenance), a major holiday in \(Self.name(holiday.country))"
        case .venueClosed(let venue, let day):
            "venue \(venue) is closed on \(day)"
        case .fixedEvent(let title, let day, _):
            "\(title) takes \(day)"
        case .remoteHours(let delegation):
            "no start time keeps \(delegation) within \(RuleConstants.acceptableRemoteHours) local time"
        case .openingHours:
            "the session is longer than the venue's opening hours"
        case .pinned:
            "the meeting is pinned elsewhere"
        }
    }

    /// The exclusion without its day, for the infeasibility explainer's
    /// counts: "Hari Raya Aidilfitri, a major holiday in Malaysia (or may be) (12)".
    public var summary: String {
        switch self {
        case .weekend(let code, _): "a weekend day in \(Self.name(code))"
        case .hostHoliday(let holiday, _): "\(holiday.nameWithProvenance), a holiday in \(Self.name(holiday.country))"
        case .majorHoliday(let holiday, let day):
            "\(holiday.nameWithProvenance), a major holiday in \(Self.name(holiday.country))\(Self.isUncertain(holiday, on: day) ? " (or may be)" : "")"
        case .venueClosed(let venue, _): "venue \(venue) closed"
        case .fixedEvent(let title, _, _): title
        case .remoteHours(let delegation): "no start within \(RuleConstants.acceptableRemoteHours) for \(delegation)"
        case .openingHours: "longer than the venue's opening hours"
        case .pinned: "pinned start does not fit"
        }
    }

    /// `convene check`'s sentence for a day rule broken on `day`, after the
    /// meeting's `label` ("SOM on Friday 2023-05-12 at icc"); nil for the
    /// rules the checker words itself (closures and fixed events over
    /// several days, remote hours with their local times).
    package func checkSentence(label: String, host: CountryCode) -> String? {
        switch self {
        case .weekend(let code, let day):
            return "\(label): \(day.weekday.name) is a weekend day in \(Self.name(code))"
        case .hostHoliday(let holiday, let day), .majorHoliday(let holiday, let day):
            if Self.isUncertain(holiday, on: day) {
                let possible = Words.list(holiday.possibleDates.map(\.description), conjunction: "or")
                let kind = holiday.country != host ? "a major holiday" : "a holiday in the host country"
                return "\(label): \(holiday.name) in \(holiday.country) may fall on \(possible) (\(kind), date set by moon sighting or not yet published; \(holiday.provenance.kind): \(holiday.provenance.source))"
            }
            if case .hostHoliday = self {
                return "\(label): \(day) is \(holiday.nameWithProvenance), a holiday in the host country \(Self.name(holiday.country))"
            }
            return "\(label): \(day) is \(holiday.nameWithProvenance), a major holiday in \(Self.name(holiday.country))"
        default:
            return nil
        }
    }

    /// The day the exclusion is about, when it has one.
    package var day: Day? {
        switch self {
        case .venueClosed(_, let day), .weekend(_, let day), .hostHoliday(_, let day), .majorHoliday(_, let day),
             .fixedEvent(_, let day, _): day
        case .remoteHours, .openingHours, .pinned: nil
        }
    }

    /// Whose calendar or which venue the exclusion is about.
    package var who: [String] {
        switch self {
        case .venueClosed(let venue, _): [venue.rawValue]
        case .weekend(let code, _): [code.rawValue]
        case .hostHoliday(let holiday, _), .majorHoliday(let holiday, _): [holiday.country.rawValue]
        case .fixedEvent(_, _, let who): who
        case .remoteHours(let delegation): [delegation.rawValue]
        case .openingHours, .pinned: []
        }
    }

    package static func name(_ code: CountryCode) -> String { Countries.named(code)?.name ?? code.rawValue }
}
