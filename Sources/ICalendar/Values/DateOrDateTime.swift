/// The value of DTSTART, DTEND, EXDATE, RECURRENCE-ID and the like, which
/// may be a DATE (all-day, RFC 5545 §3.3.4, with `VALUE=DATE`) or a
/// DATE-TIME (§3.3.5).
public enum DateOrDateTime: Hashable, Sendable, CustomStringConvertible {
    /// An all-day value (VALUE=DATE).
    case date(ICalDate)
    /// A date and time, floating, UTC or zoned.
    case dateTime(ICalDateTime)

    /// Parses either form. `VALUE=DATE` forces a DATE; an 8-character value
    /// without it is also read as a DATE (sloppy feeds omit the parameter).
    public init?(icalText: some StringProtocol, valueType: String? = nil, tzid: String? = nil) {
        if valueType?.uppercasedASCII == "DATE" || icalText.utf8.count == 8 {
            guard let date = ICalDate(icalText: icalText) else { return nil }
            self = .date(date)
        } else {
            guard let dateTime = ICalDateTime(icalText: icalText, tzid: tzid) else { return nil }
            self = .dateTime(dateTime)
        }
    }

    /// The value text (`YYYYMMDD` or `YYYYMMDDTHHMMSS[Z]`).
    public var icalText: String {
        switch self {
        case .date(let date): return date.icalText
        case .dateTime(let dateTime): return dateTime.icalText
        }
    }

    public var description: String {
        switch self {
        case .date(let date): return "VALUE=DATE:" + date.icalText
        case .dateTime(let dateTime): return dateTime.description
        }
    }

    /// The calendar day, for either form.
    public var date: ICalDate {
        switch self {
        case .date(let date): return date
        case .dateTime(let dateTime): return dateTime.date
        }
    }

    /// A DATE as midnight (floating), a DATE-TIME as itself; lets
    /// recurrence and comparison treat both alike.
    public var asDateTime: ICalDateTime {
        switch self {
        case .date(let date): return ICalDateTime(civilSeconds: date.daysSince1970 * 86_400, zone: .floating)
        case .dateTime(let dateTime): return dateTime
        }
    }

    /// Whether this is an all-day (DATE) value.
    public var isDate: Bool {
        if case .date = self { return true }
        return false
    }
}
