/// The month of fasting, when in-person meetings in the members that
/// observe it cost more (DESIGN.md, soft costs).
public enum Ramadan {
    /// Each Ramadan overlapping `range`: from 1 Ramadan to the day before
    /// 1 Shawwal, by the Umm al-Qura calendar. Moon sighting in BN, ID, MY
    /// and SG may start and end it a day later.
    public static func periods(overlapping range: DayRange) throws(CalendarError) -> [DayRange] {
        let first = try CalendarDate(range.first.adding(days: -31), in: .islamicUmmAlQura).year
        let last = try CalendarDate(range.last, in: .islamicUmmAlQura).year
        var result: [DayRange] = []
        for year in first...max(first, last) {
            let start = try CalendarDate(system: .islamicUmmAlQura, year: year, month: 9, day: 1).gregorian()
            let end = try CalendarDate(system: .islamicUmmAlQura, year: year, month: 10, day: 1).gregorian().adding(days: -1)
            if let period = DayRange(start, end), period.overlaps(range) { result.append(period) }
        }
        return result
    }
}
