/// A DATE value (RFC 5545 §3.3.4): a civil day of the Gregorian calendar
/// with no time and no zone, written `YYYYMMDD`. All-day events use it.
/// Kept as plain fields so the text format never depends on Foundation's
/// time zone data.
public struct ICalDate: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The Gregorian year, 0...9999 (four digits in the text format).
    public let year: Int
    /// The month, 1...12.
    public let month: Int
    /// The day of the month, from 1.
    public let day: Int

    /// Creates a date, or nil when the fields name no real day (year 0...9999).
    public init?(year: Int, month: Int, day: Int) {
        guard (0...9999).contains(year), (1...12).contains(month),
              day >= 1, day <= ICalDate.daysIn(month: month, year: year) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `YYYYMMDD` (§3.3.4), or returns nil.
    public init?(icalText: some StringProtocol) {
        let bytes = Array(icalText.utf8)
        guard bytes.count == 8, let y = Digits.number(bytes[0..<4]), let m = Digits.number(bytes[4..<6]),
              let d = Digits.number(bytes[6..<8]) else { return nil }
        self.init(year: y, month: m, day: d)
    }

    /// The day `daysSince1970` days after 1970-01-01 (Hinnant's civil_from_days).
    public init(daysSince1970: Int) {
        let z = daysSince1970 + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let m = mp < 10 ? mp + 3 : mp - 9
        day = doy - (153 * mp + 2) / 5 + 1
        month = m
        year = yoe + era * 400 + (m <= 2 ? 1 : 0)
    }

    /// `YYYYMMDD`.
    public var icalText: String {
        Digits.padded(year, 4) + Digits.padded(month, 2) + Digits.padded(day, 2)
    }

    public var description: String { icalText }

    /// Days since 1970-01-01 (Hinnant's days_from_civil).
    public var daysSince1970: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// The weekday of this date.
    public var weekday: ICalWeekday {
        // 1970-01-01 was a Thursday.
        let index = ((daysSince1970 % 7) + 7 + 3) % 7  // 0 = Monday
        return ICalWeekday.allCases[index]
    }

    /// The date `count` days later (earlier when negative).
    public func adding(days count: Int) -> ICalDate { ICalDate(daysSince1970: daysSince1970 + count) }

    /// Days in `month` of `year` in the Gregorian calendar.
    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Whether `year` is a Gregorian leap year.
    public static func isLeap(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    public static func < (lhs: ICalDate, rhs: ICalDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }
}
