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

        public init(meeting: MeetingID, venue: VenueID, firstDay: Day, lastDay: Day, start: LocalTime, end: LocalTime) {
            self.meeting = meeting
            self.venue = venue
            self.firstDay = firstDay
            self.lastDay = lastDay
            self.start = start
            self.end = end
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
