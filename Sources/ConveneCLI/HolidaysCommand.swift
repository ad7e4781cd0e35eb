import ArgumentParser
import Calendars
import Foundation
import ICalendar

/// `convene holidays --country CODE --year YYYY [--format text|json|ics]`:
/// the public holidays of one country (or, with `asean`, of every ASEAN
/// member merged by date) for one year, as a table, JSON or an iCalendar
/// file of all-day events.
public struct HolidaysCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "holidays",
        abstract: "List the public holidays of a country for a year.",
        discussion: """
            Dates marked uncertain depend on moon sighting or lie beyond the \
            published tables; every possible day is listed. See Docs/Holidays.md.
            """
    )

    /// The output formats.
    public enum Format: String, ExpressibleByArgument, CaseIterable, Sendable {
        case text, json, ics
    }

    @Option(help: "ISO 3166 code (VN, BN, ...) or 'asean' for every ASEAN member.")
    public var country: String

    @Option(help: "The year, 1990-2100.")
    public var year: Int

    @Option(help: "Output format: text, json or ics.")
    public var format: Format = .text

    public init() {}

    public func validate() throws {
        if countries == nil {
            let known = Holidays.supportedCountries.map(\.rawValue).joined(separator: " ")
            throw ValidationError("unknown country code '\(country)'; use one of: asean \(known)")
        }
        guard Holidays.supportedYears.contains(year) else {
            throw ValidationError("year \(year) is outside \(Holidays.supportedYears.lowerBound)-\(Holidays.supportedYears.upperBound)")
        }
    }

    public func run() throws {
        guard let countries else { throw ValidationError("unknown country code '\(country)'") }
        var holidays: [Holiday] = []
        for code in countries {
            holidays += try Holidays.of(code, year: year)
        }
        holidays.sort { ($0.date, $0.country, $0.name) < ($1.date, $1.country, $1.name) }
        let label = isASEAN ? "asean" : countries.first?.rawValue ?? country
        switch format {
        case .text: print(Self.text(holidays, showCountry: isASEAN), terminator: "")
        case .json: print(Self.json(holidays, country: label, year: year, showCountry: isASEAN))
        case .ics:
            let stamp = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"].flatMap { Int64($0) }
                ?? Int64(Date().timeIntervalSince1970)
            print(Self.ics(holidays, name: "Holidays \(label.uppercased()) \(year)", stamp: stamp), terminator: "")
        }
    }

    private var isASEAN: Bool { country.lowercased() == "asean" }

    /// The countries asked for, or nil when the code is unknown.
    private var countries: [CountryCode]? {
        if isASEAN { return Countries.aseanMembers.map(\.code).sorted() }
        let code = CountryCode(country.uppercased())
        return Holidays.supportedCountries.contains(code) ? [code] : nil
    }

    // MARK: Rendering (pure functions of the holidays)

    /// An aligned table: date, weekday, (country,) name, local name, flags.
    static func text(_ holidays: [Holiday], showCountry: Bool) -> String {
        var rows: [[String]] = [(showCountry ? ["Date", "Day", "Country"] : ["Date", "Day"]) + ["Holiday", "Local name", "Flags"]]
        for holiday in holidays {
            var flags: [String] = []
            if holiday.isMajor { flags.append("major") }
            if holiday.isUncertain {
                flags.append("uncertain: " + holiday.possibleDates.map(\.description).joined(separator: ", "))
            }
            rows.append([holiday.date.description, holiday.date.weekday.shortName]
                + (showCountry ? [holiday.country.rawValue] : [])
                + [holiday.name, holiday.localName ?? "", flags.joined(separator: "; ")])
        }
        let columns = rows[0].count
        let widths = (0..<columns).map { column in rows.map { $0[column].count }.max() ?? 0 }
        return rows.map { row in
            row.enumerated().map { column, cell in
                column == columns - 1 ? cell : cell + String(repeating: " ", count: widths[column] - cell.count)
            }.joined(separator: "  ").trimmingTrailingSpaces()
        }.joined(separator: "\n") + "\n"
    }

    /// Pretty-printed JSON in a fixed key order; `localName` is null when unknown.
    static func json(_ holidays: [Holiday], country: String, year: Int, showCountry: Bool) -> String {
        let items = holidays.map { holiday -> String in
            var fields: [String] = []
            fields.append("\"date\": \(quoted(holiday.date.description))")
            if showCountry { fields.append("\"country\": \(quoted(holiday.country.rawValue))") }
            fields.append("\"name\": \(quoted(holiday.name))")
            fields.append("\"localName\": \(holiday.localName.map(quoted) ?? "null")")
            fields.append("\"major\": \(holiday.isMajor)")
            fields.append("\"uncertain\": \(holiday.isUncertain)")
            fields.append("\"possibleDates\": [\(holiday.possibleDates.map { quoted($0.description) }.joined(separator: ", "))]")
            return "    {\n" + fields.map { "      " + $0 }.joined(separator: ",\n") + "\n    }"
        }
        let list = items.isEmpty ? "[]" : "[\n" + items.joined(separator: ",\n") + "\n  ]"
        return "{\n  \"country\": \(quoted(country)),\n  \"year\": \(year),\n  \"holidays\": \(list)\n}"
    }

    /// A JSON string literal (RFC 8259 §7).
    static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    /// An iCalendar file (RFC 5545) with one all-day event per holiday,
    /// CRLF line ends, lines folded at 75 octets. `stamp` (Unix seconds)
    /// is the DTSTAMP of every event.
    static func ics(_ holidays: [Holiday], name: String, stamp: Int64) -> String {
        var lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Convene//Holidays//EN", "CALSCALE:GREGORIAN",
                     "METHOD:PUBLISH", "X-WR-CALNAME:\(escaped(name))"]
        let dtstamp = timestamp(stamp)
        for holiday in holidays {
            var description: [String] = []
            if let local = holiday.localName { description.append(local) }
            if holiday.isMajor { description.append("Major holiday") }
            if holiday.isUncertain {
                description.append("Date uncertain; possible days: "
                    + holiday.possibleDates.map(\.description).joined(separator: ", "))
            }
            lines += [
                "BEGIN:VEVENT",
                "UID:holiday-\(holiday.country.rawValue)-\(holiday.date)-\(slug(holiday.name))@convene",
                "DTSTAMP:\(dtstamp)",
                "DTSTART;VALUE=DATE:\(compact(holiday.date))",
                "DTEND;VALUE=DATE:\(compact(holiday.date.adding(days: 1)))",
                "SUMMARY:\(escaped(holiday.name))",
            ]
            if !description.isEmpty { lines.append("DESCRIPTION:\(escaped(description.joined(separator: "\n")))") }
            lines += ["CATEGORIES:HOLIDAY,\(holiday.country.rawValue)", "TRANSP:TRANSPARENT", "END:VEVENT"]
        }
        lines.append("END:VCALENDAR")
        return lines.map(folded).joined(separator: "\r\n") + "\r\n"
    }

    /// `20240210`.
    static func compact(_ day: Day) -> String { day.description.replacingOccurrences(of: "-", with: "") }

    /// `20240210T083000Z` for Unix seconds.
    static func timestamp(_ seconds: Int64) -> String {
        let days = Int(seconds.quotientAndRemainder(dividingBy: 86_400).quotient) - (seconds < 0 && seconds % 86_400 != 0 ? 1 : 0)
        let rest = Int(seconds - Int64(days) * 86_400)
        func pad(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return "\(compact(Day(daysSince1970: days)))T\(pad(rest / 3600))\(pad(rest / 60 % 60))\(pad(rest % 60))Z"
    }

    /// RFC 5545 §3.3.11 TEXT escaping, by the iCalendar library's rules (a
    /// CR, LF or CR LF inside a name can never start a new property).
    static func escaped(_ text: String) -> String {
        TextEscaping.escape(text)
    }

    /// RFC 5545 §3.1: lines longer than 75 octets continue on the next line
    /// after CRLF and a space, never splitting a UTF-8 character.
    static func folded(_ line: String) -> String {
        var parts: [String] = []
        var current = ""
        var octets = 0
        var limit = 75
        for scalar in line.unicodeScalars {
            let size = String(scalar).utf8.count
            if octets + size > limit {
                parts.append(current)
                current = ""
                octets = 0
                limit = 74  // the leading space counts
            }
            current.unicodeScalars.append(scalar)
            octets += size
        }
        parts.append(current)
        return parts.joined(separator: "\r\n ")
    }

    /// A stable identifier from an English name: `lunar-new-year-tet`.
    static func slug(_ name: String) -> String {
        var out = ""
        for scalar in name.lowercased().unicodeScalars {
            if scalar == "'" || scalar == "\u{2019}" { continue }  // "new-years-day", not "new-year-s-day"
            if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
                out.unicodeScalars.append(scalar)
            } else if !out.isEmpty, out.last != "-" {
                out += "-"
            }
        }
        while out.last == "-" { out.removeLast() }
        return out
    }
}

