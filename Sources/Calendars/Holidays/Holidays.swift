import Foundation

/// The public holidays of the countries Convene knows, at national level,
/// for 1990-2100: rules (fixed days, nth weekdays, Easter, the Chinese,
/// Vietnamese and Islamic calendars), tables of the lunar holidays that
/// governments have published, substitute days as each country gives them,
/// and official decisions for the years on record. Docs/Holidays.md lists
/// the sources and the gaps.
public enum Holidays {
    /// The years the rules cover.
    public static let supportedYears: ClosedRange<Int> = 1990...2100

    /// Every holiday of `country` in `year`, sorted by date, then name.
    public static func of(_ country: CountryCode, year: Int) throws(CalendarError) -> [Holiday] {
        guard supportedYears.contains(year) else { throw .yearOutOfRange(year, supportedYears) }
        return try cache.value(for: CacheKey(country: country, year: year)) { () throws(CalendarError) in
            guard let rules = HolidayData.rules(for: country), let info = Countries.named(country) else {
                throw .unknownCountry(country)
            }
            return try rules.holidays(in: year, weekend: Weekends.of(info))
        }
    }

    /// The holidays of `country` falling in `range`, sorted by date, then name.
    public static func of(_ country: CountryCode, in range: DayRange) throws(CalendarError) -> [Holiday] {
        var result: [Holiday] = []
        for year in range.first.year...range.last.year {
            result += try of(country, year: year).filter { range.contains($0.date) }
        }
        return result
    }

    /// The countries that have holiday rules, in code order.
    public static var supportedCountries: [CountryCode] { HolidayData.countries }

    /// Computed years, kept because planners ask for the same years again
    /// and again. A lock, not an actor, so that callers stay synchronous.
    private static let cache = LockedCache<CacheKey, [Holiday]>()

    private struct CacheKey: Hashable {
        let country: CountryCode
        let year: Int
    }
}
