import Foundation

/// The Myanmar (Burmese) lunisolar calendar of the era since independence
/// (Myanmar years 1312 onwards, 1950 CE onwards), reckoned as the calendar
/// itself is: a mean solar year and a mean lunar month of the Thandeikta
/// system, an intercalary month (a second Waso) when the excess days of the
/// solar year over twelve lunar months pass a threshold, and an intercalary
/// day (a 30-day Nayon) when the full moons of Waso of two watat years lie
/// 30 days (little watat) or 31 days (big watat) beyond whole years of 354
/// days apart. Where the Myanmar Calendar Advisory Board decided otherwise,
/// the published exception tables below correct the computation.
///
/// Method after Yan Naing Aye, "Modern Myanmar Calendrical Calculations"
/// (cool-emerald.blogspot.com, 2013; the constants, the watat and full-moon
/// rules, and the exception tables of the third era). Days are civil days
/// in Myanmar, counted as Julian day numbers.
public enum MyanmarCalendar {
    /// The kind of a Myanmar year.
    public enum YearKind: Int, Sendable {
        /// 12 months, 354 days.
        case common = 0
        /// 13 months (a first Waso of 30 days), 384 days.
        case littleWatat = 1
        /// 13 months and a 30-day Nayon, 385 days.
        case bigWatat = 2
    }

    /// The months, numbered as the calendar numbers them (Tagu 1 ...
    /// Tabaung 12); the intercalary first Waso of watat years is 0.
    public enum Month: Int, Sendable, CaseIterable {
        case firstWaso = 0, tagu, kason, nayon, waso, wagaung, tawthalin, thadingyut, tazaungmon, nadaw, pyatho, tabodwe, tabaung
    }

    /// One Myanmar year's shape: its kind and the first day of its Tagu.
    public struct Year: Sendable, Equatable {
        /// The Myanmar era year (1386 began in April 2024).
        public let number: Int
        public let kind: YearKind
        /// 1 Tagu, as a Julian day number.
        let firstOfTagu: Int

        /// The length of `month` in days (29 or 30), or nil for a first
        /// Waso in a common year.
        public func length(of month: Month) -> Int? {
            switch month {
            case .firstWaso: return kind == .common ? nil : 30
            case .nayon: return kind == .bigWatat ? 30 : 29
            default: return month.rawValue % 2 == 0 ? 30 : 29
            }
        }

        /// The civil day of day `day` (1-30; 15 is the full moon) of `month`.
        public func day(_ day: Int, of month: Month) throws(CalendarError) -> Day {
            guard let length = length(of: month), (1...length).contains(day) else {
                throw .noSuchDate("Myanmar year \(number), \(month), day \(day)")
            }
            let offset = MyanmarCalendar.monthOrder.prefix { $0 != month }.reduce(0) { $0 + (self.length(of: $1) ?? 0) }
            return MyanmarCalendar.civilDay(julianDay: firstOfTagu + offset + day - 1)
        }

        /// The full-moon day of `month` (the 15th waxing day).
        public func fullMoon(of month: Month) throws(CalendarError) -> Day { try day(15, of: month) }
    }

    /// The days of the Thingyan (water festival) ending a Myanmar year and
    /// the new year's day after it: from Akyo (the eve) through Akya (the
    /// Sun's descent into Aries by the calendar's reckoning), the Akyat days
    /// and Atat (the rise), then New Year's Day.
    public struct Thingyan: Sendable, Equatable {
        public let akyo: Day
        public let akya: Day
        public let atat: Day
        /// Day 1 of the new Myanmar year.
        public var newYear: Day { atat.adding(days: 1) }
        /// Akyo to Atat, 4 or 5 days.
        public var days: [Day] { (0...akyo.days(to: atat)).map { akyo.adding(days: $0) } }
    }

    /// The first Myanmar year this implementation reckons: the third era
    /// began with Myanmar year 1312 (1950 CE); earlier eras used other
    /// constants, and Convene needs none of them.
    public static let firstYear = 1312

    /// The Myanmar year whose new year falls in April of Gregorian `year`.
    public static func year(beginningIn gregorianYear: Int) -> Int { gregorianYear - 638 }

    /// The shape of Myanmar year `number`.
    public static func year(_ number: Int) throws(CalendarError) -> Year {
        guard number >= firstYear + 3 else { throw .yearOutOfRange(number, (firstYear + 3)...Int.max) }
        // The full moon of (second) Waso fixes the year: find the last
        // watat year before this one (never more than three back).
        var back = 1
        var previous = watatAndFullMoon(number - back)
        while !previous.isWatat && back < 3 {
            back += 1
            previous = watatAndFullMoon(number - back)
        }
        let this = watatAndFullMoon(number)
        let waso = previous.fullMoonOfWaso + 354 * back
        var kind = YearKind.common
        if this.isWatat {
            // 30 days beyond whole years of 354: little watat; 31: big watat.
            let excess = (this.fullMoonOfWaso - previous.fullMoonOfWaso) % 354
            kind = excess >= 31 ? .bigWatat : .littleWatat
        }
        // In a common year (second) Waso's full moon is 102 days after 1 Tagu.
        return Year(number: number, kind: kind, firstOfTagu: waso - 102)
    }

    /// The Thingyan ending Myanmar year `number - 1` and beginning `number`.
    public static func thingyan(beginning number: Int) -> Thingyan {
        let atatTime = solarYear * Double(number) + epoch
        // The Akya time precedes the Atat time by 2.169918982 days in the third era.
        let akyaTime = atatTime - 2.169918982
        let akya = civilDay(julianDay: Int(akyaTime.rounded()))
        return Thingyan(akyo: akya.adding(days: -1), akya: akya, atat: civilDay(julianDay: Int(atatTime.rounded())))
    }

    // MARK: The calendar's constants and rules

    /// Calendar order of the months in a year (first Waso only in watat years).
    static let monthOrder: [Month] = [.tagu, .kason, .nayon, .firstWaso, .waso, .wagaung, .tawthalin, .thadingyut,
                                      .tazaungmon, .nadaw, .pyatho, .tabodwe, .tabaung]

    /// The Thandeikta solar year, 1577917828 / 4320000 days (365.2587565).
    static let solarYear = 1577917828.0 / 4320000.0
    /// The mean lunar month, 1577917828 / 53433336 days (29.53058795).
    static let lunarMonth = 1577917828.0 / 53433336.0
    /// The start of Myanmar year 0 as a Julian date in Myanmar time.
    static let epoch = 1954168.050623
    /// Third era: the watat offset and the number of months the excess
    /// days are reckoned over.
    static let watatOffset = -0.5
    static let excessMonths = 8.0

    /// Years whose full moon of Waso the Board set a day away from the
    /// computation (third era): year → days to add.
    static let fullMoonExceptions: [Int: Double] = [1377: 1]
    /// Years whose watat status the Board reversed (third era).
    static let watatExceptions: Set<Int> = [1344, 1345]

    /// Whether year `number` has an intercalary month, and the Julian day of
    /// its (second) Waso full moon (meaningful for watat years).
    static func watatAndFullMoon(_ number: Int) -> (isWatat: Bool, fullMoonOfWaso: Int) {
        let monthExcess = solarYear / 12 - lunarMonth
        var excess = (solarYear * Double(number + 3739)).truncatingRemainder(dividingBy: lunarMonth)
        if excess < monthExcess * (12 - excessMonths) { excess += lunarMonth }
        let offset = watatOffset + (fullMoonExceptions[number] ?? 0)
        let fullMoon = Int((solarYear * Double(number) + epoch - excess + 4.5 * lunarMonth + offset).rounded())
        var isWatat = excess >= lunarMonth - monthExcess * excessMonths
        if watatExceptions.contains(number) { isWatat.toggle() }
        return (isWatat, fullMoon)
    }

    /// Julian day number 2440588 is 1 January 1970.
    static func civilDay(julianDay: Int) -> Day { Day(daysSince1970: julianDay - 2_440_588) }
}
