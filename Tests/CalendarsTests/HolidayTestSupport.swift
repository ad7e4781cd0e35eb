@testable import Calendars

/// Helpers shared by the holiday tests: expectations written as lines of
/// `YYYY-MM-DD name`, the name matched as a prefix of the holiday's name.
enum HolidayTestSupport {
    struct Expected: CustomStringConvertible {
        let date: Day
        let name: String
        var description: String { "\(date) \(name)" }
    }

    static func day(_ iso: String) -> Day {
        guard let day = Day(iso: iso) else { preconditionFailure("bad test date \(iso)") }
        return day
    }

    /// Parses `YYYY-MM-DD name` lines; `YYYY-MM-DD..YYYY-MM-DD name` stands for every day between.
    static func expected(_ text: String) -> [Expected] {
        text.split(separator: "\n").flatMap { line -> [Expected] in
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            guard !trimmed.isEmpty else { return [] }
            let parts = trimmed.split(separator: " ", maxSplits: 1).map(String.init)
            let name = parts.count > 1 ? parts[1] : ""
            if parts[0].contains("..") {
                let ends = parts[0].components(separatedBy: "..")
                guard let range = DayRange(day(ends[0]), day(ends[1])) else { return [] }
                return range.map { Expected(date: $0, name: name) }
            }
            return [Expected(date: day(parts[0]), name: name)]
        }
    }

    /// The expectations that the country's holidays of that year do not meet.
    static func missing(_ country: CountryCode, _ year: Int, _ text: String) throws -> [String] {
        let holidays = try Holidays.of(country, year: year)
        return expected(text).filter { expectation in
            !holidays.contains { $0.date == expectation.date && $0.name.hasPrefix(expectation.name) }
        }.map(\.description)
    }

    /// The days of the year's holidays, as a set.
    static func days(_ country: CountryCode, _ year: Int) throws -> Set<Day> {
        Set(try Holidays.of(country, year: year).map(\.date))
    }
}

import Foundation
