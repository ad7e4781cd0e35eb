/// Reads one unfolded content line into a `Property` (RFC 5545 §3.1):
/// `name *(";" param) ":" value`, where a parameter is
/// `param-name "=" param-value *("," param-value)` and a parameter value is
/// either plain text or DQUOTE'd text that may hold `:`, `;` and `,`.
///
/// Tolerant: names are upper-cased. Strict: a missing colon, a parameter
/// without `=`, an unterminated quote, a DQUOTE inside an unquoted value and
/// control characters are errors that name the line.
public enum ContentLineParser {
    /// Parses `line`; errors carry `line.line`.
    public static func parse(_ line: UnfoldedLine) throws(ICalendarError) -> Property {
        let bytes = Array(line.text.utf8)
        let number = line.line
        var index = 0

        func fail(_ message: String) -> ICalendarError {
            ICalendarError(.syntax, line: number, message)
        }
        func text(_ range: Range<Int>) -> String {
            String(decoding: bytes[range], as: UTF8.self)
        }

        let nameStart = index
        while index < bytes.count, bytes[index] != UInt8(ascii: ";"), bytes[index] != UInt8(ascii: ":") {
            index += 1
        }
        let name = text(nameStart..<index)
        guard index < bytes.count else {
            throw fail("content line has no ':' between name and value (expected NAME:VALUE)")
        }
        guard Syntax.isName(name) else {
            throw fail("invalid property name '\(name)' (expected letters, digits and '-')")
        }

        var parameters: [Parameter] = []
        while bytes[index] == UInt8(ascii: ";") {
            index += 1
            let paramStart = index
            while index < bytes.count, !Syntax.isParameterNameTerminator(bytes[index]) { index += 1 }
            let paramName = text(paramStart..<index)
            guard index < bytes.count, bytes[index] == UInt8(ascii: "=") else {
                throw fail("parameter '\(paramName)' of \(name) has no '=' (expected NAME=VALUE)")
            }
            guard Syntax.isName(paramName) else {
                throw fail("invalid parameter name '\(paramName)' in \(name) (expected letters, digits and '-')")
            }
            var values: [String] = []
            repeat {
                index += 1  // past '=' or ','
                if index < bytes.count, bytes[index] == UInt8(ascii: "\"") {
                    let valueStart = index + 1
                    index = valueStart
                    while index < bytes.count, bytes[index] != UInt8(ascii: "\"") { index += 1 }
                    guard index < bytes.count else {
                        throw fail("unterminated quoted value of parameter \(paramName) in \(name) (expected a closing '\"')")
                    }
                    values.append(text(valueStart..<index))
                    index += 1
                    guard index < bytes.count, Syntax.isParameterValueTerminator(bytes[index]) else {
                        throw fail("unexpected character after the quoted value of parameter \(paramName) in \(name) (expected ',', ';' or ':')")
                    }
                } else {
                    let valueStart = index
                    while index < bytes.count, !Syntax.isParameterValueTerminator(bytes[index]) {
                        if bytes[index] == UInt8(ascii: "\"") {
                            throw fail("'\"' inside the unquoted value of parameter \(paramName) in \(name) (a value may only be entirely quoted)")
                        }
                        index += 1
                    }
                    guard index < bytes.count else {
                        throw fail("content line has no ':' between name and value (expected NAME:VALUE)")
                    }
                    values.append(text(valueStart..<index))
                }
            } while bytes[index] == UInt8(ascii: ",")
            for value in values where Syntax.containsControl(value) {
                throw fail("control character in the value of parameter \(paramName) in \(name)")
            }
            parameters.append(Parameter(paramName, values))
        }
        // bytes[index] is the colon that starts the value.
        let value = text((index + 1)..<bytes.count)
        if Syntax.containsControl(value) {
            throw fail("control character in the value of \(name) (RFC 5545 §3.1 allows only HTAB)")
        }
        return Property(name, parameters: parameters, value: value, line: number)
    }
}
