/// The soft costs of DESIGN.md, each named so that a plan's objective can
/// be broken down by rule and `convene check` reports each under the same name.
public enum SoftRule: String, CaseIterable, Sendable, Codable, CodingKeyRepresentable, Comparable {
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

    public static func < (lhs: SoftRule, rhs: SoftRule) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// One soft cost of one placement: the rule, its points, and why.
public struct CostItem: Hashable, Sendable {
    public let rule: SoftRule
    public let points: Int
    public let note: String

    public init(_ rule: SoftRule, _ points: Int, _ note: String) {
        self.rule = rule
        self.points = points
        self.note = note
    }
}
