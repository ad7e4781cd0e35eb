/// A VALARM (RFC 5545 §3.6.6): a reminder inside an event. A typed view
/// over a `Component`.
public struct VAlarm: Equatable, Sendable {
    /// The underlying component, named VALARM.
    public var component: Component

    /// A DISPLAY alarm `before` the event's start (a positive duration is
    /// written negative: TRIGGER is relative to DTSTART, §3.8.6.3).
    public init(displaying text: String, before: ICalDuration) {
        let trigger = ICalDuration(isNegative: true, weeks: before.weeks, days: before.days, hours: before.hours, minutes: before.minutes, seconds: before.seconds)
        component = Component("VALARM", properties: [
            Property("ACTION", value: "DISPLAY"),
            Property("TRIGGER", value: trigger.icalText),
            Property.text("DESCRIPTION", text),
        ])
    }

    /// Views `component` as an alarm; nil unless it is a VALARM.
    public init?(_ component: Component) {
        guard component.name == "VALARM" else { return nil }
        self.component = component
    }

    /// ACTION (§3.8.6.1): AUDIO, DISPLAY or EMAIL.
    public var action: String? { component.property("ACTION")?.value }
    /// DESCRIPTION, the text a DISPLAY alarm shows.
    public var description: String? { component.text("DESCRIPTION") }

    /// TRIGGER as a duration relative to the start (§3.8.6.3), or nil when
    /// absent or given as an absolute DATE-TIME (VALUE=DATE-TIME).
    public func triggerOffset() throws(ICalendarError) -> ICalDuration? {
        guard let trigger = component.property("TRIGGER"), trigger.parameter("VALUE")?.uppercasedASCII != "DATE-TIME" else { return nil }
        return try trigger.durationValue()
    }
}
