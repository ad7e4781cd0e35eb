import Foundation

/// One country's official holiday table: the decisions its government
/// publishes year by year (the days of lunar and Islamic holidays, days
/// moved, added or dropped), each row with its source. Read from
/// `Sources/Calendars/HolidayTables/CC.txt` (CC the country code), one
/// readable file per country; Docs/Holidays.md says how to add a year.
///
/// A row is `year | action | holiday | days | source`, columns separated by
/// `|`; blank lines and lines starting with `#` are comments. Actions:
/// - `official`: the holiday's (first) days this year as the list gives
///   them; days in lieu follow the country's rule.
/// - `decided`: exactly these days, and no day in lieu (Tet's days set by
///   Viet Nam's Prime Minister).
/// - `remove`: the holiday is not observed this year (no days).
/// - `add`, `add-major`: extra days off this year.
/// - `expect`, `expect-major`: extra days expected but not decided
///   (provisional); the source column says what they await.
/// `holiday` is a definition's English name, or for `add` and `expect` a
/// new name, optionally followed by ` / ` and the local name.
struct HolidayTable: Sendable {
    /// One row, decoded.
    struct Row: Sendable, Equatable {
        enum Action: String, Sendable, CaseIterable {
            case official, decided, remove, add, addMajor = "add-major", expect, expectMajor = "expect-major"
        }

        let year: Int
        let action: Action
        let name: String
        let localName: String?
        let days: [Day]
        let source: String
        /// 1-based line in the file, for messages.
        let line: Int
    }

    let rows: [Row]

    /// Parses a table; `file` names it in errors.
    init(text: String, file: String) throws(HolidayTableError) {
        var rows: [Row] = []
        for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = index + 1
            let trimmed = raw.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            rows.append(try Self.row(String(raw), line: line, file: file))
        }
        self.rows = rows
    }

    private static func row(_ text: String, line: Int, file: String) throws(HolidayTableError) -> Row {
        // Columns with the character offset (from 1) where each starts.
        var columns: [(text: String, column: Int)] = []
        var start = 1, current = ""
        for (offset, character) in text.enumerated() {
            if character == "|" {
                columns.append((current, start))
                current = ""
                start = offset + 2
            } else {
                current.append(character)
            }
        }
        columns.append((current, start))
        func fail(_ column: Int, _ message: String) -> HolidayTableError {
            HolidayTableError(file: file, line: line, column: column, message: message, sourceLine: text)
        }
        guard columns.count == 5 else {
            throw fail(1, "expected 5 columns (year | action | holiday | days | source), found \(columns.count)")
        }
        let cell = columns.map { (text: $0.text.trimmingCharacters(in: .whitespaces), column: $0.column) }
        guard let year = Int(cell[0].text), Holidays.supportedYears.contains(year) else {
            throw fail(cell[0].column, "expected a year in \(Holidays.supportedYears), found '\(cell[0].text)'")
        }
        guard let action = Row.Action(rawValue: cell[1].text) else {
            let known = Row.Action.allCases.map(\.rawValue).joined(separator: ", ")
            throw fail(cell[1].column, "expected an action (\(known)), found '\(cell[1].text)'")
        }
        let names = cell[2].text.components(separatedBy: " / ")
        guard let name = names.first, !name.isEmpty, names.count <= 2 else {
            throw fail(cell[2].column, "expected a holiday name, optionally ' / ' and its local name")
        }
        var days: [Day] = []
        for item in cell[3].text.split(separator: " ") {
            guard let day = Day(iso: item) else { throw fail(cell[3].column, "expected ISO dates (YYYY-MM-DD), found '\(item)'") }
            days.append(day)
        }
        if action == .remove {
            guard days.isEmpty else { throw fail(cell[3].column, "a removed holiday has no days") }
        } else {
            guard !days.isEmpty else { throw fail(cell[3].column, "expected at least one date") }
            guard days.allSatisfy({ abs($0.year - year) <= 1 }) else {
                throw fail(cell[3].column, "expected dates in or next to \(year)")
            }
        }
        guard !cell[4].text.isEmpty else { throw fail(cell[4].column, "expected the source of the row") }
        return Row(year: year, action: action, name: name, localName: names.count > 1 ? names[1] : nil,
                   days: days, source: cell[4].text, line: line)
    }
}

/// A malformed holiday table: file, line and column (characters from 1),
/// what was expected, and the line itself.
public struct HolidayTableError: Error, Equatable, Sendable, CustomStringConvertible {
    public let file: String
    public let line: Int
    public let column: Int
    public let message: String
    public let sourceLine: String

    public var description: String {
        "\(file):\(line):\(column): error: \(message)\n\(sourceLine)\n"
            + String(repeating: " ", count: max(0, column - 1)) + "^"
    }
}
