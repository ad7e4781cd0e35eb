/// A VEVENT (RFC 5545 §3.6.1): one scheduled event. A typed view over a
/// `Component`; properties it has no accessor for stay reachable through
/// `component`.
public struct VEvent: Equatable, Sendable {
    /// The underlying component, named VEVENT.
    public var component: Component

    /// A new event with the properties §3.6.1 requires (UID, DTSTAMP) and
    /// its start. DTSTAMP must be UTC (§3.8.7.2): `timestamp` is written
    /// with `Z`, its fields taken as UTC whatever its zone form, so pass the
    /// clock's UTC time (`ICalDateTime(utcSecondsSince1970:)`).
    public init(uid: String, timestamp: ICalDateTime, start: DateOrDateTime) {
        component = Component("VEVENT", properties: [
            Property.text("UID", uid),
            Property("DTSTAMP", value: timestamp.with(zone: .utc).icalText),
            Property.dateOrDateTime("DTSTART", start),
        ])
    }

    /// Views `component` as an event; nil unless it is a VEVENT.
    public init?(_ component: Component) {
        guard component.name == "VEVENT" else { return nil }
        self.component = component
    }

    /// UID (§3.8.4.7): stays the same when the event moves.
    public var uid: String? {
        get { component.text("UID") }
        set { component.setText("UID", newValue) }
    }
    /// SUMMARY (§3.8.1.12), the title.
    public var summary: String? {
        get { component.text("SUMMARY") }
        set { component.setText("SUMMARY", newValue) }
    }
    /// DESCRIPTION (§3.8.1.5).
    public var description: String? {
        get { component.text("DESCRIPTION") }
        set { component.setText("DESCRIPTION", newValue) }
    }
    /// LOCATION (§3.8.1.7).
    public var location: String? {
        get { component.text("LOCATION") }
        set { component.setText("LOCATION", newValue) }
    }
    /// STATUS (§3.8.1.11): TENTATIVE, CONFIRMED or CANCELLED.
    public var status: String? {
        get { component.property("STATUS")?.value }
        set { component.set("STATUS", raw: newValue) }
    }
    /// URL (§3.8.4.6).
    public var url: String? {
        get { component.property("URL")?.value }
        set { component.set("URL", raw: newValue) }
    }
    /// CATEGORIES (§3.8.1.2), from every CATEGORIES property; set writes one.
    public var categories: [String] {
        get { component.properties(named: "CATEGORIES").flatMap(\.textListValue) }
        set { component.set("CATEGORIES", raw: newValue.isEmpty ? nil : TextEscaping.joinList(newValue)) }
    }
    /// ORGANIZER (§3.8.4.3).
    public var organizer: CalendarUser? {
        get { component.property("ORGANIZER").map(CalendarUser.init) }
        set {
            if let newValue { component.set(newValue.property("ORGANIZER")) } else { component.removeProperties(named: "ORGANIZER") }
        }
    }
    /// ATTENDEE (§3.8.4.1), one property each.
    public var attendees: [CalendarUser] {
        get { component.properties(named: "ATTENDEE").map(CalendarUser.init) }
        set {
            component.removeProperties(named: "ATTENDEE")
            for attendee in newValue { component.append(attendee.property("ATTENDEE")) }
        }
    }
    /// The VALARMs, in order.
    public var alarms: [VAlarm] {
        get { component.components.compactMap(VAlarm.init) }
        set { component.components = component.components.filter { $0.name != "VALARM" } + newValue.map(\.component) }
    }

    /// SEQUENCE (§3.8.7.4): goes up each time the event is rescheduled.
    public func sequence() throws(ICalendarError) -> Int? {
        try component.property("SEQUENCE")?.integerValue()
    }
    /// Sets SEQUENCE.
    public mutating func setSequence(_ value: Int?) { component.set("SEQUENCE", raw: value.map(String.init)) }

    /// DTSTAMP (§3.8.7.2), a UTC DATE-TIME.
    public func timestamp() throws(ICalendarError) -> ICalDateTime? {
        try component.property("DTSTAMP")?.dateTimeValue()
    }

    /// DTSTART (§3.8.2.4).
    public func start() throws(ICalendarError) -> DateOrDateTime? {
        try component.property("DTSTART")?.dateOrDateTimeValue()
    }
    /// Sets DTSTART.
    public mutating func setStart(_ value: DateOrDateTime) { component.set(Property.dateOrDateTime("DTSTART", value)) }

    /// DTEND (§3.8.2.2): exclusive; for an all-day event the day after the last.
    public func end() throws(ICalendarError) -> DateOrDateTime? {
        try component.property("DTEND")?.dateOrDateTimeValue()
    }
    /// Sets DTEND and removes DURATION, which §3.6.1 forbids alongside it.
    public mutating func setEnd(_ value: DateOrDateTime?) {
        component.removeProperties(named: "DURATION")
        if let value { component.set(Property.dateOrDateTime("DTEND", value)) } else { component.removeProperties(named: "DTEND") }
    }

    /// DURATION (§3.8.2.5).
    public func duration() throws(ICalendarError) -> ICalDuration? {
        try component.property("DURATION")?.durationValue()
    }
    /// Sets DURATION and removes DTEND.
    public mutating func setDuration(_ value: ICalDuration?) {
        component.removeProperties(named: "DTEND")
        component.set("DURATION", raw: value?.icalText)
    }

    /// GEO (§3.8.1.6).
    public func geo() throws(ICalendarError) -> GeoPosition? {
        try component.property("GEO")?.geoValue()
    }
    /// Sets GEO.
    public mutating func setGeo(_ value: GeoPosition?) { component.set("GEO", raw: value?.icalText) }

    /// RRULE (§3.8.5.3).
    public func recurrenceRule() throws(ICalendarError) -> RecurrenceRule? {
        try component.property("RRULE")?.recurrenceRuleValue()
    }
    /// Sets RRULE.
    public mutating func setRecurrenceRule(_ value: RecurrenceRule?) { component.set("RRULE", raw: value?.icalText) }

    /// All EXDATE items (§3.8.5.1), from every EXDATE property.
    public func exceptionDates() throws(ICalendarError) -> [RecurrenceDate] {
        try component.recurrenceDates(named: "EXDATE")
    }

    /// All RDATE items (§3.8.5.2), from every RDATE property.
    public func recurrenceDates() throws(ICalendarError) -> [RecurrenceDate] {
        try component.recurrenceDates(named: "RDATE")
    }

    /// The event's start times (§3.8.5): DTSTART, the RRULE's occurrences
    /// and the RDATEs, minus the EXDATEs, sorted, through `end` and at most
    /// `maxOccurrences`. Comparison is on civil fields: RDATE and EXDATE are
    /// expected in DTSTART's zone, as §3.8.5.1 recommends.
    public func occurrences(through end: DateOrDateTime, maxOccurrences: Int) throws(ICalendarError) -> [DateOrDateTime] {
        guard let start = try start() else {
            throw ICalendarError(.value, line: component.line, "VEVENT has no DTSTART")
        }
        var all: [DateOrDateTime] = [start]
        if let rule = try recurrenceRule() {
            all = try placing(at: component.property("RRULE")?.line) { () throws(ICalendarError) in
                try RecurrenceExpander.expand(rule, start: start, through: end, maxOccurrences: maxOccurrences)
            }
        }
        let endSeconds = end.asDateTime.civilSeconds
        all += try recurrenceDates().map(\.start)
        all = all.filter { $0.asDateTime.civilSeconds <= endSeconds }
        let excluded = Set(try exceptionDates().map { $0.start.asDateTime.civilSeconds })
        var seen: Set<Int> = []
        let result = all.filter { !excluded.contains($0.asDateTime.civilSeconds) && seen.insert($0.asDateTime.civilSeconds).inserted }
            .sorted { $0.asDateTime.civilSeconds < $1.asDateTime.civilSeconds }
        return Array(result.prefix(maxOccurrences))
    }
}
