import Calendars

/// Local wall-clock times in IANA zones, with the UTC offsets looked up in
/// ICU once per zone and day (the overview asks for thousands).
struct ZoneClock {
    private var offsets: [String: [Int64: Int]] = [:]

    /// The UTC offset of `zone` at `instant`, in seconds; 0 for a zone ICU
    /// does not know (a plan decoded by Convene names known zones only).
    mutating func offset(_ zone: String, at instant: Int64) -> Int {
        let day = instant / 86_400
        if let known = offsets[zone]?[day] { return known }
        let value = (try? ICU.offset(zone: zone, at: instant)) ?? 0
        offsets[zone, default: [:]][day] = value
        return value
    }

    /// Minutes after local midnight of the day `instant` falls on in `zone`'s
    /// clock, counted from the day of `reference` so that an end after
    /// midnight reads as more than 24 hours.
    mutating func localMinutes(_ instant: Int64, in zone: String, sameDayAs reference: Int64) -> Int {
        let offset = Int64(offset(zone, at: reference))
        let midnight = (reference + offset).floorDiv(86_400) * 86_400
        return Int((instant + Int64(self.offset(zone, at: instant)) - midnight) / 60)
    }

    /// "+07:00", "-03:30".
    static func offsetLabel(_ seconds: Int) -> String {
        let sign = seconds < 0 ? "-" : "+"
        let minutes = abs(seconds) / 60
        return sign + twoDigits(minutes / 60) + ":" + twoDigits(minutes % 60)
    }

    /// "09:30" for 570; "00:30+1" past midnight, "23:30-1" before it.
    static func clockLabel(_ minutes: Int) -> String {
        let day = minutes.floorDiv(1440)
        let inDay = minutes - day * 1440
        let text = twoDigits(inDay / 60) + ":" + twoDigits(inDay % 60)
        return day == 0 ? text : text + (day > 0 ? "+\(day)" : "\(day)")
    }

    private static func twoDigits(_ value: Int) -> String { value < 10 ? "0\(value)" : String(value) }
}

extension BinaryInteger {
    /// Division rounding towards minus infinity.
    func floorDiv(_ divisor: Self) -> Self {
        let quotient = self / divisor
        return (self % divisor != 0 && (self < 0) != (divisor < 0)) ? quotient - 1 : quotient
    }
}
