import Calendars

/// One day's sitting of a meeting, in the venue's local minutes after
/// midnight, with the facts that decide its breaks.
public struct Session: Sendable, Hashable {
    public let day: Day
    public let start: Int
    public let end: Int
    /// Whether the sitting takes a lunch break: in-person whole days do;
    /// virtual sessions are kept to their hours.
    public let takesLunch: Bool
    /// Whether the host observes the Friday prayer break and this is a Friday.
    public let fridayPrayers: Bool

    public init(day: Day, start: Int, end: Int, takesLunch: Bool, fridayPrayers: Bool) {
        self.day = day
        self.start = start
        self.end = end
        self.takesLunch = takesLunch
        self.fridayPrayers = fridayPrayers
    }

    public var minutes: Int { end - start }
}
