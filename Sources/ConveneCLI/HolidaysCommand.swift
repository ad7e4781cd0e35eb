import ArgumentParser
import ICalendar
import Calendars
import Foundation
import enum Solving.JSONText

/// `convene holidays --country CODE --year YYYY [--format text|json|ics]`:
/// the public holidays of one country (or, with `asean`, of every ASEAN
/// member merged by date) for one year, as a table, JSON or an iCalendar
/// file of all-day events. With `--compare FILE` (an official list as .ics
/// or .csv) it reports where the two differ instead, exiting 1 if they do.
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

    @Option(help: ArgumentHelp("Compare with an official list (.ics or .csv of date,name rows) and report the differences.",
                               valueName: "file"))
    public var compare: String?

    public init() {}

    public func validate() throws {
        if countries == nil {
            let known = Holidays.supportedCountries.map(\.rawValue).joined(separator: " ")
            throw ValidationError("unknown country code '\(country)'; use one of: asean \(known)")
        }
        guard Holidays.supportedYears.contains(year) else {
            throw ValidationError("year \(year) is outside \(Holidays.supportedYears.lowerBound)-\(Holidays.supportedYears.upperBound)")
        }
        if compare != nil {
            if isASEAN { throw ValidationError("--compare takes one country, not 'asean'") }
            if format != .text { throw ValidationError("--compare writes text; leave out --format") }
        }
    }

    public func run() throws {
        guard let countries else { throw ValidationError("unknown country code '\(country)'") }
        var holidays: [Holiday] = []
        for code in countries {
            holidays += try Holidays.of(code, year: year)
        }
        holidays.sort { ($0.date, $0.country, $0.name) < ($1.date, $1.country, $1.name) }
        if let compare, let code = countries.first {
            guard let range = DayRange(Day(year: year, month: 1, day: 1) ?? Day(daysSince1970: 0),
                                       Day(year: year, month: 12, day: 31) ?? Day(daysSince1970: 0)) else { return }
            let list = try OfficialHolidayList.read(compare, range: range)
            let comparison = HolidayComparison(convene: holidays, list: list, range: range)
            Console.out(Self.comparisonText(comparison, country: code, year: year, file: compare))
            if !comparison.agrees { throw ExitStatus.conflicts }
            return
        }
        let label = isASEAN ? "asean" : countries.first?.rawValue ?? country
        switch format {
        case .text: Console.out(Self.text(holidays, showCountry: isASEAN))
        case .json: Console.out(Self.json(holidays, country: label, year: year, showCountry: isASEAN))
        case .ics:
            let stamp = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"].flatMap { Int64($0) }
                ?? Int64(Date().timeIntervalSince1970)
            Console.out(try Self.ics(holidays, name: "Holidays \(label.uppercased()) \(year)", stamp: stamp))
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

    /// The report of `--compare`: counts, then the days only the list has
    /// and the days only Convene has (with each date's provenance), then the
    /// days both have.
    static func comparisonText(_ comparison: HolidayComparison, country: CountryCode, year: Int, file: String) -> String {
        var lines = ["\(country.rawValue) \(year) compared with \(file): \(comparison.matched.count) of Convene's days on the list, "
                     + "\(comparison.onlyInList.count) only on the list, \(comparison.onlyInConvene.count) only in Convene"]
        if !comparison.onlyInList.isEmpty {
            lines.append("")
            lines.append("Only on the list (Convene lacks them):")
            lines += Table.render(header: ["Date", "Day", "Name"], rows: comparison.onlyInList.map {
                [$0.date.description, $0.date.weekday.shortName, $0.name]
            }).map { "  " + $0 }
        }
        if !comparison.onlyInConvene.isEmpty {
            lines.append("")
            lines.append("Only in Convene (not on the list):")
            lines += Table.render(header: ["Date", "Day", "Holiday", "Provenance"], rows: comparison.onlyInConvene.map {
                [$0.date.description, $0.date.weekday.shortName, $0.name, $0.provenance.kind + ": " + $0.provenance.source]
            }).map { "  " + $0 }
        }
        if !comparison.matched.isEmpty {
            lines.append("")
            lines.append("On both:")
            lines += Table.render(header: ["Date", "Day", "Holiday", "Provenance"], rows: comparison.matched.map {
                [$0.date.description, $0.date.weekday.shortName, $0.name, $0.provenance.kind]
            }).map { "  " + $0 }
        }
        if comparison.agrees { lines.append(""); lines.append("The list and Convene agree on every day.") }
        return lines.joined(separator: "\n") + "\n"
    }

    /// An aligned table: date, weekday, (country,) name, local name, flags.
    static func text(_ holidays: [Holiday], showCountry: Bool) -> String {
        let header = (showCountry ? ["Date", "Day", "Country"] : ["Date", "Day"]) + ["Holiday", "Local name", "Flags"]
        let rows = holidays.map { holiday -> [String] in
            var flags: [String] = []
            if holiday.isMajor { flags.append("major") }
            if holiday.isUncertain {
                flags.append("uncertain: " + holiday.possibleDates.map(\.description).joined(separator: ", "))
            }
            return [holiday.date.description, holiday.date.weekday.shortName]
                + (showCountry ? [holiday.country.rawValue] : [])
                + [holiday.name, holiday.localName ?? "", flags.joined(separator: "; ")]
        }
        return Table.render(header: header, rows: rows).joined(separator: "\n") + "\n"
    }

    /// Pretty-printed JSON in a fixed key order; `localName` is null when
    /// unknown. `provenance.kind` is `official` (with the instrument in
    /// `source`), `rule` (the law or calendar) or `provisional` (what the
    /// date awaits; such a date is always `uncertain`).
    static func json(_ holidays: [Holiday], country: String, year: Int, showCountry: Bool) -> String {
        let items = holidays.map { holiday -> String in
            var fields: [String] = []
            fields.append("\"date\": \(JSONText.quote(holiday.date.description))")
            if showCountry { fields.append("\"country\": \(JSONText.quote(holiday.country.rawValue))") }
            fields.append("\"name\": \(JSONText.quote(holiday.name))")
            fields.append("\"localName\": \(holiday.localName.map(JSONText.quote) ?? "null")")
            fields.append("\"major\": \(holiday.isMajor)")
            fields.append("\"uncertain\": \(holiday.isUncertain)")
            fields.append("\"possibleDates\": [\(holiday.possibleDates.map { JSONText.quote($0.description) }.joined(separator: ", "))]")
            fields.append("\"provenance\": {\"kind\": \(JSONText.quote(holiday.provenance.kind)), "
                          + "\"source\": \(JSONText.quote(holiday.provenance.source))}")
            return "    {\n" + fields.map { "      " + $0 }.joined(separator: ",\n") + "\n    }"
        }
        let list = items.isEmpty ? "[]" : "[\n" + items.joined(separator: ",\n") + "\n  ]"
        return "{\n  \"country\": \(JSONText.quote(country)),\n  \"year\": \(year),\n  \"holidays\": \(list)\n}"
    }

    /// An iCalendar file (RFC 5545) with one all-day event per holiday,
    /// written by the ICalendar library (folding, escaping, CRLF). `stamp`
    /// (Unix seconds) is the DTSTAMP of every event.
    static func ics(_ holidays: [Holiday], name: String, stamp: Int64) throws -> String {
        var calendar = VCalendar(productID: "-//Convene//Holidays//EN")
        calendar.component.set("CALSCALE", raw: "GREGORIAN")
        calendar.component.set("METHOD", raw: "PUBLISH")
        calendar.component.setText("X-WR-CALNAME", name)
        let timestamp = ICalDateTime(utcSecondsSince1970: Int(stamp))
        for holiday in holidays {
            var description: [String] = []
            if let local = holiday.localName { description.append(local) }
            if holiday.isMajor { description.append("Major holiday") }
            if holiday.isUncertain {
                description.append("Date uncertain; possible days: "
                    + holiday.possibleDates.map(\.description).joined(separator: ", "))
            }
            var event = VEvent(uid: "holiday-\(holiday.country.rawValue)-\(holiday.date)-\(slug(holiday.name))@convene",
                               timestamp: timestamp,
                               start: .date(ICalDate(daysSince1970: holiday.date.daysSince1970)))
            event.setEnd(.date(ICalDate(daysSince1970: holiday.date.daysSince1970 + 1)))
            event.summary = holiday.name
            if !description.isEmpty { event.description = description.joined(separator: "\n") }
            event.categories = ["HOLIDAY", holiday.country.rawValue]
            event.component.set("TRANSP", raw: "TRANSPARENT")
            calendar.add(event)
        }
        return try ICalendarWriter.write(calendar)
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

