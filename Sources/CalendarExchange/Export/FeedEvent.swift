import Calendars
import Scenarios
import Planning

/// One event of a subscription feed: one day of a meeting, its times the
/// programme's. A meeting of several days is several events, so that a
/// client shows each day's real hours rather than one block across the
/// nights; they share the meeting through `parentUID` (RELATED-TO) and
/// X-CONVENE-MEETING. The first day's UID is the meeting's own, so a
/// meeting that grows a day keeps its event.
public struct FeedEvent: Hashable, Sendable {
    public let uid: String
    /// The plan entry the day belongs to.
    public let entry: Plan.Entry
    /// From 1.
    public let dayNumber: Int
    public let dayCount: Int
    public let day: Day
    /// Local minutes after midnight at the venue.
    public let start: Int
    public let end: Int
    /// The day's programme, when the agenda could be laid out.
    public let programme: ProgrammeDay?
    /// The first day's UID, for days after the first.
    public let parentUID: String?

    public init(uid: String, entry: Plan.Entry, dayNumber: Int, dayCount: Int, day: Day, start: Int, end: Int,
                programme: ProgrammeDay?, parentUID: String?) {
        self.uid = uid
        self.entry = entry
        self.dayNumber = dayNumber
        self.dayCount = dayCount
        self.day = day
        self.start = start
        self.end = end
        self.programme = programme
        self.parentUID = parentUID
    }

    public var meeting: String { entry.id.rawValue }
    public var timeZone: String { entry.timeZone.identifier }

    /// SUMMARY: the title, with the day for a meeting of several days.
    public var summary: String {
        dayCount > 1 ? "\(entry.title) (day \(dayNumber) of \(dayCount))" : entry.title
    }

    /// LOCATION: "Online (platform)", or venue, city and country.
    public var location: String { Self.location(of: entry) }

    /// LOCATION of a plan entry.
    public static func location(of entry: Plan.Entry) -> String {
        entry.mode == .virtual
            ? "Online (\(entry.venueName))"
            : [entry.venueName, entry.city, Countries.named(entry.country)?.name ?? entry.country.rawValue]
                .compactMap { $0 }.joined(separator: ", ")
    }

    /// The UTC instants of the start and end, seconds since 1970.
    public var instants: (start: Int64, end: Int64)? {
        guard let start = CivilClock.instant(day, minutes: start, zone: timeZone),
              let end = CivilClock.instant(day, minutes: end, zone: timeZone) else { return nil }
        return (start, end)
    }
}
