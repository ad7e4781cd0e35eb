/// A DATE-TIME value (RFC 5545 §3.3.5): a civil date and time of day in one
/// of three forms: floating (no zone, "the same hour wherever you are"),
/// UTC (written with a trailing `Z`) or local to the zone named by a TZID
/// parameter. The fields are plain numbers: turning a zoned value into an
/// instant is `TimeZoneResolver`'s job, using the calendar's VTIMEZONEs.
public struct ICalDateTime: Hashable, Sendable, CustomStringConvertible {
    /// Which of the three DATE-TIME forms (§3.3.5) a value has.
    public enum Zone: Hashable, Sendable {
        /// Form #1: no zone; the same wall-clock time everywhere.
        case floating
        /// Form #2: UTC, written with a `Z` suffix.
        case utc
        /// Form #3: local time of the zone named by the TZID parameter.
        case tzid(String)
    }

    /// The civil day.
    public let date: ICalDate
    /// 0...23.
    public let hour: Int
    /// 0...59.
    public let minute: Int
    /// 0...60: RFC 5545 allows a leap second.
    public let second: Int
    public let zone: Zone

    /// Creates a date-time, or nil when a field is out of range.
    public init?(date: ICalDate, hour: Int, minute: Int, second: Int = 0, zone: Zone = .floating) {
        guard (0...23).contains(hour), (0...59).contains(minute), (0...60).contains(second) else { return nil }
        self.date = date
        self.hour = hour
        self.minute = minute
        self.second = second
        self.zone = zone
    }

    /// Creates a date-time from all its fields, or nil when one is out of range.
    public init?(year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int = 0, zone: Zone = .floating) {
        guard let date = ICalDate(year: year, month: month, day: day) else { return nil }
        self.init(date: date, hour: hour, minute: minute, second: second, zone: zone)
    }

    /// Parses `YYYYMMDDTHHMMSS` or `YYYYMMDDTHHMMSSZ` (§3.3.5). A `Z` makes
    /// the value UTC and any `tzid` is then ignored, as §3.3.5 says TZID
    /// does not apply to UTC values; otherwise `tzid` makes it zoned.
    public init?(icalText: some StringProtocol, tzid: String? = nil) {
        let bytes = Array(icalText.utf8)
        guard bytes.count == 15 || (bytes.count == 16 && bytes[15] == UInt8(ascii: "Z")),
              bytes[8] == UInt8(ascii: "T"),
              let date = ICalDate(icalText: String(decoding: bytes[0..<8], as: UTF8.self)),
              let h = Digits.number(bytes[9..<11]), let m = Digits.number(bytes[11..<13]),
              let s = Digits.number(bytes[13..<15]) else { return nil }
        let zone: Zone = bytes.count == 16 ? .utc : tzid.map { .tzid($0) } ?? .floating
        self.init(date: date, hour: h, minute: m, second: s, zone: zone)
    }

    /// The UTC date-time `seconds` seconds after 1970-01-01T00:00:00Z.
    public init(utcSecondsSince1970 seconds: Int) {
        self.init(civilSeconds: seconds, zone: .utc)
    }

    /// The date-time whose civil fields, read as if UTC, are `seconds`
    /// seconds after the epoch; `zone` is attached unchanged.
    init(civilSeconds seconds: Int, zone: Zone) {
        let days = seconds >= 0 ? seconds / 86_400 : -((-seconds + 86_399) / 86_400)
        let rest = seconds - days * 86_400
        date = ICalDate(daysSince1970: days)
        hour = rest / 3600
        minute = rest / 60 % 60
        second = rest % 60
        self.zone = zone
    }

    /// `YYYYMMDDTHHMMSS`, with `Z` for UTC. A TZID is a parameter, not part
    /// of the value text.
    public var icalText: String {
        date.icalText + "T" + Digits.padded(hour, 2) + Digits.padded(minute, 2) + Digits.padded(second, 2)
            + (zone == .utc ? "Z" : "")
    }

    public var description: String {
        if case .tzid(let id) = zone { return "TZID=\(id):\(icalText)" }
        return icalText
    }

    /// The TZID for form #3, nil otherwise.
    public var tzid: String? {
        if case .tzid(let id) = zone { return id }
        return nil
    }

    /// The civil fields as seconds since 1970-01-01T00:00:00 read as if
    /// they were UTC; for a UTC value this is the instant itself. Used to
    /// compare and shift civil times without any zone data.
    public var civilSeconds: Int {
        date.daysSince1970 * 86_400 + hour * 3600 + minute * 60 + second
    }

    /// The same civil fields with another zone form.
    public func with(zone: Zone) -> ICalDateTime {
        ICalDateTime(civilSeconds: civilSeconds, zone: zone)
    }
}
