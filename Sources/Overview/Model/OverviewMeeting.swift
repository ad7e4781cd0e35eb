import Calendars
import Planning

/// One placed meeting as the overview and the table show it: the plan's
/// entry read once into days, instants and labels, so that the renderers
/// never parse the plan's text again.
public struct OverviewMeeting: Sendable, Hashable {
    public let id: String
    public let title: String
    public let kind: String
    /// "ACCSM 22": the body's short name and cycle.
    public let body: String
    public let chair: CountryCode
    public let days: DayRange
    public let venue: String
    public let venueName: String
    public let city: String?
    public let country: CountryCode
    public let mode: String
    public let localStart: String
    public let localEnd: String
    public let utcOffset: String
    public let timeZone: String
    /// The first day's start and end, seconds since 1970 UTC.
    public let start: Int64
    public let end: Int64
    public let attendees: [String]
    public let remote: Set<String>
    public let cost: Int
    /// Why the meeting is where it is: its costs, and its move since a kept plan.
    public let reasons: [String]

    /// Reads `entry` of `plan`; nil when its last day comes before its first.
    public init?(_ entry: Plan.Entry, of plan: Plan) {
        guard let days = DayRange(entry.date, entry.lastDate) else { return nil }
        let start = entry.utcStart.unixSeconds, end = entry.utcEnd.unixSeconds
        id = entry.id.rawValue
        title = entry.title
        kind = entry.kind.rawValue
        body = plan.body + (plan.cycle.map { " \($0)" } ?? "")
        chair = plan.chair
        self.days = days
        venue = entry.venue.rawValue
        venueName = entry.venueName
        city = entry.city
        country = entry.country
        mode = entry.mode.rawValue
        localStart = entry.localStart.description
        localEnd = entry.localEnd.description
        utcOffset = entry.utcOffset.description
        timeZone = entry.timeZone.identifier
        self.start = start
        // The plan's end is the last day's; every day keeps the first day's hours.
        self.end = end - Int64(days.count - 1) * 86_400
        attendees = entry.attendees.map(\.rawValue)
        remote = Set(entry.remote.map(\.rawValue))
        cost = entry.cost
        var reasons = entry.costs.map { "\($0.rule.rawValue) +\($0.points): \($0.note)" }
        if let move = entry.moved {
            reasons.append("moved from \(move.from) \(move.fromStart) at \(move.fromVenue): \(move.reason)")
        }
        self.reasons = reasons
    }

    /// Whether `delegation` follows this meeting from home rather than in the room.
    public func isRemote(_ delegation: String) -> Bool { mode == "virtual" || remote.contains(delegation) }

    /// "2024-08-05" or "2024-08-05..2024-08-07".
    public var dateLabel: String { days.description }
}
