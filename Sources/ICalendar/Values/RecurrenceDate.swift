/// One item of an RDATE or EXDATE list (RFC 5545 §3.8.5.1, §3.8.5.2): a
/// DATE, a DATE-TIME or (RDATE only) a PERIOD.
public enum RecurrenceDate: Hashable, Sendable {
    /// A whole day (VALUE=DATE).
    case date(ICalDate)
    /// A date and time (the default).
    case dateTime(ICalDateTime)
    /// A start with an end or duration (VALUE=PERIOD, RDATE only).
    case period(ICalPeriod)

    /// The item's value text.
    public var icalText: String {
        switch self {
        case .date(let date): return date.icalText
        case .dateTime(let dateTime): return dateTime.icalText
        case .period(let period): return period.icalText
        }
    }

    /// When the item starts, as a DATE or DATE-TIME.
    public var start: DateOrDateTime {
        switch self {
        case .date(let date): return .date(date)
        case .dateTime(let dateTime): return .dateTime(dateTime)
        case .period(let period): return .dateTime(period.start)
        }
    }
}
