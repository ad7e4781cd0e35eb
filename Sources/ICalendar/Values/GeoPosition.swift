/// The value of GEO (RFC 5545 §3.8.1.6): `latitude;longitude` in decimal
/// degrees. Written with at most six decimals (about 0.1 m), never in
/// exponent notation, which the FLOAT grammar (§3.3.7) does not allow.
public struct GeoPosition: Hashable, Sendable, CustomStringConvertible {
    /// Degrees north (negative: south), -90...90.
    public let latitude: Double
    /// Degrees east (negative: west), -180...180.
    public let longitude: Double

    /// Creates a position, or nil outside -90...90 / -180...180.
    public init?(latitude: Double, longitude: Double) {
        guard (-90...90).contains(latitude), (-180...180).contains(longitude) else { return nil }
        self.latitude = latitude
        self.longitude = longitude
    }

    /// Parses `lat;lon` of two FLOATs (§3.3.7); nil when malformed or out of range.
    public init?(icalText: some StringProtocol) {
        let parts = String(icalText).split(separator: ";", omittingEmptySubsequences: false)
        guard parts.count == 2, let lat = GeoPosition.float(parts[0]), let lon = GeoPosition.float(parts[1]) else { return nil }
        self.init(latitude: lat, longitude: lon)
    }

    /// `lat;lon`.
    public var icalText: String { GeoPosition.format(latitude) + ";" + GeoPosition.format(longitude) }

    public var description: String { icalText }

    /// FLOAT: `["+"/"-"] 1*DIGIT ["." 1*DIGIT]`.
    static func float(_ text: Substring) -> Double? {
        var body = text[...]
        if let first = body.first, first == "+" || first == "-" { body = body.dropFirst() }
        let pieces = body.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(pieces.count), pieces.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }) else {
            return nil
        }
        return Double(text)
    }

    static func format(_ value: Double) -> String {
        let micro = Int((abs(value) * 1_000_000).rounded())
        var text = (value < 0 && micro != 0 ? "-" : "") + String(micro / 1_000_000)
        var fraction = Digits.padded(micro % 1_000_000, 6)
        while fraction.hasSuffix("0") { fraction.removeLast() }
        if !fraction.isEmpty { text += "." + fraction }
        return text
    }
}
