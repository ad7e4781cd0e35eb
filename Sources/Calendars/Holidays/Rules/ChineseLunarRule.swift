/// A day of the Chinese lunisolar calendar (Chinese New Year, Mid-Autumn),
/// or of the Korean one (Seollal, Chuseok), plus an offset in days (−1 for
/// the eve of the new year, whatever the length of the 12th month).
///
/// Computed by `LunisolarCalculator` in UTC+8 (UTC+9 for Korea) rather than
/// by ICU's `chinese`: ICU 72's moon is coarse enough to put seven new moons
/// of 1990-2100 on the wrong side of midnight, among them the new years of
/// 2027 (6 February) and 2030 (3 February).
struct ChineseLunarRule: HolidayRule {
    let month: Int
    let day: Int
    var offset = 0
    var calculator: LunisolarCalculator = .chinese

    func dates(in year: Int) throws(CalendarError) -> [RuleDate] {
        try calculator.gregorianDays(month: month, day: day, offset: offset, in: year).map { RuleDate($0) }
    }
}
