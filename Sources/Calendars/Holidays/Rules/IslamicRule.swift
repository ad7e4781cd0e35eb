import Foundation

/// A day of the Islamic calendar (1 Shawwal, 10 Dhu al-Hijjah, ...).
///
/// ASEAN states fix these days by sighting the new moon (BN, ID, MY, SG by
/// the MABIMS criterion), often a day after the Umm al-Qura calendar:
/// Hari Raya Aidilfitri 2023 was 22 April in BN, ID and MY, the Umm
/// al-Qura date being 21 April. So a year in the country's `published`
/// table gives the official day; any other year gives ICU's Umm al-Qura day,
/// marked uncertain with the following day also possible.
struct IslamicRule: HolidayRule {
    let month: Int
    let day: Int
    /// Official days by Gregorian year, from the government's lists.
    var published: [Int: [Day]] = [:]
    var calendar: CalendarSystem = .islamicUmmAlQura

    func dates(in year: Int) throws(CalendarError) -> [RuleDate] {
        if let official = published[year] { return official.map { RuleDate($0, basis: .published) } }
        return try Self.tabulated(month: month, day: day, in: year, calendar: calendar)
            .map { RuleDate($0, uncertain: true, possibleOffsets: [0, 1]) }
    }

    /// The days of an Islamic month and day in a Gregorian year by the
    /// tabular `calendar` (one, or two when the lunar year's drift puts a
    /// second one in the same Gregorian year, as 1 Muharram in 2008).
    static func tabulated(month: Int, day: Int, in year: Int, calendar: CalendarSystem) throws(CalendarError) -> [Day] {
        let key = TabulatedKey(calendar: calendar, month: month, day: day, year: year)
        return try memo.value(for: key) { () throws(CalendarError) in
            try computeTabulated(month: month, day: day, in: year, calendar: calendar)
        }
    }

    private struct TabulatedKey: Hashable {
        let calendar: CalendarSystem
        let month: Int
        let day: Int
        let year: Int
    }

    /// Shared by every country observing the same day (seven of them keep Eid al-Fitr).
    private static let memo = LockedCache<TabulatedKey, [Day]>()

    private static func computeTabulated(month: Int, day: Int, in year: Int, calendar: CalendarSystem) throws(CalendarError) -> [Day] {
        guard let newYear = Day(year: year, month: 1, day: 1) else { return [] }
        let first = try CalendarDate(newYear, in: calendar).year
        var result: [Day] = []
        for hijri in first...(first + 2) {
            let date = try CalendarDate(system: calendar, year: hijri, month: month, day: day).gregorian()
            if date.year == year { result.append(date) }
        }
        return result
    }
}
