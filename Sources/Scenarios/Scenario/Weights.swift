/// The weights of the soft costs, in whole points, written out in one place
/// (Docs/Rules.md explains each). A scenario overrides any of them under
/// `weights:`.
public struct Weights: Hashable, Sendable {
    /// Per day a meeting lies outside its preferred window.
    public var preferredWindowPerDay = 10
    /// Per quarter hour a session starts away from its preferred start.
    public var preferredStartPerQuarterHour = 2
    /// Per attending country for which a meeting day is a non-major holiday
    /// (or may be, when its date is uncertain).
    public var minorHoliday = 30
    /// Per attending country for which a meeting day is next to a major holiday.
    public var nextToMajorHoliday = 15
    /// Per in-person meeting day in Ramadan, when the host or a member observes it.
    public var ramadan = 40
    /// Per delegation-hour of a remote session outside 09:00-17:00 local time.
    public var remoteOutsideComfortPerHour = 5
    /// Per hour outside 09:00-17:00 for the worst-off delegation, on top of the
    /// above, so that the burden is spread fairly.
    public var remoteWorstOffPerHour = 10
    /// Per day a side event lies apart from the meeting it follows, beyond the next day.
    public var sideEventGapPerDay = 20
    /// When two linked meetings are placed at different venues.
    public var venueChange = 50

    public init() {}

    /// The key of each weight in a scenario, with a way to set it.
    public static var keys: [(name: String, path: WritableKeyPath<Weights, Int>)] { [
        ("preferredWindowPerDay", \.preferredWindowPerDay),
        ("preferredStartPerQuarterHour", \.preferredStartPerQuarterHour),
        ("minorHoliday", \.minorHoliday),
        ("nextToMajorHoliday", \.nextToMajorHoliday),
        ("ramadan", \.ramadan),
        ("remoteOutsideComfortPerHour", \.remoteOutsideComfortPerHour),
        ("remoteWorstOffPerHour", \.remoteWorstOffPerHour),
        ("sideEventGapPerDay", \.sideEventGapPerDay),
        ("venueChange", \.venueChange),
    ] }
}
