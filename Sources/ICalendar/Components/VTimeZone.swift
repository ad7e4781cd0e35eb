/// A VTIMEZONE (RFC 5545 §3.6.5): the rules of one zone, named by TZID,
/// as STANDARD and DAYLIGHT observances. Enough to turn a local DATE-TIME
/// with that TZID into an instant without any zone database.
public struct VTimeZone: Equatable, Sendable {
    /// The underlying component, named VTIMEZONE.
    public var component: Component

    /// A new zone with TZID `id` and the given observances.
    public init(id: String, observances: [TimeZoneObservance]) {
        component = Component("VTIMEZONE", properties: [Property.text("TZID", id)], components: observances.map(\.component))
    }

    /// Views `component` as a zone; nil unless it is a VTIMEZONE.
    public init?(_ component: Component) {
        guard component.name == "VTIMEZONE" else { return nil }
        self.component = component
    }

    /// TZID (§3.8.3.1).
    public var id: String? { component.text("TZID") }

    /// The STANDARD and DAYLIGHT sub-components, in order.
    public var observances: [TimeZoneObservance] { component.components.compactMap(TimeZoneObservance.init) }

    /// How many onsets per observance a lookup may expand; a VTIMEZONE
    /// with a daily RRULE cannot make a lookup unbounded.
    public static let maxOnsetsPerObservance = 20_000

    /// The offset from UTC, in seconds, in effect at UTC second `utc`:
    /// TZOFFSETTO of the latest onset at or before it, or before the first
    /// onset, TZOFFSETFROM of the first.
    public func offset(atUTC utc: Int) throws(ICalendarError) -> Int {
        var latest: (utc: Int, offset: Int)?
        var earliest: (utc: Int, offset: Int)?
        for observance in observances {
            let onsets = try observance.onsets(throughUTC: utc, maxOccurrences: VTimeZone.maxOnsetsPerObservance)
            if let last = onsets.max(by: { $0.utc < $1.utc }), latest.map({ last.utc > $0.utc }) ?? true {
                latest = last
            }
            let from = try observance.offsetFrom().seconds
            let first = (utc: try observance.start().civilSeconds - from, offset: from)
            if earliest.map({ first.utc < $0.utc }) ?? true { earliest = first }
        }
        if let latest { return latest.offset }
        if let earliest { return earliest.offset }
        throw ICalendarError(.timeZone, line: component.line, "VTIMEZONE \(id ?? "?") has no STANDARD or DAYLIGHT observance")
    }

    /// The UTC second of local time `local` (its civil fields) in this zone.
    /// A time that occurs twice (when clocks go back) is the first of the
    /// two; a time skipped when clocks go forward is read with the offset
    /// before the gap, as RFC 5545 §3.3.5 prescribes.
    public func utcSeconds(forLocal local: ICalDateTime) throws(ICalendarError) -> Int {
        var offsets: Set<Int> = []
        for observance in observances {
            offsets.insert(try observance.offsetFrom().seconds)
            offsets.insert(try observance.offsetTo().seconds)
        }
        guard let largest = offsets.max() else {
            throw ICalendarError(.timeZone, line: component.line, "VTIMEZONE \(id ?? "?") has no STANDARD or DAYLIGHT observance")
        }
        let civil = local.civilSeconds
        // Largest offset first gives the earliest instant.
        for offset in offsets.sorted(by: >) where try self.offset(atUTC: civil - offset) == offset {
            return civil - offset
        }
        // In a gap: the offset in effect just before it.
        return civil - (try offset(atUTC: civil - largest))
    }
}
