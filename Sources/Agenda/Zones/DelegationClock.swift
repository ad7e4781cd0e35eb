/// A delegation and the clock it follows for a remote session: its zone
/// and that zone's offset from UTC on the day (the caller reads it from
/// ICU, so this stays pure).
public struct DelegationClock: Sendable, Hashable {
    public let delegation: String
    public let zone: String
    /// Seconds east of UTC.
    public let offsetSeconds: Int

    public init(delegation: String, zone: String, offsetSeconds: Int) {
        self.delegation = delegation
        self.zone = zone
        self.offsetSeconds = offsetSeconds
    }

    /// "+06:30", "-05:00".
    public var offsetText: String { OffsetText.text(offsetSeconds) }
}
