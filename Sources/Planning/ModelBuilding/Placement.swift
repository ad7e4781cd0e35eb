import Calendars
import Scenarios

/// One way to hold a meeting, as the planner sees it: the venue, its local
/// days and times, the instants in model minutes, and the soft costs it
/// carries. Each becomes one option of the flat model.
public struct Placement: Hashable, Sendable {
    public let venue: VenueID
    public let firstDay: Day
    public let lastDay: Day
    /// Local days of the venue, counted from the model's epoch.
    public let dayIndex: Int
    public let lastDayIndex: Int
    /// Local start on the first day and end on the last, in the venue's zone.
    public let localStart: LocalTime
    public let localEnd: LocalTime
    /// UTC minutes from the epoch's midnight UTC.
    public let utcStart: Int
    public let utcEnd: Int
    public let costs: [CostItem]

    public var cost: Int { costs.reduce(0) { $0 + $1.points } }
}
