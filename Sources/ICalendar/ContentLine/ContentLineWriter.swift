/// Writes one `Property` as a logical content line (RFC 5545 §3.1), before
/// folding. Refuses, rather than mangles, anything that would not read back
/// as the same property: an invalid name, a control character (CR or LF
/// could inject a property) in any value, a DQUOTE in a parameter value
/// (§3.2 has no way to escape it), a parameter with no value.
public enum ContentLineWriter {
    /// The unfolded line for `property`, without a line end.
    public static func line(for property: Property) throws(ICalendarError) -> String {
        guard Syntax.isName(property.name) else {
            throw ICalendarError(.write, "invalid property name '\(property.name)' (expected letters, digits and '-')")
        }
        var output = property.name
        for parameter in property.parameters {
            guard Syntax.isName(parameter.name) else {
                throw ICalendarError(.write, "invalid parameter name '\(parameter.name)' in \(property.name)")
            }
            guard !parameter.values.isEmpty else {
                throw ICalendarError(.write, "parameter \(parameter.name) of \(property.name) has no value")
            }
            output += ";" + parameter.name + "="
            for (position, value) in parameter.values.enumerated() {
                if value.utf8.contains(UInt8(ascii: "\"")) {
                    throw ICalendarError(.write, "parameter \(parameter.name) of \(property.name) contains '\"', which RFC 5545 §3.2 cannot represent")
                }
                if Syntax.containsControl(value) {
                    throw ICalendarError(.write, "parameter \(parameter.name) of \(property.name) contains a control character (CR, LF, ...)")
                }
                if position > 0 { output += "," }
                output += Syntax.needsQuotes(value) ? "\"" + value + "\"" : value
            }
        }
        if Syntax.containsControl(property.value) {
            throw ICalendarError(.write, "value of \(property.name) contains a control character (CR, LF, ...); TEXT values must be escaped with TextEscaping")
        }
        output += ":" + property.value
        return output
    }
}
