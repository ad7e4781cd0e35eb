import Calendars

/// When each cycle of a rotation begins: a known cycle's first day and the
/// term length in whole years. Membership follows these dates: a member
/// takes part in the cycles that begin on or after the day it joined.
public struct CycleDates: Hashable, Sendable {
    /// A cycle whose first day is known.
    public let cycle: Int
    /// That cycle's first day.
    public let start: Day
    /// The term length in years (1 for a yearly chair, 2 for ACCSM).
    public let years: Int

    public init(cycle: Int, start: Day, years: Int) {
        precondition(years >= 1, "a term lasts at least a year")
        self.cycle = cycle
        self.start = start
        self.years = years
    }

    /// Cycles numbered by calendar year, each from 1 January (ASEAN Charter
    /// art. 31(2): a single Chairmanship in a calendar year).
    public static let calendarYears = CycleDates(cycle: 2000, start: Day(year: 2000, month: 1, day: 1)!, years: 1)

    /// The first day of `cycle` (29 February falls back to 28 February).
    public func start(of cycle: Int) -> Day {
        let year = start.year + (cycle - self.cycle) * years
        return Day(year: year, month: start.month, day: start.day)
            ?? Day(year: year, month: start.month, day: Day.daysIn(month: start.month, year: year))!
    }

    /// The last day of `cycle`: the day before the next one begins.
    public func end(of cycle: Int) -> Day { start(of: cycle + 1).adding(days: -1) }

    /// The cycle under way on `day`.
    public func cycle(on day: Day) -> Int {
        var guess = cycle + Int((Double(start.days(to: day)) / (365.2425 * Double(years))).rounded(.down))
        while start(of: guess) > day { guess -= 1 }
        while start(of: guess + 1) <= day { guess += 1 }
        return guess
    }
}
