/// The soft costs of DESIGN.md, each named so that a plan's objective can
/// be broken down by rule and a checker can report each one.
public enum SoftRule: String, CaseIterable, Sendable, Codable, Comparable {
    case preferredWindow
    case preferredStart
    case minorHoliday
    case nextToMajorHoliday
    case attendeeWeekend
    case ramadan
    case remoteHours
    case remoteFairness
    case sideEventGap
    case venueChange

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
