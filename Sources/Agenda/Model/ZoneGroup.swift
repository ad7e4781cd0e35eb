/// Delegations that share a UTC offset during a meeting, shown as one
/// column of the local-time table (ten delegations fit in four columns).
public struct ZoneGroup: Sendable, Hashable {
    public let offsetSeconds: Int
    /// A zone of the group, to format its times with.
    public let zone: String
    public let delegations: [String]

    public init(offsetSeconds: Int, zone: String, delegations: [String]) {
        self.offsetSeconds = offsetSeconds
        self.zone = zone
        self.delegations = delegations
    }

    public var offsetText: String { OffsetText.text(offsetSeconds) }

    /// Groups clocks by offset, west to east.
    public static func grouping(_ clocks: [DelegationClock]) -> [ZoneGroup] {
        var order: [Int] = []
        var members: [Int: [DelegationClock]] = [:]
        for clock in clocks {
            if members[clock.offsetSeconds] == nil { order.append(clock.offsetSeconds) }
            members[clock.offsetSeconds, default: []].append(clock)
        }
        return order.sorted().compactMap { offset in
            guard let group = members[offset], let first = group.first else { return nil }
            return ZoneGroup(offsetSeconds: offset, zone: first.zone, delegations: group.map(\.delegation))
        }
    }
}
