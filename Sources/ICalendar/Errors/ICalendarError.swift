/// The one error type of the iCalendar library: a message naming what was
/// expected and, for parsed text, the physical line (counted from 1) where
/// the offending content line starts, so a user can find it in the file.
public struct ICalendarError: Error, Equatable, Sendable, CustomStringConvertible {
    /// What kind of rule was broken; lets a caller choose an exit code
    /// without matching on message text.
    public enum Kind: String, Sendable, Equatable {
        /// A content line that is not `name *(";" param) ":" value` (RFC 5545 §3.1).
        case syntax
        /// Unbalanced or mismatched BEGIN/END, or content outside a component.
        case structure
        /// A property value that is not of its declared type (RFC 5545 §3.3).
        case value
        /// A `ParserLimits` bound was exceeded.
        case limit
        /// The writer refused to emit something that would not read back.
        case write
        /// A DATE-TIME could not be resolved to an instant.
        case timeZone
    }

    /// What kind of rule was broken.
    public let kind: Kind
    /// The physical line (from 1) where the logical content line starts, or
    /// nil when the error does not come from parsed text.
    public let line: Int?
    /// What was wrong and what was expected, in one sentence.
    public let message: String

    /// Creates an error; `line` counts physical lines from 1.
    public init(_ kind: Kind, line: Int? = nil, _ message: String) {
        self.kind = kind
        self.line = line
        self.message = message
    }

    /// `line N: message`, or the message alone when there is no line.
    public var description: String {
        if let line { return "line \(line): \(message)" }
        return message
    }

    /// The same error placed on `line`, unless it already names one.
    func placed(at line: Int?) -> ICalendarError {
        self.line == nil ? ICalendarError(kind, line: line, message) : self
    }
}

/// Runs `body`, placing any error it throws on `line`: value parsers do not
/// know where their text came from, the property that holds it does.
func placing<T>(at line: Int?, _ body: () throws(ICalendarError) -> T) throws(ICalendarError) -> T {
    do throws(ICalendarError) {
        return try body()
    } catch {
        throw error.placed(at: line)
    }
}
