import Calendars
import ICalendar

/// VTIMEZONE components (RFC 5545 §3.6.5) for the zones a calendar uses,
/// from ICU's tz data, so every DTSTART;TZID=... can be resolved by a
/// client without a zone database of its own.
public enum ZoneDefinitions {
    /// How far before the first day the rules start: a zone's first
    /// observance then begins before any event, so readers never need to
    /// guess the offset before it (python icalendar and some clients do).
    public static let leadDays = 366

    /// The VTIMEZONE of `zone`, with the rules in force from `leadDays`
    /// before `firstDay` on.
    /// ICU writes six-digit offsets (`+080000`); §3.3.14 allows them, but
    /// several clients read only `+0800`, so offsets are rewritten in the
    /// short form whenever the seconds are zero. ICU names observances
    /// `(STD)` / `(DST)`, which clients show as the zone's name, so TZNAME
    /// is replaced by the zone's real short name at the onset
    /// (`ZoneAbbreviation`: "JST", else tz data's "+08").
    public static func vtimezone(_ zone: String, from firstDay: Day) throws(PlanCalendarError) -> VTimeZone {
        let since = firstDay.adding(days: -leadDays).unixSecondsAtMidnightUTC
        let text: String
        do {
            text = try ICU.vtimezone(zone: zone, from: since)
        } catch {
            throw .timeZone(zone, reason: error.description)
        }
        let components: [Component]
        do {
            components = try ICalendarParser().parse(text)
        } catch {
            throw .timeZone(zone, reason: "ICU's text does not parse: \(error)")
        }
        guard var component = components.first(where: { $0.name == "VTIMEZONE" }) else {
            throw .timeZone(zone, reason: "ICU wrote no VTIMEZONE")
        }
        // X-TZINFO is ICU's own note (tz data version, cut-off instant): it
        // changes with the ICU build even when the rules do not, and no
        // reader uses it, so it would only make outputs differ across machines.
        component.removeProperties(named: "X-TZINFO")
        component.components = try component.components.map { (observance: Component) throws(PlanCalendarError) -> Component in
            var observance = observance
            observance.properties = try observance.properties.map { (property: Property) throws(PlanCalendarError) -> Property in
                guard property.name == "TZOFFSETFROM" || property.name == "TZOFFSETTO" else { return property }
                do {
                    return Property(property.name, parameters: property.parameters, value: try property.utcOffsetValue().icalText)
                } catch {
                    throw .timeZone(zone, reason: "\(error)")
                }
            }
            if let name = try onsetName(observance, zone: zone) {
                observance.removeProperties(named: "TZNAME")
                observance.append(Property.text("TZNAME", name))
            }
            return observance
        }
        guard let result = VTimeZone(component), result.id == zone else {
            throw .timeZone(zone, reason: "ICU's VTIMEZONE names another zone")
        }
        return result
    }

    /// The zone's short name just after the observance's first onset
    /// (DTSTART is local time in TZOFFSETFROM, §3.6.5).
    private static func onsetName(_ component: Component, zone: String) throws(PlanCalendarError) -> String? {
        guard let observance = TimeZoneObservance(component) else { return nil }
        do {
            let start = try observance.start(), from = try observance.offsetFrom()
            return ZoneAbbreviation.name(zone: zone, at: Int64(start.civilSeconds - from.seconds))
        } catch {
            throw .timeZone(zone, reason: "\(error)")
        }
    }
}
