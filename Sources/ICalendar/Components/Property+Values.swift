/// Typed readers and builders for property values (RFC 5545 §3.3). A
/// malformed value throws an `ICalendarError` naming the property, what was
/// expected and the line the property came from.
extension Property {
    /// The value read as TEXT (§3.3.11), unescaped.
    public var textValue: String { TextEscaping.unescape(value) }

    /// The value read as a list of TEXT (CATEGORIES, RESOURCES), unescaped.
    public var textListValue: [String] { TextEscaping.splitList(value) }

    /// The value as DATE or DATE-TIME, honouring VALUE=DATE and TZID.
    public func dateOrDateTimeValue() throws(ICalendarError) -> DateOrDateTime {
        guard let parsed = DateOrDateTime(icalText: value, valueType: parameter("VALUE"), tzid: parameter("TZID")) else {
            throw invalid(parameter("VALUE")?.uppercasedASCII == "DATE" ? "a DATE (YYYYMMDD)" : "a DATE-TIME (YYYYMMDDTHHMMSS, optionally with Z) or a DATE (YYYYMMDD)")
        }
        return parsed
    }

    /// The value as a DATE-TIME (§3.3.5), with TZID as its zone.
    public func dateTimeValue() throws(ICalendarError) -> ICalDateTime {
        guard let parsed = ICalDateTime(icalText: value, tzid: parameter("TZID")) else {
            throw invalid("a DATE-TIME (YYYYMMDDTHHMMSS, optionally with Z)")
        }
        return parsed
    }

    /// The value as a DURATION (§3.3.6).
    public func durationValue() throws(ICalendarError) -> ICalDuration {
        guard let parsed = ICalDuration(icalText: value) else {
            throw invalid("a DURATION such as P1D, PT1H30M, -PT15M or P2W")
        }
        return parsed
    }

    /// The value as a UTC-OFFSET (§3.3.14).
    public func utcOffsetValue() throws(ICalendarError) -> UTCOffset {
        guard let parsed = UTCOffset(icalText: value) else {
            throw invalid("a UTC-OFFSET (+HHMM or +HHMMSS)")
        }
        return parsed
    }

    /// The value as an INTEGER (§3.3.8).
    public func integerValue() throws(ICalendarError) -> Int {
        var digits = value[...]
        var sign = 1
        if let first = digits.first, first == "+" || first == "-" {
            sign = first == "-" ? -1 : 1
            digits = digits.dropFirst()
        }
        guard let number = Digits.number(Array(digits.utf8)) else { throw invalid("an INTEGER") }
        return sign * number
    }

    /// The value as GEO (§3.8.1.6).
    public func geoValue() throws(ICalendarError) -> GeoPosition {
        guard let parsed = GeoPosition(icalText: value) else {
            throw invalid("latitude;longitude as two decimal numbers in range")
        }
        return parsed
    }

    /// The value as an RRULE (§3.3.10).
    public func recurrenceRuleValue() throws(ICalendarError) -> RecurrenceRule {
        try placing(at: line) { () throws(ICalendarError) in try RecurrenceRule(icalText: value) }
    }

    /// The comma-separated dates of EXDATE or RDATE (§3.8.5.1, §3.8.5.2):
    /// DATE-TIMEs (default), DATEs with VALUE=DATE, or PERIODs with
    /// VALUE=PERIOD (RDATE only), each with the property's TZID.
    public func recurrenceDatesValue() throws(ICalendarError) -> [RecurrenceDate] {
        let type = parameter("VALUE")?.uppercasedASCII
        let tzid = parameter("TZID")
        var result: [RecurrenceDate] = []
        for item in value.split(separator: ",", omittingEmptySubsequences: false) {
            if type == "PERIOD" {
                guard let period = ICalPeriod(icalText: item, tzid: tzid) else {
                    throw invalid("a comma-separated list of PERIODs (start/end or start/duration)")
                }
                result.append(.period(period))
            } else if let parsed = DateOrDateTime(icalText: item, valueType: type, tzid: tzid) {
                switch parsed {
                case .date(let date): result.append(.date(date))
                case .dateTime(let dateTime): result.append(.dateTime(dateTime))
                }
            } else {
                throw invalid("a comma-separated list of " + (type == "DATE" ? "DATEs (YYYYMMDD)" : "DATE-TIMEs (YYYYMMDDTHHMMSS[Z])"))
            }
        }
        return result
    }

    func invalid(_ expected: String) -> ICalendarError {
        ICalendarError(.value, line: line, "\(name) value '\(value)' is not \(expected)")
    }

    /// A TEXT property (§3.3.11); `text` is escaped, so CR and LF become `\n`.
    public static func text(_ name: String, _ text: String, parameters: [Parameter] = []) -> Property {
        Property(name, parameters: parameters, value: TextEscaping.escape(text))
    }

    /// A DATE or DATE-TIME property: VALUE=DATE for a DATE, TZID for a
    /// zoned DATE-TIME (§3.3.4, §3.3.5, §3.2.19).
    public static func dateOrDateTime(_ name: String, _ value: DateOrDateTime, parameters: [Parameter] = []) -> Property {
        var property = Property(name, parameters: parameters, value: value.icalText)
        switch value {
        case .date: property.setParameter("VALUE", "DATE")
        case .dateTime(let dateTime): property.setParameter("TZID", dateTime.tzid)
        }
        return property
    }

    /// An EXDATE or RDATE property holding `dates`, which must all be of one
    /// kind and, for DATE-TIMEs, one zone (the first one's TZID is used).
    public static func recurrenceDates(_ name: String, _ dates: [RecurrenceDate]) -> Property {
        var property = Property(name, value: dates.map(\.icalText).joined(separator: ","))
        switch dates.first {
        case .date?: property.setParameter("VALUE", "DATE")
        case .period(let period)?:
            property.setParameter("VALUE", "PERIOD")
            property.setParameter("TZID", period.start.tzid)
        case .dateTime(let dateTime)?: property.setParameter("TZID", dateTime.tzid)
        case nil: break
        }
        return property
    }
}
