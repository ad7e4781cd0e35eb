import Calendars
import Scenarios

/// One soft cost of one placement, found by a rule of `DayRules`,
/// `TimeRules` or `PairCostRules`: the rule, its points (the rule's
/// formula and the scenario's weight), the days and whose calendar, and
/// the facts its words need. The planner keeps its `note` in plan.json;
/// `convene check` says its `sentence`.
public struct Charge: Hashable, Sendable {
    public let rule: SoftRule
    public let points: Int
    public let dates: [Day]
    /// Country codes, delegation ids or venue ids.
    public let who: [String]
    public let reason: Reason

    /// The facts behind a charge, one case per soft rule.
    public enum Reason: Hashable, Sendable {
        case preferredWindow(days: Int, window: DayRange)
        case preferredStart(start: LocalTime, preferred: LocalTime, minutes: Int)
        case minorHoliday(Holiday, on: Day, country: CountryCode)
        case attendeeWeekend(CountryCode, Day)
        case ramadan(Day, observing: [CountryCode])
        case nextToMajorHoliday(Holiday, on: Day)
        /// `local` is the delegation's local time of the session, as the checker reads it.
        case remoteComfort(DelegationID, minutes: Int, local: String?)
        case remoteFairness(worstOff: [DelegationID], minutes: Int)
        case sideEventGap(gap: Int, outside: Int, first: MeetingID, preferred: DayCountRange)
        case venueChange(first: MeetingID, firstVenue: VenueID, then: VenueID)
    }

    /// plan.json's note: short, with country codes.
    public var note: String {
        switch reason {
        case .preferredWindow(let days, let window):
            "\(Words.days(days)) outside the preferred window \(window)"
        case .preferredStart(let start, let preferred, let minutes):
            "starts at \(start), \(minutes) minutes from the preferred \(preferred)"
        case .minorHoliday(let holiday, let day, let country):
            "\(day) \(Exclusion.isUncertain(holiday, on: day) ? "may be" : "is") \(holiday.nameWithProvenance) in \(country)"
        case .attendeeWeekend(let country, let day):
            "\(day) is a weekend day in \(country)"
        case .ramadan(let day, _):
            "\(day) falls in Ramadan"
        case .nextToMajorHoliday(let holiday, _):
            "next to \(holiday.name) in \(holiday.country)"
        case .remoteComfort(let delegation, let minutes, _):
            "\(delegation): \(minutes) minutes outside \(RuleConstants.comfortableRemoteHours) local time"
        case .remoteFairness(_, let minutes):
            "the worst-off delegation has \(minutes) minutes outside \(RuleConstants.comfortableRemoteHours)"
        case .sideEventGap(let gap, let outside, let first, _):
            "\(gap) days after \(first); \(outside) more than preferred"
        case .venueChange(let first, let firstVenue, let then):
            "at \(then), while \(first) is at \(firstVenue)"
        }
    }

    /// `convene check`'s sentence. `headline` names the meeting, its first
    /// day and venue ("SOM on Friday 2023-05-12 at icc"); `label` the
    /// meeting alone ("SOM"); `onDay` the meeting on one of its days.
    package func sentence(headline: String, onDay: (Day) -> String) -> String {
        switch reason {
        case .preferredWindow(let days, let window):
            "\(headline): \(Words.days(days)) outside the preferred window \(window)"
        case .preferredStart(let start, let preferred, let minutes):
            "\(headline): starts at \(start), \(minutes) min from the preferred \(preferred)"
        case .minorHoliday(let holiday, let day, let country):
            "\(onDay(day)): \(day) \(Exclusion.isUncertain(holiday, on: day) ? "may be" : "is") \(holiday.nameWithProvenance) in \(Exclusion.name(country))"
        case .attendeeWeekend(let country, let day):
            "\(onDay(day)): \(day.weekday.name) is a weekend day in \(Exclusion.name(country)), which joins remotely"
        case .ramadan(let day, let observing):
            "\(onDay(day)): \(day) falls in Ramadan, observed by \(observing.map(\.rawValue).joined(separator: ", "))"
        case .nextToMajorHoliday(let holiday, let day):
            "\(headline): next to \(holiday.name) in \(Exclusion.name(holiday.country)) on \(day)"
        case .remoteComfort(let delegation, let minutes, let local):
            "\(headline): \(delegation) joins \(local ?? "") local time, \(minutes) min outside \(RuleConstants.comfortableRemoteHours)"
        case .remoteFairness(let worstOff, let minutes):
            "\(headline): the worst-off delegation (\(Words.list(worstOff.map(\.rawValue)))) has \(minutes) min outside \(RuleConstants.comfortableRemoteHours)"
        case .sideEventGap, .venueChange:
            // Rules between meetings are worded by PairRules, which knows both meetings.
            "\(headline): \(note)"
        }
    }

    /// The planner's cost item.
    package var costItem: CostItem { CostItem(rule, points, note) }
}
