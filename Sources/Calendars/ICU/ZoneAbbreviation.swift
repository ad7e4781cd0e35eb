/// The short name of a zone at an instant, for TZNAME (RFC 5545
/// §3.8.3.2): ICU's English short name where CLDR has one ("JST",
/// "AEST"), else the offset in the form tz data uses for zones without a
/// local abbreviation ("+08", "+0630", "-03"). Never a placeholder such as
/// "(STD)", which clients would show as the zone's name.
public enum ZoneAbbreviation {
    /// The name of `zone` at `unixSeconds`; nil when ICU knows no such zone.
    public static func name(zone: String, at unixSeconds: Int64) -> String? {
        guard ICU.isKnownZone(zone) else { return nil }
        if let short = try? ICU.format(unixSeconds: unixSeconds, zone: zone, skeleton: "z", locale: "en"),
           !short.isEmpty, !short.hasPrefix("GMT"), !short.hasPrefix("UTC"),
           short.unicodeScalars.allSatisfy({ $0.isASCII && $0.properties.isAlphabetic }) {
            return short
        }
        guard let offset = try? ICU.offset(zone: zone, at: unixSeconds) else { return nil }
        return numeric(offsetSeconds: offset)
    }

    /// "+08", "+0630", "-03", "+00": tz data's numeric abbreviation.
    public static func numeric(offsetSeconds: Int) -> String {
        let sign = offsetSeconds < 0 ? "-" : "+"
        let minutes = abs(offsetSeconds) / 60
        let hours = minutes / 60, rest = minutes % 60
        let hh = hours < 10 ? "0\(hours)" : "\(hours)"
        guard rest != 0 else { return sign + hh }
        return sign + hh + (rest < 10 ? "0\(rest)" : "\(rest)")
    }
}
