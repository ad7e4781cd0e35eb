/// A range of whole days, written `N`, `N..M` or `N..` (no upper end), used
/// by `after` to say how many days after another meeting one comes.
public struct DayCountRange: Hashable, Sendable, CustomStringConvertible {
    public let minimum: Int
    /// Nil when the range has no upper end.
    public let maximum: Int?

    public init?(minimum: Int, maximum: Int?) {
        guard minimum >= 0 else { return nil }
        if let maximum, maximum < minimum { return nil }
        self.minimum = minimum
        self.maximum = maximum
    }

    public static func exactly(_ days: Int) -> DayCountRange { DayCountRange(minimum: days, maximum: days)! }

    public func contains(_ days: Int) -> Bool { days >= minimum && (maximum.map { days <= $0 } ?? true) }

    public var description: String {
        switch maximum {
        case minimum?: "\(minimum)"
        case let maximum?: "\(minimum)..\(maximum)"
        case nil: "\(minimum).."
        }
    }
}
