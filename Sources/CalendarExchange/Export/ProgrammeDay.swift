import Calendars

/// One day of a meeting's timed programme, on the venue's clock: when the
/// day's first item opens and its last closes, and its rows (items and
/// breaks). The agenda module lays programmes out; the CLI hands them to
/// `PlanCalendar`, which does not know agendas, so that each day's event
/// takes exactly the agenda's hours.
public struct ProgrammeDay: Hashable, Sendable {
    /// One row of the programme: an item ("1. Opening remarks") or a break.
    public struct Row: Hashable, Sendable {
        /// Local minutes after midnight at the venue.
        public let start: Int
        public let end: Int
        /// The item's number, nil for a break.
        public let number: Int?
        public let text: String

        public init(start: Int, end: Int, number: Int?, text: String) {
            self.start = start
            self.end = end
            self.number = number
            self.text = text
        }
    }

    public let day: Day
    /// The day's hours, local minutes after midnight at the venue: from
    /// the first row's start to the last row's end (the sitting's hours
    /// when the day holds no row).
    public let start: Int
    public let end: Int
    /// A heading the agenda gives the day ("Day 2 — Wednesday 10 May"), if any.
    public let heading: String?
    public let rows: [Row]

    public init(day: Day, start: Int, end: Int, heading: String? = nil, rows: [Row]) {
        self.day = day
        self.start = start
        self.end = end
        self.heading = heading
        self.rows = rows
    }
}
