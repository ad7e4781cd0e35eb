/// What the timeline's rows are: one per body, per venue or per delegation.
public enum TimelineGrouping: String, CaseIterable, Sendable {
    case body
    case venue
    case delegation

    /// The switch's label on the page.
    public var label: String {
        switch self {
        case .body: "Bodies"
        case .venue: "Venues"
        case .delegation: "Delegations"
        }
    }
}
