import ICalendar

/// A problem in an imported iCalendar file, with the file and, where the
/// parser knows it, the physical line (from 1) of the offending content
/// line, as `ICalendarError` reports it.
public struct CalendarImportError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The file as the caller named it (resolved against the scenario's folder).
    public let file: String
    /// Physical line from 1, or nil.
    public let line: Int?
    public let message: String

    public init(file: String, line: Int?, message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    init(file: String, _ error: ICalendarError) {
        self.init(file: file, line: error.line, message: error.message)
    }

    /// `FILE:LINE: error: MESSAGE`, the compiler's style.
    public var description: String {
        "\(file)\(line.map { ":\($0)" } ?? ""): error: \(message)"
    }
}
