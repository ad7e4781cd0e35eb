/// An RRULE value (RFC 5545 §3.3.10), as far as VTIMEZONE observances and
/// holiday feeds need: FREQ (YEARLY, MONTHLY, WEEKLY, DAILY), INTERVAL,
/// COUNT or UNTIL, BYMONTH, BYMONTHDAY and BYDAY with ordinals (`1SU`,
/// `-1SU`), and WKST. Any other part is kept in `otherParts` so the rule
/// can be written back, but `RecurrenceExpander` refuses to expand it
/// rather than produce wrong dates.
public struct RecurrenceRule: Hashable, Sendable, CustomStringConvertible {
    /// FREQ (§3.3.10). Finer frequencies are read but not expanded.
    public enum Frequency: String, Hashable, Sendable, CaseIterable {
        case secondly = "SECONDLY", minutely = "MINUTELY", hourly = "HOURLY"
        case daily = "DAILY", weekly = "WEEKLY", monthly = "MONTHLY", yearly = "YEARLY"
    }

    /// One BYDAY item: a weekday with an optional ordinal (`4TH` is the
    /// fourth Thursday, `-1SU` the last Sunday of the month or year).
    public struct WeekdayNum: Hashable, Sendable, CustomStringConvertible {
        /// ±1...53, or nil for every such weekday.
        public let ordinal: Int?
        /// The weekday.
        public let weekday: ICalWeekday

        /// Creates an item; nil when the ordinal is 0 or beyond ±53.
        public init?(ordinal: Int? = nil, _ weekday: ICalWeekday) {
            if let ordinal, ordinal == 0 || abs(ordinal) > 53 { return nil }
            self.ordinal = ordinal
            self.weekday = weekday
        }

        /// Parses `[+/-][n]XX`.
        public init?(icalText: some StringProtocol) {
            let text = String(icalText).uppercasedASCII
            guard text.count >= 2, let weekday = ICalWeekday(rawValue: String(text.suffix(2))) else { return nil }
            let prefix = text.dropLast(2)
            if prefix.isEmpty {
                self.init(weekday)
            } else {
                var digits = prefix[...]
                var sign = 1
                if let first = digits.first, first == "+" || first == "-" {
                    sign = first == "-" ? -1 : 1
                    digits = digits.dropFirst()
                }
                guard digits.count <= 2, let number = Digits.number(Array(digits.utf8)) else { return nil }
                self.init(ordinal: sign * number, weekday)
            }
        }

        public var description: String { (ordinal.map(String.init) ?? "") + weekday.rawValue }
    }

    /// FREQ: the period the rule repeats over.
    public var frequency: Frequency
    /// INTERVAL, at least 1.
    public var interval: Int
    /// COUNT: how many occurrences, DTSTART included. Exclusive with `until`.
    public var count: Int?
    /// UNTIL: the last possible occurrence (inclusive). Exclusive with `count`.
    public var until: DateOrDateTime?
    /// BYMONTH: months 1...12.
    public var byMonth: [Int]
    /// BYMONTHDAY: days ±1...31, negative counting from the month's end.
    public var byMonthDay: [Int]
    /// BYDAY: weekdays, each with an optional ordinal.
    public var byDay: [WeekdayNum]
    /// WKST: the first day of the week for WEEKLY rules (default Monday).
    public var weekStart: ICalWeekday?
    /// Parts this library does not interpret (`BYSETPOS=-1`, `BYHOUR=9`,
    /// ...), as name and value, in order.
    public var otherParts: [(name: String, value: String)]

    /// Creates a rule.
    public init(
        frequency: Frequency, interval: Int = 1, count: Int? = nil, until: DateOrDateTime? = nil,
        byMonth: [Int] = [], byMonthDay: [Int] = [], byDay: [WeekdayNum] = [], weekStart: ICalWeekday? = nil
    ) {
        self.frequency = frequency
        self.interval = interval
        self.count = count
        self.until = until
        self.byMonth = byMonth
        self.byMonthDay = byMonthDay
        self.byDay = byDay
        self.weekStart = weekStart
        self.otherParts = []
    }

    /// Parses `FREQ=...;...` (§3.3.10); the message names the bad part.
    /// Part names are case-insensitive; FREQ is required; COUNT and UNTIL
    /// together, or a repeated part, are errors.
    public init(icalText: some StringProtocol) throws(ICalendarError) {
        func bad(_ message: String) -> ICalendarError {
            ICalendarError(.value, "RRULE: \(message)")
        }
        var frequency: Frequency?
        self.init(frequency: .yearly)
        var seen: Set<String> = []
        for part in icalText.split(separator: ";") {
            let pieces = part.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard pieces.count == 2, !pieces[1].isEmpty else { throw bad("part '\(part)' is not NAME=VALUE") }
            let name = String(pieces[0]).uppercasedASCII
            let value = String(pieces[1])
            guard seen.insert(name).inserted else { throw bad("\(name) appears twice") }
            func integers(_ range: ClosedRange<Int>) throws(ICalendarError) -> [Int] {
                var result: [Int] = []
                for item in value.split(separator: ",", omittingEmptySubsequences: false) {
                    var digits = item[...]
                    var sign = 1
                    if let first = digits.first, first == "+" || first == "-" {
                        sign = first == "-" ? -1 : 1
                        digits = digits.dropFirst()
                    }
                    guard let number = Digits.number(Array(digits.utf8)), range.contains(sign * number), sign * number != 0 else {
                        throw bad("\(name) item '\(item)' is not a number in \(range.lowerBound)...\(range.upperBound)")
                    }
                    result.append(sign * number)
                }
                return result
            }
            switch name {
            case "FREQ":
                guard let parsed = Frequency(rawValue: value.uppercasedASCII) else {
                    throw bad("FREQ '\(value)' is not one of SECONDLY...YEARLY")
                }
                frequency = parsed
            case "INTERVAL":
                guard let number = Digits.number(Array(value.utf8)), number >= 1 else {
                    throw bad("INTERVAL '\(value)' is not a positive integer")
                }
                interval = number
            case "COUNT":
                guard let number = Digits.number(Array(value.utf8)), number >= 1 else {
                    throw bad("COUNT '\(value)' is not a positive integer")
                }
                count = number
            case "UNTIL":
                guard let parsed = DateOrDateTime(icalText: value) else {
                    throw bad("UNTIL '\(value)' is not a DATE or DATE-TIME")
                }
                until = parsed
            case "BYMONTH":
                byMonth = try integers(1...12)
            case "BYMONTHDAY":
                byMonthDay = try integers(-31...31)
            case "BYDAY":
                byDay = []
                for item in value.split(separator: ",", omittingEmptySubsequences: false) {
                    guard let parsed = WeekdayNum(icalText: item) else {
                        throw bad("BYDAY item '\(item)' is not [±n]MO...SU")
                    }
                    byDay.append(parsed)
                }
            case "WKST":
                guard let parsed = ICalWeekday(rawValue: value.uppercasedASCII) else {
                    throw bad("WKST '\(value)' is not MO...SU")
                }
                weekStart = parsed
            default:
                otherParts.append((name, value))
            }
        }
        guard let frequency else { throw bad("FREQ is missing") }
        self.frequency = frequency
        if count != nil, until != nil { throw bad("COUNT and UNTIL must not both appear") }
    }

    /// The canonical text: FREQ, INTERVAL (when not 1), COUNT, UNTIL,
    /// BYMONTH, BYMONTHDAY, BYDAY, WKST, then other parts in order.
    public var icalText: String {
        var parts = ["FREQ=" + frequency.rawValue]
        if interval != 1 { parts.append("INTERVAL=\(interval)") }
        if let count { parts.append("COUNT=\(count)") }
        if let until { parts.append("UNTIL=" + until.icalText) }
        if !byMonth.isEmpty { parts.append("BYMONTH=" + byMonth.map(String.init).joined(separator: ",")) }
        if !byMonthDay.isEmpty { parts.append("BYMONTHDAY=" + byMonthDay.map(String.init).joined(separator: ",")) }
        if !byDay.isEmpty { parts.append("BYDAY=" + byDay.map(\.description).joined(separator: ",")) }
        if let weekStart { parts.append("WKST=" + weekStart.rawValue) }
        parts += otherParts.map { $0.name + "=" + $0.value }
        return parts.joined(separator: ";")
    }

    public var description: String { icalText }

    public static func == (lhs: RecurrenceRule, rhs: RecurrenceRule) -> Bool {
        lhs.icalText == rhs.icalText
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(icalText)
    }
}
