import CICU
import Testing
@testable import Calendars

/// Lunar and lunisolar conversions: known new years, and round trips over
/// every supported day.
struct LunarCalendarTests {
    private func day(_ text: String) -> Day { Day(iso: text)! }

    @Test func tet2007IsADayEarlierInVietNamThanInChina() throws {
        let vn = try CalendarDate(system: .vietnamese, year: 2007, month: 1, day: 1).gregorian()
        #expect(vn == day("2007-02-17"))
        let cn = try CalendarDate(day("2007-02-18"), in: .chinese)
        #expect(cn.month == 1 && cn.day == 1 && !cn.isLeapMonth)
        let cnEve = try CalendarDate(day("2007-02-17"), in: .chinese)
        #expect(cnEve.month == 12)
    }

    /// The new moon of 2 February 2030 falls at 16:07 UTC: 23:07 in Ha Noi
    /// but 00:07 on 3 February in Beijing. So Tet 2030 is 2 February in
    /// Viet Nam and the Chinese New Year 3 February (Hong Kong Observatory),
    /// which ICU 72's coarser moon misses by a day.
    @Test func tet2030() throws {
        let vn = try CalendarDate(system: .vietnamese, year: 2030, month: 1, day: 1).gregorian()
        #expect(vn == day("2030-02-02"))
        let cn = try LunisolarCalculator.chinese.day(of: CalendarDate(system: .chinese, year: 4667, month: 1, day: 1))
        #expect(cn == day("2030-02-03"))
    }

    /// Where Convene's Chinese calendar and ICU 72's part, the almanac
    /// (Hong Kong Observatory) sides with Convene: 2027's new year is 6 February.
    @Test func chineseNewYear2027() throws {
        let cny = try LunisolarCalculator.chinese.day(of: CalendarDate(system: .chinese, year: 4664, month: 1, day: 1))
        #expect(cny == day("2027-02-06"))
    }

    /// ICU's Chinese calendar round-trips every day 1990-2100, and agrees
    /// with Convene's on every day except around seven new moons within
    /// minutes of Beijing midnight. (One pass: ICU's Chinese conversions
    /// are the slowest, some 0.1 ms each.)
    @Test func chineseRoundTripAndAgreementWithSwift() throws {
        let first = day("1990-01-01").daysSince1970
        let last = day("2100-12-31").daysSince1970
        var failures = 0
        var years = Set<Int>()
        for n in first...last {
            let gregorian = Day(daysSince1970: n)
            let icu = try CalendarDate(gregorian, in: .chinese)
            if try icu.gregorian() != gregorian { failures += 1 }
            let swift = LunisolarCalculator.chinese.date(of: gregorian)
            if (icu.year, icu.month, icu.isLeapMonth, icu.day) != (swift.year, swift.month, swift.isLeapMonth, swift.day) {
                years.insert(gregorian.year)
            }
        }
        #expect(failures == 0)
        #expect(years == [1999, 2012, 2018, 2027, 2030, 2057, 2070])
    }

    /// The shim refuses what it cannot answer correctly: an unknown calendar
    /// (ICU would silently fall back to Gregorian) and, before ICU 75,
    /// `dangi`, whose cache ICU shares with `chinese` (ICU-9972).
    @Test func shimRefusesUnknownCalendarsAndDangiOnOldICU() throws {
        var out = CICUCalendarDate()
        var error = [CChar](repeating: 0, count: 256)
        #expect(cicu_from_gregorian("no-such-calendar", 2024, 1, 1, &out, &error, 256) < 0)
        let major = Int(ICU.version.prefix { $0 != "." }) ?? 0
        if major < 75 {
            #expect(cicu_from_gregorian("dangi", 2024, 1, 1, &out, &error, 256) < 0)
        }
        // The Swift wrapper turns the refusal into a typed error.
        #expect(throws: CalendarError.self) {
            try CalendarDate(system: .chinese, year: 4661, month: 13, day: 1).gregorian()
        }
    }

    @Test func islamicAndOtherIcuCalendars() throws {
        // 1 Shawwal 1444 was 21 April 2023 in the Umm al-Qura calendar.
        #expect(try CalendarDate(system: .islamicUmmAlQura, year: 1444, month: 10, day: 1).gregorian() == day("2023-04-21"))
        let buddhist = try CalendarDate(day("2024-05-22"), in: .buddhist)
        #expect(buddhist.year == 2567 && buddhist.month == 5 && buddhist.day == 22)
        let saka = try CalendarDate(day("2024-03-21"), in: .indian)
        #expect(saka.year == 1946 && saka.month == 1 && saka.day == 1)
        let seollal = try CalendarDate(system: .dangi, year: 4357, month: 1, day: 1).gregorian()
        #expect(seollal == day("2024-02-10"))
    }

    /// Gregorian → calendar → Gregorian for every day 1990-2100 (Chinese above).
    @Test(arguments: CalendarSystem.allCases.filter { $0 != .chinese })
    func roundTripEveryDay(_ system: CalendarSystem) throws {
        let first = day("1990-01-01").daysSince1970
        let last = day("2100-12-31").daysSince1970
        var failures = 0
        for n in first...last {
            let gregorian = Day(daysSince1970: n)
            let date = try CalendarDate(gregorian, in: system)
            if try date.gregorian() != gregorian { failures += 1 }
        }
        #expect(failures == 0)
    }
}
