import Testing
@testable import Calendars

private typealias S = HolidayTestSupport

/// The Myanmar calendar and Myanmar's Union holidays. Each year's
/// expectations cite the list they come from (see also the sources in
/// `HolidayData.myanmar`).
@Suite struct MyanmarCalendarTests {
    /// Law: the years tile the days. Each year starts where the one before
    /// ends (354, 384 or 385 days), and a watat year comes at least every
    /// third year, for every year Convene supports.
    @Test func yearsFollowOneAnother() throws {
        for gregorian in Holidays.supportedYears {
            let number = MyanmarCalendar.year(beginningIn: gregorian)
            let year = try MyanmarCalendar.year(number), next = try MyanmarCalendar.year(number + 1)
            let length = [354, 384, 385][year.kind.rawValue]
            let start = try year.day(1, of: .tagu), nextStart = try next.day(1, of: .tagu)
            #expect(start.adding(days: length) == nextStart, "\(number)")
            let run = try (number...(number + 3)).map { try MyanmarCalendar.year($0).kind }
            #expect(run.contains { $0 != .common }, "four common years from \(number)")
            // Full moons are 29 or 30 days apart, month after month.
            var previous: Day?
            for month in MyanmarCalendar.monthOrder where year.length(of: month) != nil {
                let moon = try year.fullMoon(of: month)
                if let previous { #expect([29, 30].contains(previous.days(to: moon)), "\(number) \(month)") }
                previous = moon
            }
        }
    }

    /// Watat years as the Union lists show them: a second Waso puts the
    /// full moon of Waso in August (3 August 2020, 1 August 2023).
    @Test func watatYears() throws {
        #expect(try MyanmarCalendar.year(1382).kind == .littleWatat)  // 2020: second Waso, full moon 3 August
        #expect(try MyanmarCalendar.year(1385).kind == .bigWatat)     // 2023: full moon of Waso 1 August
        #expect(try MyanmarCalendar.year(1388).kind == .bigWatat)     // 2026
        #expect(try MyanmarCalendar.year(1384).kind == .common)
    }

    /// 2020: the Union Government's list (as reproduced in Wikipedia's
    /// "Public holidays in Myanmar", 2020 table).
    @Test func unionList2020() throws {
        #expect(try S.missing("MM", 2020, """
            2020-01-01 New Year's Day
            2020-03-08 Full Moon Day of Tabaung
            2020-04-10..2020-04-11 Thingyan holiday
            2020-04-12..2020-04-16 Thingyan
            2020-04-17 Myanmar New Year
            2020-05-06 Full Moon Day of Kason
            2020-08-01 Eid al-Adha
            2020-08-03 Full Moon Day of Waso
            2020-10-30..2020-11-01 Thadingyut
            2020-11-28..2020-11-29 Tazaungdaing
            2020-12-09 National Day
            2020-12-31 New Year's Eve
            """) == [])
    }

    /// 2021: Ministry of Labour, Immigration and Population (as reproduced
    /// by ryt9.com/en/hol/247831), days in lieu included.
    @Test func unionList2021() throws {
        #expect(try S.missing("MM", 2021, """
            2021-01-01 New Year's Day
            2021-01-04 Independence Day
            2021-01-13 Kayin New Year
            2021-02-12 Union Day
            2021-03-02 Peasants' Day
            2021-03-26 Full Moon Day of Tabaung (in lieu)
            2021-03-29 Armed Forces Day (in lieu)
            2021-04-13..2021-04-16 Thingyan
            2021-04-19 Myanmar New Year (in lieu)
            2021-05-25 Full Moon Day of Kason
            2021-07-19 Martyrs' Day
            2021-07-23 Full Moon Day of Waso
            2021-10-19..2021-10-21 Thadingyut
            2021-11-17..2021-11-18 Tazaungdaing
            2021-11-29 National Day (in lieu)
            2021-12-24 Christmas Day (in lieu)
            2021-12-31 New Year's Eve
            """) == [])
    }

    /// 2023 (educationdestinationasia.com's copy of the Union list): the
    /// full moon of Kason is 3 May, not 4 June as a Chinese-month rule gives.
    @Test func unionList2023() throws {
        #expect(try S.missing("MM", 2023, """
            2023-01-04 Independence Day
            2023-03-05 Full Moon Day of Tabaung
            2023-04-09..2023-04-12 Thingyan holiday
            2023-04-13..2023-04-16 Thingyan
            2023-04-17 Myanmar New Year
            2023-05-03 Full Moon Day of Kason
            2023-08-01 Full Moon Day of Waso
            2023-10-28..2023-10-30 Thadingyut
            2023-11-26..2023-11-27 Tazaungdaing
            2023-12-07 National Day
            """) == [])
        #expect(try !S.days("MM", 2023).contains(S.day("2023-06-04")))
    }

    /// 2025: the State Administration Council's list (announced July 2024;
    /// Xinhua, 9 July 2024, for New Year's Day and Chinese New Year; the list
    /// as reproduced by holidayssky.com). Thadingyut is early October, not
    /// 5-6 November.
    @Test func unionList2025() throws {
        #expect(try S.missing("MM", 2025, """
            2025-01-01 New Year's Day
            2025-01-29 Chinese New Year
            2025-03-13 Full Moon Day of Tabaung
            2025-04-13..2025-04-16 Thingyan
            2025-04-17 Myanmar New Year
            2025-04-18..2025-04-22 Thingyan holiday
            2025-05-11 Full Moon Day of Kason
            2025-06-07 Eid al-Adha
            2025-07-09 Full Moon Day of Waso
            2025-10-05..2025-10-07 Thadingyut
            2025-10-20 Deepavali
            2025-11-03..2025-11-04 Tazaungdaing
            2025-11-14 National Day
            2025-12-19 Kayin New Year
            """) == [])
        let days = try S.days("MM", 2025)
        #expect(!days.contains(S.day("2025-11-05")))
    }

    /// Provenance: calendar days are `rule`, published ones `official`,
    /// days not yet announced `provisional` and therefore uncertain.
    @Test func provenance() throws {
        let holidays = try Holidays.of("MM", year: 2026)
        let kason = try #require(holidays.first { $0.name.hasPrefix("Full Moon Day of Kason") })
        #expect(kason.date == S.day("2026-04-30"))
        #expect(kason.provenance.kind == "rule" && !kason.isUncertain)
        let eid = try #require(holidays.first { $0.name == "Eid al-Adha" })
        #expect(eid.provenance.kind == "provisional" && eid.isUncertain)
        let extra = holidays.filter { $0.name == "Thingyan holiday" }
        #expect(!extra.isEmpty && extra.allSatisfy { $0.isUncertain && $0.isMajor })
        let list2025 = try Holidays.of("MM", year: 2025).filter { $0.name == "Thingyan holiday" }
        #expect(list2025.allSatisfy { $0.provenance.kind == "official" && !$0.isUncertain })
    }
}
