/// A UTC-OFFSET value (RFC 5545 §3.3.14): `+HHMM` or `+HHMMSS`, used by
/// TZOFFSETFROM and TZOFFSETTO. ICU writes the six-digit form (`+100000`).
public struct UTCOffset: Hashable, Sendable, CustomStringConvertible {
    /// Seconds east of UTC (negative west of it).
    public let seconds: Int

    /// Creates an offset of `seconds` east of UTC.
    public init(seconds: Int) {
        self.seconds = seconds
    }

    /// Parses `±HHMM` or `±HHMMSS` (minutes and seconds below 60); nil
    /// otherwise. `-0000`, which §3.3.14 forbids, is read as zero.
    public init?(icalText: some StringProtocol) {
        let bytes = Array(icalText.utf8)
        guard bytes.count == 5 || bytes.count == 7,
              bytes[0] == UInt8(ascii: "+") || bytes[0] == UInt8(ascii: "-"),
              let h = Digits.number(bytes[1..<3]), let m = Digits.number(bytes[3..<5]), m < 60 else { return nil }
        var s = 0
        if bytes.count == 7 {
            guard let parsed = Digits.number(bytes[5..<7]), parsed < 60 else { return nil }
            s = parsed
        }
        let magnitude = h * 3600 + m * 60 + s
        self.seconds = bytes[0] == UInt8(ascii: "-") ? -magnitude : magnitude
    }

    /// `±HHMM`, or `±HHMMSS` when there are seconds.
    public var icalText: String {
        let magnitude = abs(seconds)
        var text = (seconds < 0 ? "-" : "+") + Digits.padded(magnitude / 3600, 2) + Digits.padded(magnitude / 60 % 60, 2)
        if magnitude % 60 != 0 { text += Digits.padded(magnitude % 60, 2) }
        return text
    }

    public var description: String { icalText }
}
