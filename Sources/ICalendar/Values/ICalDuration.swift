/// A DURATION value (RFC 5545 §3.3.6): `[+/-]P` then either weeks (`P2W`)
/// or days and a time part (`P1DT2H30M`, `PT15M`). Kept as fields because
/// a day is nominal (23 to 25 hours across a DST change) while hours are
/// exact; `seconds` gives the exact total with days of 86 400 s.
public struct ICalDuration: Hashable, Sendable, CustomStringConvertible {
    /// Whether the duration points back in time (`-P...`), as an alarm
    /// trigger before the start does.
    public let isNegative: Bool
    /// Whole weeks (`PnW`); written alone or folded into days.
    public let weeks: Int
    /// Nominal days.
    public let days: Int
    /// Exact hours.
    public let hours: Int
    /// Exact minutes.
    public let minutes: Int
    /// Exact seconds.
    public let seconds: Int

    /// Creates a duration; all fields are magnitudes (not negative), the
    /// sign is `isNegative`. Weeks combine with nothing else in the text
    /// format, so a value with both is written in days.
    public init(isNegative: Bool = false, weeks: Int = 0, days: Int = 0, hours: Int = 0, minutes: Int = 0, seconds: Int = 0) {
        self.isNegative = isNegative
        self.weeks = max(0, weeks)
        self.days = max(0, days)
        self.hours = max(0, hours)
        self.minutes = max(0, minutes)
        self.seconds = max(0, seconds)
    }

    /// Parses the §3.3.6 grammar strictly: weeks alone, or days and/or a
    /// `T` part with hours, minutes, seconds in that order; at least one
    /// field. Returns nil otherwise.
    public init?(icalText: some StringProtocol) {
        var bytes = Array(icalText.utf8)[...]
        var negative = false
        if let first = bytes.first, first == UInt8(ascii: "+") || first == UInt8(ascii: "-") {
            negative = first == UInt8(ascii: "-")
            bytes = bytes.dropFirst()
        }
        guard bytes.first == UInt8(ascii: "P") else { return nil }
        bytes = bytes.dropFirst()
        var fields: [UInt8: Int] = [:]
        var inTime = false
        var order: [UInt8] = []
        while !bytes.isEmpty {
            if bytes.first == UInt8(ascii: "T") {
                guard !inTime else { return nil }
                inTime = true
                bytes = bytes.dropFirst()
                guard !bytes.isEmpty else { return nil }
                continue
            }
            let digits = bytes.prefix { (0x30...0x39).contains($0) }
            guard let number = Digits.number(digits) else { return nil }
            bytes = bytes.dropFirst(digits.count)
            guard let unit = bytes.first else { return nil }
            bytes = bytes.dropFirst()
            let allowed: [UInt8] = inTime ? Array("HMS".utf8) : Array("WD".utf8)
            guard allowed.contains(unit), fields[unit] == nil else { return nil }
            if let last = order.last, let a = "WDHMS".utf8.firstIndex(of: last), let b = "WDHMS".utf8.firstIndex(of: unit), a >= b {
                return nil
            }
            fields[unit] = number
            order.append(unit)
        }
        guard !order.isEmpty else { return nil }
        if fields[UInt8(ascii: "W")] != nil, order.count > 1 { return nil }
        self.init(
            isNegative: negative, weeks: fields[UInt8(ascii: "W")] ?? 0, days: fields[UInt8(ascii: "D")] ?? 0,
            hours: fields[UInt8(ascii: "H")] ?? 0, minutes: fields[UInt8(ascii: "M")] ?? 0,
            seconds: fields[UInt8(ascii: "S")] ?? 0)
    }

    /// The signed total in seconds, counting a day as 86 400 s.
    public var totalSeconds: Int {
        let magnitude = ((weeks * 7 + days) * 24 + hours) * 3600 + minutes * 60 + seconds
        return isNegative ? -magnitude : magnitude
    }

    /// The canonical text: `PnW` for whole weeks alone, otherwise
    /// `P[nD][T[nH][nM][nS]]`, and `PT0S` for zero; `-` for negatives.
    public var icalText: String {
        var text = isNegative ? "-P" : "P"
        if weeks > 0, days == 0, hours == 0, minutes == 0, seconds == 0 {
            return text + "\(weeks)W"
        }
        let allDays = weeks * 7 + days
        if allDays > 0 { text += "\(allDays)D" }
        if hours > 0 || minutes > 0 || seconds > 0 {
            text += "T"
            if hours > 0 { text += "\(hours)H" }
            if minutes > 0 { text += "\(minutes)M" }
            if seconds > 0 { text += "\(seconds)S" }
        }
        if text.hasSuffix("P") { text += "T0S" }
        return text
    }

    public var description: String { icalText }
}
