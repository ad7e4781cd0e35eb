import Calendars

/// A placed schedule: where and when each meeting is, what it costs and
/// why, and how it was found. Written as `plan.json` (format
/// `convene-plan/1`, Docs/Plan.md); read back by `export`, `check` and
/// `plan --keep`. Same scenario and seed give the same bytes, so the plan
/// holds no wall-clock time.
public struct Plan: Codable, Sendable, Hashable {
    public static let formatTag = "convene-plan/1"

    /// One meeting as placed.
    public struct Entry: Codable, Sendable, Hashable {
        public var id: String
        public var title: String
        public var kind: String
        public var mode: String
        public var venue: String
        public var venueName: String
        public var city: String?
        public var country: String
        /// The first and last local day at the venue.
        public var date: String
        public var lastDate: String
        public var weekday: String
        /// Local times at the venue, with its zone and UTC offset.
        public var localStart: String
        public var localEnd: String
        public var timeZone: String
        public var utcOffset: String
        /// Instants, RFC 3339 in UTC.
        public var utcStart: String
        public var utcEnd: String
        public var attendees: [String]
        public var remote: [String]
        /// The option chosen, exactly as in model.json: venue, local day
        /// index and UTC minute from the epoch, and its place in the list.
        public var model: ModelCoordinates
        public var cost: Int
        public var costs: [Cost]
        /// For re-plans: whether and why the meeting moved since the kept plan.
        public var moved: Move?
    }

    public struct ModelCoordinates: Codable, Sendable, Hashable {
        public var venue: String
        public var day: Int
        public var lastDay: Int
        public var start: Int
        public var end: Int
        public var option: Int
    }

    public struct Cost: Codable, Sendable, Hashable {
        public var rule: String
        public var points: Int
        public var note: String
    }

    public struct Move: Codable, Sendable, Hashable {
        public var from: String
        public var fromVenue: String
        public var fromStart: String
        public var reason: String
    }

    public struct Solver: Codable, Sendable, Hashable {
        public var status: String
        public var provenOptimal: Bool
        public var lowerBound: Int?
        public var nodes: Int
        public var iterations: Int
        public var stoppedBy: String
        public var seed: UInt64
    }

    public var format: String
    public var body: String
    public var bodyName: String
    public var cycle: Int?
    public var chair: String
    public var theme: String?
    public var scenario: String
    public var scenarioSHA256: String
    public var epoch: String
    public var meetings: [Entry]
    public var objective: Int
    /// Points by soft rule (only rules that cost something).
    public var breakdown: [String: Int]
    public var solver: Solver
    /// Meetings moved since the kept plan, in order.
    public var movedCount: Int?
    /// The calendars' state: each event's UID, SEQUENCE and last change,
    /// carried to the next plan by `plan --keep` (Docs/ICalendar.md).
    public var calendar: CalendarState?
}
