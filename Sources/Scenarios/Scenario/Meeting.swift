import Calendars

/// A meeting to place: what it is, how long, where it may go, who attends
/// and what it must follow.
public struct Meeting: Sendable, Identifiable {
    /// How long a meeting lasts.
    public enum Length: Hashable, Sendable, CustomStringConvertible {
        /// Whole days at the venue.
        case days(Int)
        /// Minutes within one day (written in hours, quarter-hour steps).
        case minutes(Int)

        public var description: String {
            switch self {
            case .days(let n): n == 1 ? "1 day" : "\(n) days"
            case .minutes(let m): m % 60 == 0 ? "\(m / 60) h" : "\(m / 60) h \(m % 60) min"
            }
        }
    }

    /// "Comes `days` days after the end of `meeting`."
    public struct After: Sendable {
        public let meeting: Located<MeetingID>
        public let days: DayCountRange
        public let location: SourceLocation

        public init(meeting: Located<MeetingID>, days: DayCountRange, location: SourceLocation) {
            self.meeting = meeting
            self.days = days
            self.location = location
        }
    }

    /// A replacement agenda item.
    public struct AgendaItem: Hashable, Sendable {
        public let title: String
        public let minutes: Int

        public init(title: String, minutes: Int) {
            self.title = title
            self.minutes = minutes
        }
    }

    public let id: MeetingID
    public let kind: MeetingKind
    public let title: String
    public let length: Length
    public let venues: [Located<VenueID>]
    public let attendees: [Located<AttendeeReference>]
    /// Hard window for all its days; nil means the horizon.
    public let window: Located<DayRange>?
    public let preferredWindow: Located<DayRange>?
    public let preferredStart: LocalTime?
    public let after: [After]
    /// A pinned first day.
    public let date: Located<Day>?
    /// A pinned local start time.
    public let start: LocalTime?
    /// Nil: from the venue (virtual venue → virtual, else in person).
    public let mode: MeetingMode?
    public let remote: [Located<AttendeeReference>]
    public let agenda: [AgendaItem]?
    /// The link to join a virtual or hybrid meeting (RFC 7986 CONFERENCE in
    /// calendars); nil: the venue's `joinURL`.
    public let joinURL: String?
    /// Lead times of the run-up that this meeting sets for itself
    /// (Docs/Runup.md), each with its place in the file.
    public let runup: [RunupTask: Located<Int>]
    public let location: SourceLocation
    /// The body and cycle the meeting belongs to, with that cycle's chair;
    /// nil in a one-body scenario without `bodies:`.
    public let term: MeetingTerm?

    public init(id: MeetingID, kind: MeetingKind, title: String, length: Length, venues: [Located<VenueID>],
                attendees: [Located<AttendeeReference>], window: Located<DayRange>?, preferredWindow: Located<DayRange>?,
                preferredStart: LocalTime?, after: [After], date: Located<Day>?, start: LocalTime?, mode: MeetingMode?,
                remote: [Located<AttendeeReference>], agenda: [AgendaItem]?, location: SourceLocation,
                joinURL: String? = nil, runup: [RunupTask: Located<Int>] = [:], term: MeetingTerm? = nil) {
        self.id = id
        self.kind = kind
        self.title = title
        self.length = length
        self.venues = venues
        self.attendees = attendees
        self.window = window
        self.preferredWindow = preferredWindow
        self.preferredStart = preferredStart
        self.after = after
        self.date = date
        self.start = start
        self.mode = mode
        self.remote = remote
        self.agenda = agenda
        self.joinURL = joinURL
        self.runup = runup
        self.term = term
        self.location = location
    }

    /// The number of calendar days the meeting takes (1 for sessions in hours).
    public var dayCount: Int {
        if case .days(let n) = length { return n }
        return 1
    }
}
