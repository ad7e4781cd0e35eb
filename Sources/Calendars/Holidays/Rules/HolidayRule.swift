/// A way of finding the days of a holiday in a Gregorian year. Each kind of
/// rule lives in its own file.
protocol HolidayRule: Sendable {
    /// The holiday's (first) days falling in `year`, usually one.
    func dates(in year: Int) throws(CalendarError) -> [RuleDate]
}
