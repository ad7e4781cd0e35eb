/// The VCALENDAR object (RFC 5545 §3.4, §3.6): the calendar properties and
/// its VTIMEZONE and VEVENT components. A typed view over a `Component`.
public struct VCalendar: Equatable, Sendable {
    /// The underlying component, named VCALENDAR.
    public var component: Component

    /// A new calendar with VERSION:2.0 and the given PRODID (both required
    /// by §3.7.3 and §3.7.4).
    public init(productID: String) {
        component = Component("VCALENDAR", properties: [
            Property("VERSION", value: "2.0"),
            Property.text("PRODID", productID),
        ])
    }

    /// Views `component` as a calendar; nil unless it is a VCALENDAR.
    public init?(_ component: Component) {
        guard component.name == "VCALENDAR" else { return nil }
        self.component = component
    }

    /// VERSION (§3.7.4).
    public var version: String? { component.property("VERSION")?.value }
    /// PRODID (§3.7.3).
    public var productID: String? {
        get { component.text("PRODID") }
        set { component.setText("PRODID", newValue) }
    }
    /// CALSCALE (§3.7.1); absent means GREGORIAN.
    public var calendarScale: String? {
        get { component.property("CALSCALE")?.value }
        set { component.set("CALSCALE", raw: newValue) }
    }
    /// METHOD (§3.7.2), e.g. PUBLISH.
    public var method: String? {
        get { component.property("METHOD")?.value }
        set { component.set("METHOD", raw: newValue) }
    }
    /// X-WR-CALNAME: the display name most clients show.
    public var name: String? {
        get { component.text("X-WR-CALNAME") }
        set { component.setText("X-WR-CALNAME", newValue) }
    }
    /// X-WR-TIMEZONE: the default zone some clients use for floating times.
    public var defaultTimeZoneID: String? {
        get { component.text("X-WR-TIMEZONE") }
        set { component.setText("X-WR-TIMEZONE", newValue) }
    }

    /// The VEVENTs, in order.
    public var events: [VEvent] { component.components.compactMap(VEvent.init) }
    /// The VTIMEZONEs, in order.
    public var timeZones: [VTimeZone] { component.components.compactMap(VTimeZone.init) }

    /// The VTIMEZONE whose TZID is `id`, if the calendar has one.
    public func timeZone(id: String) -> VTimeZone? {
        timeZones.first { $0.id == id }
    }

    /// Appends an event.
    public mutating func add(_ event: VEvent) { component.components.append(event.component) }
    /// Appends a time zone.
    public mutating func add(_ timeZone: VTimeZone) { component.components.append(timeZone.component) }

    /// A resolver over this calendar's VTIMEZONEs, with `fallback` for
    /// TZIDs that have none.
    public func resolver(fallback: TimeZoneResolver.Fallback? = nil) -> TimeZoneResolver {
        TimeZoneResolver(timeZones: timeZones, fallback: fallback)
    }
}
