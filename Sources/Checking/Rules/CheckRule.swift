import Planning
/// The rules `convene check` reports, hard and soft, by the names users
/// see in its output. Hard rules are DESIGN.md's "Hard rules"; the soft
/// ones are the planner's `SoftRule`s, so that a checked plan's costs add up
/// to its objective.
public enum CheckRule: String, CaseIterable, Sendable, Comparable {
    // Hard: a schedule that breaks one of these cannot be held as it is.
    case horizonMissed = "horizon-missed"
    case windowMissed = "window-missed"
    /// The placement lasts longer than the meeting (a 3-hour event for a
    /// 2-hour session). A shorter one is not a conflict: a calendar may
    /// show the programme's hours, or one event per meeting day.
    case longerThanMeeting = "longer-than-meeting"
    /// The meeting is placed at a venue its scenario entry does not list.
    case venueNotAllowed = "venue-not-allowed"
    case venueClosed = "venue-closed"
    case weekend
    case hostHoliday = "host-holiday"
    case majorHoliday = "major-holiday"
    case uncertainHoliday = "uncertain-holiday"
    case fixedEventClash = "fixed-event-clash"
    case remoteHours = "remote-hours"
    case roomsExceeded = "rooms-exceeded"
    case doubleBooked = "double-booked"
    case travelTooShort = "travel-too-short"
    case precedenceBroken = "precedence-broken"
    // Soft: preferences with a cost, the planner's formulas and weights.
    case preferredWindow = "preferred-window"
    case preferredStart = "preferred-start"
    case minorHoliday = "minor-holiday"
    case nextToMajorHoliday = "next-to-major-holiday"
    case attendeeWeekend = "attendee-weekend"
    case ramadan
    case remoteComfort = "remote-comfort"
    case remoteFairness = "remote-fairness"
    case sideEventGap = "side-event-gap"
    case venueChange = "venue-change"

    /// The check rule of a planner's soft rule: the same name.
    public init(_ soft: SoftRule) {
        guard let rule = CheckRule(rawValue: soft.rawValue) else {
            preconditionFailure("soft rule \(soft) has no check rule of the same name")
        }
        self = rule
    }

    /// Whether breaking the rule makes the schedule impossible (else it only costs).
    public var isHard: Bool { soft == nil }

    /// The planner's soft rule of the same name, under which plan.json's
    /// breakdown counts its points; nil for hard rules.
    public var soft: SoftRule? { SoftRule(rawValue: rawValue) }

    /// Declaration order: hard rules first, then soft, each in DESIGN.md's order.
    public static func < (lhs: CheckRule, rhs: CheckRule) -> Bool { lhs.rank < rhs.rank }

    private var rank: Int { Self.allCases.firstIndex(of: self) ?? 0 }
}
