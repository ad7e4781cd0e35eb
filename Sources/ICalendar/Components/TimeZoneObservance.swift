/// A STANDARD or DAYLIGHT sub-component of a VTIMEZONE (RFC 5545 §3.6.5):
/// from each onset on (DTSTART, then each RRULE occurrence and RDATE, all
/// in local time of the offset in effect before, TZOFFSETFROM), the zone's
/// offset is TZOFFSETTO.
public struct TimeZoneObservance: Equatable, Sendable {
    /// STANDARD or DAYLIGHT.
    public enum Kind: String, Sendable {
        case standard = "STANDARD", daylight = "DAYLIGHT"
    }

    /// The underlying component, named STANDARD or DAYLIGHT.
    public var component: Component

    /// A new observance.
    public init(_ kind: Kind, start: ICalDateTime, offsetFrom: UTCOffset, offsetTo: UTCOffset, rule: RecurrenceRule? = nil, name: String? = nil) {
        component = Component(kind.rawValue, properties: [
            Property("DTSTART", value: start.with(zone: .floating).icalText),
            Property("TZOFFSETFROM", value: offsetFrom.icalText),
            Property("TZOFFSETTO", value: offsetTo.icalText),
        ])
        if let rule { component.append(Property("RRULE", value: rule.icalText)) }
        if let name { component.append(Property.text("TZNAME", name)) }
    }

    /// Views `component` as an observance; nil unless STANDARD or DAYLIGHT.
    public init?(_ component: Component) {
        guard Kind(rawValue: component.name) != nil else { return nil }
        self.component = component
    }

    /// STANDARD or DAYLIGHT.
    public var kind: Kind { Kind(rawValue: component.name) ?? .standard }
    /// TZNAME (§3.8.3.2), e.g. AEDT.
    public var name: String? { component.text("TZNAME") }

    /// DTSTART: the first onset, local time in TZOFFSETFROM (§3.6.5).
    public func start() throws(ICalendarError) -> ICalDateTime {
        guard let property = component.property("DTSTART") else {
            throw ICalendarError(.value, line: component.line, "\(component.name) has no DTSTART (required by RFC 5545 §3.6.5)")
        }
        return try property.dateTimeValue()
    }

    /// TZOFFSETFROM (§3.8.3.3).
    public func offsetFrom() throws(ICalendarError) -> UTCOffset {
        guard let property = component.property("TZOFFSETFROM") else {
            throw ICalendarError(.value, line: component.line, "\(component.name) has no TZOFFSETFROM (required by RFC 5545 §3.6.5)")
        }
        return try property.utcOffsetValue()
    }

    /// TZOFFSETTO (§3.8.3.4).
    public func offsetTo() throws(ICalendarError) -> UTCOffset {
        guard let property = component.property("TZOFFSETTO") else {
            throw ICalendarError(.value, line: component.line, "\(component.name) has no TZOFFSETTO (required by RFC 5545 §3.6.5)")
        }
        return try property.utcOffsetValue()
    }

    /// RRULE, if any.
    public func recurrenceRule() throws(ICalendarError) -> RecurrenceRule? {
        try component.property("RRULE")?.recurrenceRuleValue()
    }

    /// The onsets up to and including UTC second `limit`, as UTC seconds
    /// since 1970, with the offset each one starts. Bounded by
    /// `maxOccurrences` per rule.
    func onsets(throughUTC limit: Int, maxOccurrences: Int) throws(ICalendarError) -> [(utc: Int, offset: Int)] {
        let start = try start()
        let from = try offsetFrom().seconds
        let to = try offsetTo().seconds
        var locals: [Int] = [start.civilSeconds]
        if let rule = try recurrenceRule() {
            let end = DateOrDateTime.dateTime(ICalDateTime(civilSeconds: limit + from, zone: .floating))
            let occurrences = try placing(at: component.property("RRULE")?.line) { () throws(ICalendarError) in
                try RecurrenceExpander.expand(rule, start: .dateTime(start.with(zone: .floating)), through: end,
                                              maxOccurrences: maxOccurrences, untilOffsetSeconds: from)
            }
            locals = occurrences.map { $0.asDateTime.civilSeconds }
        }
        locals += try component.recurrenceDates(named: "RDATE").map { $0.start.asDateTime.civilSeconds }
        return locals.map { ($0 - from, to) }.filter { $0.0 <= limit }
    }
}
