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

    /// Reads `entry` of `plan`; nil when its dates or instants are not the
    /// plan format's (a plan that `PlanJSON` decoded has valid ones).
    public init?(_ entry: Plan.Entry, of plan: Plan) {
        guard let first = Day(iso: entry.date), let last = Day(iso: entry.lastDate), let days = DayRange(first, last),
            let start = Self.unixSeconds(entry.utcStart), let end = Self.unixSeconds(entry.utcEnd)
        else { return nil }
        id = entry.id
        title = entry.title
        kind = entry.kind
        body = plan.body + (plan.cycle.map { " \($0)" } ?? "")
        chair = CountryCode(plan.chair)
        self.days = days
        venue = entry.venue
        venueName = entry.venueName
        city = entry.city
        country = CountryCode(entry.country)
        mode = entry.mode
        localStart = entry.localStart
        localEnd = entry.localEnd
        utcOffset = entry.utcOffset
        timeZone = entry.timeZone
        self.start = start
        // The plan's end is the last day's; every day keeps the first day's hours.
        self.end = end - Int64(days.count - 1) * 86_400
        attendees = entry.attendees
        remote = Set(entry.remote)
        cost = entry.cost
        var reasons = entry.costs.map { "\($0.rule) +\($0.points): \($0.note)" }
        if let move = entry.moved {
            reasons.append("moved from \(move.from) \(move.fromStart) at \(move.fromVenue): \(move.reason)")
        }
        self.reasons = reasons
    }

    /// Whether `delegation` follows this meeting from home rather than in the room.
    public func isRemote(_ delegation: String) -> Bool { mode == "virtual" || remote.contains(delegation) }

    /// "2024-08-05" or "2024-08-05..2024-08-07".
    public var dateLabel: String { days.description }

    /// RFC 3339 UTC ("2023-05-10T01:00:00Z") to seconds since 1970.
    static func unixSeconds(_ text: String) -> Int64? {
        let scalars = Array(text.utf8)
        guard scalars.count == 20, scalars[10] == UInt8(ascii: "T"), scalars[19] == UInt8(ascii: "Z"),
            let day = Day(iso: text.prefix(10)),
            let hour = Int(text.dropFirst(11).prefix(2)), let minute = Int(text.dropFirst(14).prefix(2)),
            let second = Int(text.dropFirst(17).prefix(2))
        else { return nil }
        return day.unixSecondsAtMidnightUTC + Int64(hour * 3600 + minute * 60 + second)
    }
}
