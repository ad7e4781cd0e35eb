import Testing
@testable import Calendars

/// Beyond the published tables: the lunar-phase approximations reproduce
/// the tables' years where the calendars agree, and are marked uncertain.
struct ApproximationTests {
    typealias S = HolidayTestSupport

    /// Deepavali: the day before the new moon (IST) between 16 October and 15 November.
    @Test(arguments: [(2020, "2020-11-14"), (2021, "2021-11-04"), (2022, "2022-10-24"), (2023, "2023-11-12"),
                      (2024, "2024-10-31"), (2025, "2025-10-20"), (2026, "2026-11-08")])
    func deepavaliApproximationMatchesTheTables(_ year: Int, _ iso: String) throws {
        let dates = try HolidayData.deepavaliApproximation.dates(in: year)
        #expect(dates.map(\.day) == [S.day(iso)])
    }

    /// Vesak as the full moon of the 4th lunar month seen from Singapore.
    @Test(arguments: [(2020, "2020-05-07"), (2021, "2021-05-26"), (2022, "2022-05-16"), (2024, "2024-05-22"), (2025, "2025-05-12")])
    func vesakApproximation(_ year: Int, _ iso: String) throws {
        let rule = LunarPhaseRule(phase: .full, anchor: .lunarMonth(4), offsetMinutes: 480)
        let date = try #require(try rule.dates(in: year).first)
        #expect(date.isUncertain)
        #expect(date.possibleOffsets.map { date.day.adding(days: $0) }.contains(S.day(iso)))
    }

    /// Water Festival: the full moon of the 10th lunar month seen from Phnom
    /// Penh is its middle day, or its last when the moon is full after midnight (2024).
    @Test(arguments: [(2022, "2022-11-08"), (2023, "2023-11-27"), (2024, "2024-11-15")])
    func waterFestivalApproximation(_ year: Int, _ iso: String) throws {
        let rule = LunarPhaseRule(phase: .full, anchor: .lunarMonth(10), offsetMinutes: 420)
        let date = try #require(try rule.dates(in: year).first)
        #expect(date.possibleOffsets.map { date.day.adding(days: $0) }.contains(S.day(iso)))
    }

    @Test func beyondTheTablesTheDaysAreUncertain() throws {
        let vesak = try #require(try Holidays.of("SG", year: 2040).first { $0.name == "Vesak Day" })
        #expect(vesak.isUncertain && vesak.possibleDates.count == 3)
        let pchumBen = try Holidays.of("KH", year: 2040).filter { $0.name == "Pchum Ben" }
        #expect(pchumBen.count == 3 && pchumBen.allSatisfy(\.isUncertain))
        let published = try #require(try Holidays.of("SG", year: 2024).first { $0.name == "Vesak Day" })
        #expect(!published.isUncertain)
    }

    /// Tet beyond the Prime Minister's decisions: the eve and four days.
    @Test func tetBeyondTheDecisions() throws {
        let tet = try Holidays.of("VN", year: 2030).filter { $0.name == "Lunar New Year (Tet)" }
        #expect(tet.map(\.date) == Array(DayRange(S.day("2030-02-01"), S.day("2030-02-05"))!))
    }

    @Test func solarTerms() throws {
        #expect(Astronomy.dayOfSolarLongitude(0, year: 2024, offsetMinutes: 540) == S.day("2024-03-20"))
        #expect(Astronomy.dayOfSolarLongitude(180, year: 2024, offsetMinutes: 540) == S.day("2024-09-22"))
        #expect(Astronomy.dayOfSolarLongitude(15, year: 2023, offsetMinutes: 480) == S.day("2023-04-05"))
        #expect(Astronomy.dayOfSolarLongitude(270, year: 2024, offsetMinutes: 420) == S.day("2024-12-21"))
    }
}
