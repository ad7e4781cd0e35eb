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
        if let cached = cache.lookup(country, year) { return cached }
        guard let rules = HolidayData.rules(for: country), let info = Countries.named(country) else {
            throw .unknownCountry(country)
        }
        let computed = try rules.holidays(in: year, weekend: Weekends.of(info))
        cache.store(country, year, computed)
        return computed
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
    private static let cache = Cache()

    private final class Cache: @unchecked Sendable {
        private struct Key: Hashable {
            let country: CountryCode
            let year: Int
        }

        private let lock = NSLock()
        private var entries: [Key: [Holiday]] = [:]

        func lookup(_ country: CountryCode, _ year: Int) -> [Holiday]? {
            lock.lock()
            defer { lock.unlock() }
            return entries[Key(country: country, year: year)]
        }

        func store(_ country: CountryCode, _ year: Int, _ holidays: [Holiday]) {
            lock.lock()
            defer { lock.unlock() }
            entries[Key(country: country, year: year)] = holidays
        }
    }
}
