/// The fixed order in which the writer emits properties and subcomponents,
/// so that output is byte-deterministic and easy to diff.
///
/// Rule: within a component, properties whose names appear in the
/// component's list come first, in list order; all others follow in
/// insertion order. Properties sharing a name (ATTENDEE, EXDATE) keep
/// their relative order. Subcomponents follow the same rule with their own
/// list. A component not listed here keeps insertion order throughout.
public enum PropertyOrder {
    /// The leading property names for each component name.
    public static let properties: [String: [String]] = [
        "VCALENDAR": ["VERSION", "PRODID", "CALSCALE", "METHOD", "NAME", "X-WR-CALNAME", "X-WR-TIMEZONE",
                      "REFRESH-INTERVAL", "X-PUBLISHED-TTL", "URL", "SOURCE"],
        "VEVENT": ["UID", "SEQUENCE", "DTSTAMP", "LAST-MODIFIED", "DTSTART", "DTEND", "DURATION", "SUMMARY",
                   "DESCRIPTION", "LOCATION", "GEO", "CATEGORIES", "STATUS", "ORGANIZER", "ATTENDEE", "URL",
                   "CONFERENCE", "RELATED-TO"],
        "VTIMEZONE": ["TZID", "LAST-MODIFIED", "TZURL"],
        "STANDARD": ["DTSTART", "TZOFFSETFROM", "TZOFFSETTO", "RRULE", "RDATE", "TZNAME"],
        "DAYLIGHT": ["DTSTART", "TZOFFSETFROM", "TZOFFSETTO", "RRULE", "RDATE", "TZNAME"],
        "VALARM": ["ACTION", "TRIGGER", "DURATION", "REPEAT", "SUMMARY", "DESCRIPTION", "ATTENDEE"],
    ]

    /// The leading subcomponent names for each component name: VTIMEZONEs
    /// before the events that refer to them (RFC 5545 §3.6.5 asks for each
    /// TZID used to have one).
    public static let components: [String: [String]] = [
        "VCALENDAR": ["VTIMEZONE", "VEVENT"],
        "VEVENT": ["VALARM"],
    ]

    /// `component` and all its descendants with properties and
    /// subcomponents in writing order. The writer writes exactly this, so
    /// a parsed copy of its output equals `ordered(component)`.
    public static func ordered(_ component: Component) -> Component {
        var result = component
        result.properties = stableSort(component.properties, by: properties[component.name] ?? [], key: \.name)
        result.components = stableSort(component.components, by: components[component.name] ?? [], key: \.name).map(ordered)
        return result
    }

    static func stableSort<T>(_ items: [T], by names: [String], key: (T) -> String) -> [T] {
        guard !names.isEmpty else { return items }
        var rank: [String: Int] = [:]
        for (index, name) in names.enumerated() { rank[name] = index }
        return items.enumerated().sorted { a, b in
            let ra = rank[key(a.element)] ?? names.count
            let rb = rank[key(b.element)] ?? names.count
            return ra != rb ? ra < rb : a.offset < b.offset
        }.map(\.element)
    }
}
