import Foundation

/// Writes a component tree as iCalendar text (RFC 5545 §3.1, §3.4):
/// properties and subcomponents in `PropertyOrder`, each content line
/// folded at 75 octets by `LineFolder`, CRLF after every line. Output is
/// byte-deterministic: the same tree always gives the same bytes. Refuses
/// (throws) rather than writes anything the parser would read differently:
/// see `ContentLineWriter`.
public enum ICalendarWriter {
    /// The text of `components`, one after another (normally one VCALENDAR).
    public static func write(_ components: [Component]) throws(ICalendarError) -> String {
        var output = ""
        for component in components {
            try write(PropertyOrder.ordered(component), into: &output)
        }
        return output
    }

    /// The text of one component.
    public static func write(_ component: Component) throws(ICalendarError) -> String {
        try write([component])
    }

    /// The text of a calendar.
    public static func write(_ calendar: VCalendar) throws(ICalendarError) -> String {
        try write([calendar.component])
    }

    /// The UTF-8 bytes of `write(components)`.
    public static func data(_ components: [Component]) throws(ICalendarError) -> Data {
        Data(try write(components).utf8)
    }

    static func write(_ component: Component, into output: inout String) throws(ICalendarError) {
        guard Syntax.isName(component.name) else {
            throw ICalendarError(.write, "invalid component name '\(component.name)' (expected letters, digits and '-')")
        }
        output += LineFolder.fold("BEGIN:" + component.name)
        for property in component.properties {
            guard property.name != "BEGIN", property.name != "END" else {
                throw ICalendarError(.write, "a property may not be named \(property.name) in \(component.name); use a subcomponent")
            }
            do throws(ICalendarError) {
                output += LineFolder.fold(try ContentLineWriter.line(for: property))
            } catch {
                throw ICalendarError(.write, "in \(component.name): \(error.message)")
            }
        }
        for child in component.components {
            try write(child, into: &output)
        }
        output += LineFolder.fold("END:" + component.name)
    }
}
