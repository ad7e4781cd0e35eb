import Testing
@testable import Calendars

/// Islamic holidays: official days where governments published them, and
/// otherwise the Umm al-Qura day, uncertain, with the next day possible.
struct IslamicHolidayTests {
    typealias S = HolidayTestSupport

    /// Hari Raya Aidilfitri 2023 was 22 April in BN, ID and MY, a day after
    /// the Umm al-Qura date (21 April).
    @Test func eidAlFitr2023FollowedMoonSighting() throws {
        let ummAlQura = try IslamicRule.tabulated(month: 10, day: 1, in: 2023, calendar: .islamicUmmAlQura)
        #expect(ummAlQura == [S.day("2023-04-21")])
        for (country, name) in [("BN", "Hari Raya Aidilfitri"), ("ID", "Eid al-Fitr"), ("MY", "Hari Raya Aidilfitri")] {
            let first = try Holidays.of(CountryCode(country), year: 2023).first { $0.name == name }
            #expect(first?.date == S.day("2023-04-22"))
            #expect(first?.isUncertain == false)
            #expect(first?.possibleDates == [S.day("2023-04-22")])
        }
    }

    @Test(arguments: ["BN", "ID", "MY", "SG", "PH", "TL", "IN"])
    func beyondThePublishedYearsIslamicDaysAreUncertain(_ country: String) throws {
        let holidays = try Holidays.of(CountryCode(country), year: 2031)
        let islamic = holidays.filter {
            ["Raya", "Eid", "Id-ul", "Muharram", "Prophet", "Milad", "Isra", "Ramadan", "Nuzul", "Islamic"].contains(where: $0.name.contains)
        }
        #expect(!islamic.isEmpty)
        for holiday in islamic {
            #expect(holiday.isUncertain, "\(holiday.name)")
            #expect(holiday.provenance.kind == "provisional", "\(holiday.name)")
            if holiday.name.contains("(") {
                // A day in lieu: the days in lieu of every possible date of its holiday.
                #expect(holiday.possibleDates.contains(holiday.date), "\(holiday.name)")
            } else {
                #expect(holiday.possibleDates == [holiday.date, holiday.date.adding(days: 1)], "\(holiday.name)")
            }
        }
    }

    @Test func uncertainDatesComeFromUmmAlQura() throws {
        // 1 Shawwal 1452 (Umm al-Qura) and 10 Dhu al-Hijjah 1452.
        let fitr = try CalendarDate(system: .islamicUmmAlQura, year: 1452, month: 10, day: 1).gregorian()
        let adha = try CalendarDate(system: .islamicUmmAlQura, year: 1452, month: 12, day: 10).gregorian()
        let my = try Holidays.of("MY", year: fitr.year)
        #expect(my.contains { $0.name == "Hari Raya Aidilfitri" && $0.date == fitr && $0.possibleDates.contains(fitr.adding(days: 1)) })
        #expect(my.contains { $0.name == "Hari Raya Haji" && $0.date == adha })
    }

    /// Years in which an Islamic holiday falls twice in one Gregorian year
    /// (the Hijri year is 11 days shorter) list both.
    @Test func twoOccurrencesInOneGregorianYear() throws {
        let days = try IslamicRule.tabulated(month: 1, day: 1, in: 2008, calendar: .islamicUmmAlQura)
        #expect(days.count == 2)
        let timorLeste = try Holidays.of("TL", year: 2033).filter { $0.name == "Eid al-Fitr" }
        #expect(timorLeste.count == 2)
    }

    @Test func ramadanPeriods() throws {
        let year2024 = try #require(DayRange(S.day("2024-01-01"), S.day("2024-12-31")))
        #expect(try Ramadan.periods(overlapping: year2024) == [DayRange(S.day("2024-03-11"), S.day("2024-04-09"))])
        let april2023 = try #require(DayRange(S.day("2023-04-15"), S.day("2023-04-30")))
        #expect(try Ramadan.periods(overlapping: april2023) == [DayRange(S.day("2023-03-23"), S.day("2023-04-20"))])
        let autumn = try #require(DayRange(S.day("2024-06-01"), S.day("2024-12-31")))
        #expect(try Ramadan.periods(overlapping: autumn).isEmpty)
        // 2030 holds the end of one Ramadan and the start of the next.
        let year2030 = try #require(DayRange(S.day("2030-01-01"), S.day("2030-12-31")))
        #expect(try Ramadan.periods(overlapping: year2030).count == 2)
    }
}
