/// Why a calendar computation failed. Libraries throw these; only the CLI
/// turns them into messages and exit codes.
public enum CalendarError: Error, Equatable, Sendable, CustomStringConvertible {
    /// ICU refused a conversion (an unknown calendar, a field out of range).
    case icu(ICUError)
    /// The fields do not name a day of that calendar (a leap flag on a month
    /// that has no leap, a 30th day of a 29-day month).
    case noSuchDate(String)
    /// The year lies outside what the holiday tables and rules cover.
    case yearOutOfRange(Int, ClosedRange<Int>)
    /// Convene has no holiday rules for this country.
    case unknownCountry(CountryCode)
    /// A shipped official holiday table is malformed or names an unknown holiday.
    case badTable(HolidayTableError)

    public var description: String {
        switch self {
        case .icu(let error): error.description
        case .noSuchDate(let what): "no such date: \(what)"
        case .yearOutOfRange(let year, let range):
            "year \(year) is outside the supported years \(range.lowerBound)-\(range.upperBound)"
        case .unknownCountry(let code): "no holiday rules for country \"\(code)\""
        case .badTable(let error): error.description
        }
    }
}
