import Calendars

/// What the calendars say about each day of the horizon for each country
/// involved: weekends, holidays (major or not, certain or not) and Ramadan.
/// Built once, then looked up by the option generator and the checker.
public struct CalendarFacts: Sendable {
    /// What a day is for one country.
    public struct DayFacts: Sendable, Hashable {
        public var isWeekend = false
        /// Major holidays on this day, certain or possible.
        public var major: [Holiday] = []
        /// Other holidays on this day, certain or possible.
        public var minor: [Holiday] = []
        public var isRamadan = false

        public var isFree: Bool { !isWeekend && major.isEmpty && minor.isEmpty }
    }

    public let range: DayRange
    private let facts: [CountryCode: [Day: DayFacts]]
    private let weekends: [CountryCode: Set<Weekday>]

    /// Gathers the facts of `countries` over `range` (widened by a week on
    /// each side, so that "next to a holiday" works at the edges).
    public init(countries: [CountryCode], range: DayRange, extraHolidays: [Holiday] = []) throws {
        let wide = DayRange(range.first.adding(days: -7), range.last.adding(days: 7))!
        self.range = wide
        var facts: [CountryCode: [Day: DayFacts]] = [:]
        var weekends: [CountryCode: Set<Weekday>] = [:]
        let ramadan = try Ramadan.periods(overlapping: wide)
        for code in Set(countries).sorted() {
            guard let country = Countries.named(code) else { continue }
            let weekend = Weekends.of(country)
            weekends[code] = weekend
            var days: [Day: DayFacts] = [:]
            let holidays = try Holidays.of(code, in: wide) + extraHolidays.filter { $0.country == code }
            for holiday in holidays {
                for day in Set(holiday.possibleDates + [holiday.date]) where wide.contains(day) {
                    if holiday.isMajor { days[day, default: DayFacts()].major.append(holiday) }
                    else { days[day, default: DayFacts()].minor.append(holiday) }
                }
            }
            if country.observesRamadan {
                for period in ramadan {
                    for day in period where wide.contains(day) { days[day, default: DayFacts()].isRamadan = true }
                }
            }
            facts[code] = days
        }
        self.facts = facts
        self.weekends = weekends
    }

    /// The facts of `day` for `country`.
    public func on(_ day: Day, for country: CountryCode) -> DayFacts {
        var result = facts[country]?[day] ?? DayFacts()
        result.isWeekend = weekends[country]?.contains(day.weekday) ?? false
        return result
    }

    /// The weekend days of a country.
    public func weekend(of country: CountryCode) -> Set<Weekday> { weekends[country] ?? [] }
}
