/// A day a fixed number of days from Western Easter Sunday (Good Friday is
/// −2, Easter Monday +1, Ascension +39, Corpus Christi +60).
struct EasterRule: HolidayRule {
    let offset: Int

    func dates(in year: Int) throws(CalendarError) -> [RuleDate] {
        [RuleDate(Self.easter(year).adding(days: offset))]
    }

    /// Easter Sunday of the Gregorian calendar by the anonymous computus
    /// (Meeus, *Astronomical Algorithms*, ch. 8).
    static func easter(_ year: Int) -> Day {
        let a = year % 19, b = year / 100, c = year % 100
        let d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3
        let h = (19 * a + b - d - g + 15) % 30
        let i = c / 4, k = c % 4
        let l = (32 + 2 * e + 2 * i - h - k) % 7
        let m = (a + 11 * h + 22 * l) / 451
        let month = (h + l - 7 * m + 114) / 31
        let day = (h + l - 7 * m + 114) % 31 + 1
        // March 22 ... April 25: always a real day.
        return Day(year: year, month: month, day: day) ?? Day(daysSince1970: 0)
    }
}
