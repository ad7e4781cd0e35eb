import Foundation

/// Turns DATE-TIME values into instants (RFC 5545 §3.3.5): UTC values
/// directly, zoned values (TZID) through the calendar's own VTIMEZONE
/// components, and zones with no VTIMEZONE, which real feeds often omit for
/// well-known TZIDs, through a caller-supplied fallback (for example one
/// backed by ICU). The library itself never consults a zone database.
public struct TimeZoneResolver: Sendable {
    /// Resolves local time `local` in zone `tzid` to an instant, or returns
    /// nil when it does not know the zone.
    public typealias Fallback = @Sendable (_ tzid: String, _ local: ICalDateTime) -> Date?

    /// The VTIMEZONEs by TZID.
    public let timeZones: [String: VTimeZone]
    let fallback: Fallback?

    /// A resolver over `timeZones` (the first with each TZID wins) and an
    /// optional fallback.
    public init(timeZones: [VTimeZone], fallback: Fallback? = nil) {
        var byID: [String: VTimeZone] = [:]
        for zone in timeZones {
            if let id = zone.id, byID[id] == nil { byID[id] = zone }
        }
        self.timeZones = byID
        self.fallback = fallback
    }

    /// The instant `value` denotes. Throws for a floating value (it names
    /// no instant) and for a TZID with neither a VTIMEZONE nor a fallback
    /// answer.
    public func instant(for value: ICalDateTime) throws(ICalendarError) -> Date {
        Date(timeIntervalSince1970: TimeInterval(try utcSeconds(for: value)))
    }

    /// `instant(for:)` as UTC seconds since 1970.
    public func utcSeconds(for value: ICalDateTime) throws(ICalendarError) -> Int {
        switch value.zone {
        case .utc:
            return value.civilSeconds
        case .floating:
            throw ICalendarError(.timeZone, "floating time \(value.icalText) has no zone, so it names no instant (RFC 5545 §3.3.5 form #1)")
        case .tzid(let id):
            if let zone = timeZones[id] {
                return try zone.utcSeconds(forLocal: value)
            }
            if let date = fallback?(id, value) {
                let seconds = date.timeIntervalSince1970.rounded(.down)
                // Year 0...9999 spans about ±3e11 s; anything beyond is a broken hook.
                guard seconds.isFinite, abs(seconds) < 1e12 else {
                    throw ICalendarError(.timeZone, "the fallback returned an instant out of range for TZID '\(id)'")
                }
                return Int(seconds)
            }
            throw ICalendarError(.timeZone, "no VTIMEZONE for TZID '\(id)' and the fallback does not know it")
        }
    }
}
