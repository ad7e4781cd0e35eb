/// What a plan's calendars said, event by event, so that the next plan
/// (`plan --keep`) can tell subscribers what changed without the old .ics
/// files: each event's UID, SEQUENCE and last change, and enough of its
/// content to notice a change and to write it again once cancelled.
/// Stored in plan.json under `calendar` (Docs/ICalendar.md, "Change rules").
public struct CalendarState: Codable, Sendable, Hashable {
    /// How long a cancelled event stays in the feeds after the day it was
    /// planned for (it is always in the feeds of the plan that cancels it):
    /// subscribers see the cancellation meanwhile, and feeds do not grow
    /// without end.
    public static let cancelledRetentionDays = 30
    /// STATUS values (RFC 5545 §3.8.1.11).
    public static let confirmed = "CONFIRMED"
    public static let cancelled = "CANCELLED"

    /// One event (one meeting day) as last written.
    public struct Event: Codable, Sendable, Hashable {
        public var uid: String
        public var meeting: String
        /// The meeting day, from 1.
        public var day: Int
        /// SEQUENCE (RFC 5545 §3.8.7.4).
        public var sequence: Int
        /// RFC 3339 UTC: LAST-MODIFIED and DTSTAMP of the event; the plan's
        /// stamp when the event last changed.
        public var lastModified: String
        /// CONFIRMED or CANCELLED.
        public var status: String
        public var summary: String
        public var location: String
        public var timeZone: String
        /// Local start and end at the venue, `YYYY-MM-DDTHH:MM`.
        public var localStart: String
        public var localEnd: String
        /// Instants, RFC 3339 in UTC: what every client must show.
        public var utcStart: String
        public var utcEnd: String
        /// The delegations whose feeds carry it.
        public var attendees: [String]
        /// Delegations that attended it once and no longer do: their feeds
        /// keep it as cancelled.
        public var dropped: [String]
        /// SHA-256 of the whole event as the plan's feed writes it, stamps
        /// and SEQUENCE aside: any change to it is a change.
        public var digest: String

        public init(uid: String, meeting: String, day: Int, sequence: Int, lastModified: String, status: String,
                    summary: String, location: String, timeZone: String, localStart: String, localEnd: String,
                    utcStart: String, utcEnd: String, attendees: [String], dropped: [String], digest: String) {
            self.uid = uid
            self.meeting = meeting
            self.day = day
            self.sequence = sequence
            self.lastModified = lastModified
            self.status = status
            self.summary = summary
            self.location = location
            self.timeZone = timeZone
            self.localStart = localStart
            self.localEnd = localEnd
            self.utcStart = utcStart
            self.utcEnd = utcEnd
            self.attendees = attendees
            self.dropped = dropped
            self.digest = digest
        }
    }

    /// RFC 3339 UTC: when this plan's calendars were made
    /// (SOURCE_DATE_EPOCH when set, else the clock).
    public var stamp: String
    public var events: [Event]

    public init(stamp: String, events: [Event]) {
        self.stamp = stamp
        self.events = events
    }

    /// The event with this UID.
    public func event(_ uid: String) -> Event? { events.first { $0.uid == uid } }
}
