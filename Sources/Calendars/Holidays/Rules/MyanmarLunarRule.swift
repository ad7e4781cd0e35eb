/// A day of the Myanmar calendar (`MyanmarCalendar`): the full moon of
/// Kason (day 15 of Kason), National Day (day 25 of Tazaungmon, the 10th
/// waning day), Kayin New Year (day 1 of Pyatho). Every Myanmar year whose
/// day falls in the Gregorian year counts: Kayin New Year fell on 13
/// January 2021 and on 30 December 2024, and not at all in 2023.
struct MyanmarLunarRule: HolidayRule {
    let month: MyanmarCalendar.Month
    let day: Int
    /// Days from the Myanmar day to the holiday (the eve of a full moon: −1).
    var offset = 0

    func dates(in year: Int) throws(CalendarError) -> [RuleDate] {
        let first = MyanmarCalendar.year(beginningIn: year)
        var result: [RuleDate] = []
        for number in (first - 1)...first {
            let date = try MyanmarCalendar.year(number).day(day, of: month).adding(days: offset)
            if date.year == year { result.append(RuleDate(date)) }
        }
        return result
    }
}
