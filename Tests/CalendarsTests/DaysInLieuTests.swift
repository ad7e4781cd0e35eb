import Testing
@testable import Calendars

private typealias S = HolidayTestSupport

/// Days in lieu, one rule per country, and the cases that got them wrong.
@Suite struct DaysInLieuTests {
    /// Property: every day in lieu of an ASEAN member follows its country's
    /// rule: it names a holiday of which some possible day fell on a day
    /// the rule compensates (a trigger weekday, or for a clash rule another
    /// holiday), it falls after that day within a week, on a working day,
    /// and it is not itself another holiday.
    @Test(arguments: ["BN", "LA", "MY", "SG", "TH", "VN"])
    func everyDayInLieuFollowsTheRule(_ code: String) throws {
        let country = CountryCode(code)
        let rules = try #require(HolidayData.rules(for: country))
        let weekend = Weekends.of(try #require(Countries.named(country)))
        for year in 2020...2030 {
            let holidays = try Holidays.of(country, year: year) + Holidays.of(country, year: year - 1).filter { $0.date.month == 12 }
            for lieu in holidays where lieu.provenance.source.hasPrefix("day in lieu") {
                let rule = try #require(rules.substitution)
                let base = holidays.filter { $0 != lieu && rule.name(for: $0.name) == lieu.name }
                #expect(!base.isEmpty, "\(lieu.date) \(lieu.name)")
                let lost = base.flatMap(\.possibleDates).filter { rule.triggers.contains($0.weekday) || rule.onClash }
                #expect(lost.contains { (1...7).contains($0.days(to: lieu.date)) }, "\(lieu.date) \(lieu.name)")
                #expect(!weekend.contains(lieu.date.weekday), "\(lieu.date) \(lieu.name)")
                #expect(!holidays.contains { $0.date == lieu.date && $0 != lieu && !$0.provenance.source.hasPrefix("day in lieu") },
                        "\(lieu.date) \(lieu.name) falls on another holiday")
            }
        }
    }

    /// Malaysia, Holidays Act 1951 s. 3: Sunday holidays give Monday
    /// (Maulidur Rasul on Sunday 9 October 2022 → 10 October; Hari Raya
    /// Aidilfitri's second day on Sunday 22 March 2026 → 23 March, Cabinet's
    /// 2026 list), and a clash of two holidays gives nothing (Malaysia Day
    /// and Maulidur Rasul on Monday 16 September 2024; Cabinet's 2024 list
    /// has no 17 September).
    @Test func malaysia() throws {
        #expect(try S.days("MY", 2022).contains(S.day("2022-10-10")))
        #expect(try S.days("MY", 2026).contains(S.day("2026-03-23")))
        #expect(try !S.days("MY", 2024).contains(S.day("2024-09-17")))
        // Maulidur Rasul 2027 is forecast for Sunday 15 August (or the day
        // before): Monday 16 August is a possible day in lieu.
        let possible = try Holidays.of("MY", year: 2027).flatMap(\.possibleDates)
        #expect(possible.contains(S.day("2027-08-16")))
    }

    /// Viet Nam, Labour Code 2019 art. 111(3): one working day per holiday
    /// day lost to the weekend. Without a Prime Minister's decision (2028),
    /// Tet's five days from the eve (25-29 January 2028: Tuesday to
    /// Saturday) lose Saturday only, so one day; in 2030 (1-5 February,
    /// Friday to Tuesday... the eve on 2 February) two weekend days give two.
    @Test func vietNamOneDayPerDayLost() throws {
        for year in 2027...2035 {
            let holidays = try Holidays.of("VN", year: year)
            let tet = holidays.filter { $0.name == "Lunar New Year (Tet)" }
            let lost = tet.filter { [.saturday, .sunday].contains($0.date.weekday) }.count
            let lieu = holidays.filter { $0.name == "Compensatory day off for Lunar New Year (Tet)" }.count
            #expect(lieu == lost, "\(year): \(lost) weekend days of Tet, \(lieu) days in lieu")
        }
    }

    /// Thailand: New Year's Eve earns a day in lieu like any other holiday;
    /// for Sunday 31 December 2023 the Cabinet gave Friday 29 December
    /// (and no 2 January 2024).
    @Test func thailandNewYearsEve() throws {
        #expect(try S.days("TH", 2023).contains(S.day("2023-12-29")))
        #expect(try !S.days("TH", 2024).contains(S.day("2024-01-02")))
        // 31 December 2028 is a Sunday; 1 January 2029 a Monday holiday: Tuesday 2 January in lieu.
        #expect(try S.days("TH", 2029).contains(S.day("2029-01-02")))
    }
}
