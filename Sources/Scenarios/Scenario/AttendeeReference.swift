import Calendars

/// Who attends, as written in a scenario: a group, or one delegation or
/// country. Resolved to delegations by `Scenario.attendees(of:)`.
public enum AttendeeReference: Hashable, Sendable, CustomStringConvertible {
    /// Every member state.
    case members
    /// Every partner of the scenario.
    case partners
    /// China, Japan and the Republic of Korea.
    case plusThree
    /// The chairing member.
    case chair
    /// One delegation, by id (which is its country code by default).
    case delegation(DelegationID)

    /// The group keywords, as written.
    public static let groupNames = ["members", "partners", "plus-three", "chair"]

    public var description: String {
        switch self {
        case .members: "members"
        case .partners: "partners"
        case .plusThree: "plus-three"
        case .chair: "chair"
        case .delegation(let id): id.rawValue
        }
    }
}
