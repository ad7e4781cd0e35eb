import Calendars

/// A body's rotation as declared: its members (with the day each joined),
/// an anchor (who chaired a known cycle), when cycles begin, and the
/// deviations from plain order. The chair of any cycle follows from these.
public struct BodyRotation: Hashable, Sendable {
    public let members: [RotationMember]
    public let anchor: Rotation.Anchor
    public let dates: CycleDates?
    public let deviations: [Rotation.Deviation]

    public init(members: [RotationMember], anchor: Rotation.Anchor, dates: CycleDates?, deviations: [Rotation.Deviation] = []) {
        self.members = members
        self.anchor = anchor
        self.dates = dates
        self.deviations = deviations
    }

    /// The members in rotation order, with their days of joining.
    public func rotation() throws(Rotation.Problem) -> Rotation {
        try Rotation(members: members, dates: dates)
    }

    /// The chairs of the cycles `first` through `last`.
    public func turns(from first: Int, through last: Int) throws(Rotation.Problem) -> [Rotation.Turn] {
        try rotation().turns(anchor: anchor, from: first, through: last, deviations: deviations)
    }

    /// The chair of one cycle.
    public func chair(of cycle: Int) throws(Rotation.Problem) -> CountryCode {
        try turns(from: cycle, through: cycle)[0].chair
    }
}
