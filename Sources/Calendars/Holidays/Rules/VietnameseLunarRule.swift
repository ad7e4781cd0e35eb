/// A day of the Vietnamese lunisolar calendar (reckoned in UTC+7), plus an
/// offset in days: Tet is 1/1, Hung Kings' Commemoration 10/3.
struct VietnameseLunarRule: HolidayRule {
    let month: Int
    let day: Int
    var offset = 0

    func dates(in year: Int) throws(CalendarError) -> [RuleDate] {
        try LunisolarCalculator.vietnamese.gregorianDays(month: month, day: day, offset: offset, in: year)
            .map { RuleDate($0) }
    }
}
