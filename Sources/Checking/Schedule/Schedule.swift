import Calendars
import Scenarios

/// A schedule to check: where and when each meeting is held, in the
/// venue's local time. Built from a plan, from a scenario whose meetings are
/// pinned, or from calendar events (`ScheduleBuilder`,
/// `CalendarScheduleReader`); knows nothing of how it was found, so the
/// checker judges every source alike.
public struct Schedule: Sendable {
    /// One meeting as placed.
    public struct Item: Hashable, Sendable {
        public let meeting: MeetingID
        public let venue: VenueID
        /// First and last local day at the venue.
        public let firstDay: Day
        public let lastDay: Day
        /// Local start on the first day and end on the last, in the venue's zone.
        public let start: LocalTime
        public let end: LocalTime
        /// Where the source gives this placement (a plan's entry, an event),
        /// so that an item the checker cannot judge is reported at its
        /// place. Not part of the placement: equal items at two places are equal.
        public let source: SourceLocation?

        public init(meeting: MeetingID, venue: VenueID, firstDay: Day, lastDay: Day, start: LocalTime, end: LocalTime,
                    source: SourceLocation? = nil) {
            self.meeting = meeting
            self.venue = venue
            self.firstDay = firstDay
            self.lastDay = lastDay
            self.start = start
            self.end = end
            self.source = source
        }

        /// The same placement, given at `location`.
        public func at(_ location: SourceLocation) -> Item {
            Item(meeting: meeting, venue: venue, firstDay: firstDay, lastDay: lastDay, start: start, end: end, source: location)
        }

        public static func == (a: Item, b: Item) -> Bool {
            (a.meeting, a.venue, a.firstDay, a.lastDay, a.start, a.end) == (b.meeting, b.venue, b.firstDay, b.lastDay, b.start, b.end)
        }

        public func hash(into hasher: inout Hasher) {
            hasher.combine(meeting)
            hasher.combine(venue)
            hasher.combine(firstDay)
            hasher.combine(lastDay)
            hasher.combine(start)
            hasher.combine(end)
        }
    }

    public var items: [Item]
    /// Meetings of the scenario the source does not place, and why.
    public var unplaced: [CheckReport.Unchecked]

    public init(items: [Item], unplaced: [CheckReport.Unchecked] = []) {
        self.items = items
        self.unplaced = unplaced
    }
}
