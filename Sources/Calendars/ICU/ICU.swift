import CICU

/// An error reported by ICU through the CICU shim.
public struct ICUError: Error, Equatable, CustomStringConvertible, Sendable {
    /// What was asked of ICU ("convert 2023-04-22 to islamic-umalqura").
    public let operation: String
    /// ICU's error name or the shim's own message.
    public let reason: String

    public var description: String { "ICU could not \(operation): \(reason)" }
}

/// Swift access to the ICU services of the CICU shim. Every call turns an ICU
/// failure into a thrown `ICUError`, never a crash.
public enum ICU {
    static let errorCapacity: Int32 = 256

    /// Runs a shim call that returns a status, throwing on failure.
    static func call(_ operation: @autoclosure () -> String,
                     _ body: (UnsafeMutablePointer<CChar>, Int32) -> Int32) throws(ICUError) -> Int32 {
        var error = [CChar](repeating: 0, count: Int(errorCapacity))
        let status = error.withUnsafeMutableBufferPointer { body($0.baseAddress!, errorCapacity) }
        if status < 0 {
            let reason = error.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
            throw ICUError(operation: operation(), reason: reason)
        }
        return status
    }

    /// Runs a shim call that writes UTF-8 text into a buffer, growing it as needed.
    static func text(_ operation: @autoclosure () -> String,
                     _ body: (UnsafeMutablePointer<CChar>?, Int32, UnsafeMutablePointer<CChar>, Int32) -> Int32) throws(ICUError) -> String {
        var capacity: Int32 = 1024
        while true {
            var buffer = [CChar](repeating: 0, count: Int(capacity))
            let needed = try call(operation()) { error, errorCapacity in
                buffer.withUnsafeMutableBufferPointer { body($0.baseAddress!, capacity, error, errorCapacity) }
            }
            if needed < capacity {
                return buffer.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
            }
            capacity = needed + 1
        }
    }

    /// The version of the ICU library in use, e.g. "72.1".
    public static var version: String {
        var buffer = [CChar](repeating: 0, count: 32)
        _ = buffer.withUnsafeMutableBufferPointer { cicu_icu_version($0.baseAddress!, 32) }
        return buffer.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
    }

    /// The version of the tz database compiled into ICU, e.g. "2022e".
    public static func tzDataVersion() throws(ICUError) -> String {
        try text("read the tz data version") { buffer, capacity, error, errorCapacity in
            cicu_tz_version(buffer, capacity, error, errorCapacity)
        }
    }

    /// Whether ICU knows `zoneID` as an IANA zone (canonical or alias).
    public static func isKnownZone(_ zoneID: String) -> Bool {
        cicu_is_known_zone(zoneID) == 1
    }

    /// Orders two strings by the collation rules of `locale`.
    public static func compare(_ a: String, _ b: String, locale: String = "en") throws(ICUError) -> Int {
        var result: Int32 = 0
        _ = try call("collate \"\(a)\" and \"\(b)\"") { error, capacity in
            cicu_collate(locale, a, b, &result, error, capacity)
        }
        return Int(result)
    }

    /// Sorts strings by the collation rules of `locale` (stable for equal keys).
    public static func sorted(_ strings: [String], locale: String = "en") throws(ICUError) -> [String] {
        var failure: ICUError?
        let sorted = strings.enumerated().sorted { lhs, rhs in
            do throws(ICUError) {
                let order = try compare(lhs.element, rhs.element, locale: locale)
                return order != 0 ? order < 0 : lhs.offset < rhs.offset
            } catch {
                failure = error
                return lhs.offset < rhs.offset
            }
        }.map(\.element)
        if let failure { throw failure }
        return sorted
    }

    /// The weekend days of a region from CLDR week data.
    public static func weekend(region: String) throws(ICUError) -> Set<Weekday> {
        var mask: Int32 = 0
        _ = try call("read the weekend of \(region)") { error, capacity in
            cicu_weekend_mask(region, &mask, error, capacity)
        }
        return Set(Weekday.allCases.filter { mask & (1 << ($0.rawValue - 1)) != 0 })
    }

    /// The offset from UTC, in seconds, of `zoneID` at `unixSeconds`.
    public static func offset(zone zoneID: String, at unixSeconds: Int64) throws(ICUError) -> Int {
        var offset: Int32 = 0
        _ = try call("find the offset of \(zoneID)") { error, capacity in
            cicu_zone_offset(zoneID, Double(unixSeconds), &offset, error, capacity)
        }
        return Int(offset)
    }

    /// The RFC 5545 VTIMEZONE text of `zoneID`, with rules from `unixSeconds` on.
    public static func vtimezone(zone zoneID: String, from unixSeconds: Int64) throws(ICUError) -> String {
        try text("write the VTIMEZONE of \(zoneID)") { buffer, capacity, error, errorCapacity in
            cicu_vtimezone(zoneID, Double(unixSeconds), buffer, capacity, error, errorCapacity)
        }
    }

    /// Formats an instant in a zone with a CLDR skeleton, in `locale`.
    public static func format(unixSeconds: Int64, zone zoneID: String, skeleton: String, locale: String) throws(ICUError) -> String {
        try text("format a date for \(locale)") { buffer, capacity, error, errorCapacity in
            cicu_format(locale, skeleton, zoneID, Double(unixSeconds), buffer, capacity, error, errorCapacity)
        }
    }

    /// The name of a region (ISO 3166 code) in `locale`'s language, from CLDR.
    public static func regionName(_ region: String, locale: String) throws(ICUError) -> String {
        try text("name the region \(region) in \(locale)") { buffer, capacity, error, errorCapacity in
            cicu_region_name(locale, region, buffer, capacity, error, errorCapacity)
        }
    }

    /// A zone's name in `locale` at `unixSeconds`: its generic location
    /// ("Giờ Việt Nam"), or with `exemplarCity` its city ("TP Hồ Chí Minh").
    public static func zoneName(_ zoneID: String, locale: String, at unixSeconds: Int64,
                                exemplarCity: Bool = false) throws(ICUError) -> String {
        try text("name the zone \(zoneID) in \(locale)") { buffer, capacity, error, errorCapacity in
            cicu_zone_name(locale, zoneID, exemplarCity ? 1 : 0, Double(unixSeconds), buffer, capacity, error, errorCapacity)
        }
    }
}
