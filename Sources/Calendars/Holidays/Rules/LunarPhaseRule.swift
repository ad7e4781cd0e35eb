/// A day found from a full or new moon seen from a country's zone: the
/// approximation of Theravada and Hindu holidays beyond the published
/// tables. The moon is either the one of a month of the Chinese-style
/// lunisolar calendar reckoned in that zone (Vesak ≈ full moon of the 4th
/// month), or the first one inside a window of Gregorian days (Deepavali ≈
/// the day before the new moon between 18 October and 16 November). Always
/// uncertain: the Thai, Khmer, Lao, Myanmar and Hindu calendars insert
/// their leap months by rules of their own, so in some years the true day
/// is a month away.
struct LunarPhaseRule: HolidayRule {
    enum Anchor: Sendable {
        case lunarMonth(Int)
        case window(from: (month: Int, day: Int), to: (month: Int, day: Int))
    }

    let phase: Astronomy.Phase
    let anchor: Anchor
    /// Minutes east of UTC of the zone the moon is seen from.
    let offsetMinutes: Int
    /// Days from the moon's day to the holiday (Pchum Ben: −1).
    var offset = 0

    func dates(in year: Int) throws(CalendarError) -> [RuleDate] {
        let calculator = LunisolarCalculator.zone(offsetMinutes)
        let moon: Day?
        switch anchor {
        case .lunarMonth(let month):
            let start = try calculator.monthStart(year: year, month: month, isLeapMonth: false)
            let k = start.lunation
            moon = phase == .full ? Day(daysSince1970: calculator.fullMoonDay(k)) : Day(daysSince1970: start.start)
        case .window(let from, let to):
            guard let first = Day(year: year, month: from.month, day: from.day),
                  let last = Day(year: year, month: to.month, day: to.day) else { return [] }
            let days = phase == .full ? calculator.fullMoonDays(from: first, to: last)
                                      : calculator.newMoonDays(from: first, to: last)
            moon = days.first
        }
        guard let moon else { return [] }
        return [RuleDate(moon.adding(days: offset), uncertain: true, possibleOffsets: [-1, 0, 1])]
    }
}
