/// The nth weekday of a month (the 3rd Monday of January), the last one
/// (`n == -1`: the last Monday of May), or the last such weekday on or
/// before a day (Canada's Victoria Day: the Monday on or before 24 May).
struct NthWeekdayRule: HolidayRule {
    enum Anchor: Sendable {
        case nth(Int)
        case onOrBefore(day: Int)
    }

    let month: Int
    let weekday: Weekday
    let anchor: Anchor

    init(_ n: Int, _ weekday: Weekday, of month: Int) {
        self.month = month
        self.weekday = weekday
        self.anchor = .nth(n)
    }

    init(_ weekday: Weekday, onOrBefore day: Int, of month: Int) {
        self.month = month
        self.weekday = weekday
        self.anchor = .onOrBefore(day: day)
    }

    func dates(in year: Int) throws(CalendarError) -> [RuleDate] {
        guard let first = Day(year: year, month: month, day: 1) else { return [] }
        let length = Day.daysIn(month: month, year: year)
        let result: Day?
        switch anchor {
        case .nth(let n) where n > 0:
            let shift = (weekday.rawValue - first.weekday.rawValue + 7) % 7
            result = Day(year: year, month: month, day: 1 + shift + 7 * (n - 1))
        case .nth:
            let last = first.adding(days: length - 1)
            result = last.adding(days: -((last.weekday.rawValue - weekday.rawValue + 7) % 7))
        case .onOrBefore(let day):
            guard let limit = Day(year: year, month: month, day: day) else { return [] }
            result = limit.adding(days: -((limit.weekday.rawValue - weekday.rawValue + 7) % 7))
        }
        guard let result, result.month == month else { return [] }
        return [RuleDate(result)]
    }
}
