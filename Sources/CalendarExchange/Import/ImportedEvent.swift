import Calendars

/// One occurrence of an imported event as the days it takes, clipped to
/// the planning horizon: what a fixed event of the scenario would say.
public struct ImportedEvent: Hashable, Sendable {
    /// SUMMARY, or a stand-in naming the file when the event has none.
    public let title: String
    public let days: DayRange
    /// Whether the event was all-day (DATE values) rather than timed.
    public let isAllDay: Bool

    public init(title: String, days: DayRange, isAllDay: Bool) {
        self.title = title
        self.days = days
        self.isAllDay = isAllDay
    }
}
