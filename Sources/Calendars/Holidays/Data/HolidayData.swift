/// The registry of every country's holiday rules. Each country's rules and
/// sources live in their own file in this folder.
enum HolidayData {
    static let all: [CountryCode: CountryHolidays] = Dictionary(uniqueKeysWithValues: [
        bruneiDarussalam, cambodia, indonesia, laoPDR, malaysia, myanmar, philippines, singapore, thailand, vietNam,
        timorLeste, china, japan, korea, australia, canada, unitedKingdom, india, newZealand, unitedStates,
    ].map { ($0.code, $0) })

    static let countries: [CountryCode] = all.keys.sorted()

    static func rules(for code: CountryCode) -> CountryHolidays? { all[code] }

    /// Days written in a data table: ISO dates separated by spaces.
    static func days(_ text: String) -> [Day] {
        text.split(separator: " ").map { item in
            guard let day = Day(iso: item) else { preconditionFailure("malformed date \(item) in holiday data") }
            return day
        }
    }

    /// A table of days by Gregorian year, written as for `days`.
    static func table(_ text: String) -> [Int: [Day]] {
        Dictionary(grouping: days(text), by: \.year)
    }

    /// Weekend days, the usual substitute trigger.
    static let saturdayAndSunday: Set<Weekday> = [.saturday, .sunday]
}
