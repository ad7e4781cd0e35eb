import Testing
@testable import Calendars

private typealias S = HolidayTestSupport

/// The shipped official tables (`Sources/Calendars/HolidayTables/`) and the
/// dates they settle, each test citing the instrument.
@Suite struct HolidayTableTests {
    /// Every shipped table parses, names only holidays its country's rules
    /// know, and every row's source reaches the holiday's provenance.
    @Test func everyTableLoadsAndNamesKnownHolidays() throws {
        let codes = HolidayTables.countries
        #expect(Set(codes).isSuperset(of: ["BN", "KH", "ID", "LA", "MY", "MM", "PH", "SG", "TH", "VN"]))
        for code in codes {
            let rows = try HolidayTables.rows(for: code)
            for year in Set(rows.map(\.year)) {
                let holidays = try Holidays.of(code, year: year)
                for row in rows where row.year == year && row.action != .remove {
                    for day in row.days where day.year == year {
                        #expect(holidays.contains { $0.date == day && $0.provenance.source == row.source },
                                "\(code) line \(row.line): \(day) \(row.name)")
                    }
                }
            }
        }
    }

    @Test func malformedRowsNameFileLineAndColumn() {
        #expect(throws: HolidayTableError.self) { try HolidayTable(text: "2025 | official | X | 2025-13-01 | src", file: "T.txt") }
        do {
            _ = try HolidayTable(text: "# c\n2025 | offical | X | 2025-01-01 | src\n", file: "T.txt")
            Issue.record("accepted an unknown action")
        } catch {
            #expect(error.line == 2 && error.column == 7, "\(error)")
            #expect(error.description.hasPrefix("T.txt:2:7: error: expected an action"))
        }
        do {
            _ = try HolidayTable(text: "2025 | add | X | 2025-01-01 |   ", file: "T.txt")
            Issue.record("accepted a row without a source")
        } catch {
            #expect(error.message.contains("source"))
        }
    }

    /// Indonesia 2026: SKB 1497/2025, 2/2025, 5/2025 (19 September 2025):
    /// Idul Fitri 21-22 March (not 20-21), and its collective leave.
    @Test func indonesia2026() throws {
        #expect(try S.missing("ID", 2026, """
            2026-01-16 Isra Mi'raj
            2026-02-16 Collective leave (Chinese New Year)
            2026-03-18 Collective leave (Nyepi)
            2026-03-19 Day of Silence
            2026-03-20 Collective leave (Eid al-Fitr)
            2026-03-21..2026-03-22 Eid al-Fitr
            2026-03-23..2026-03-24 Collective leave (Eid al-Fitr)
            2026-05-27 Eid al-Adha
            2026-05-28 Collective leave (Eid al-Adha)
            2026-05-31 Vesak Day
            2026-06-16 Islamic New Year
            2026-08-25 Prophet Muhammad's Birthday
            2026-12-24 Collective leave (Christmas)
            """) == [])
        let fitr = try Holidays.of("ID", year: 2026).filter { $0.name == "Eid al-Fitr" }
        #expect(fitr.allSatisfy { $0.provenance.kind == "official" && $0.provenance.source.contains("1497/2025") })
        // 2022: the amending decree withdrew the collective leave of 26 December.
        #expect(try !S.days("ID", 2022).contains(S.day("2022-12-26")))
    }

    /// Viet Nam: Friday 2 May 2025 off in exchange for Saturday 26 April;
    /// National Day 2026 is 31 August-2 September (Ministry of Home Affairs
    /// Notice 9441/TB-BNV of 16 October 2025).
    @Test func vietNamSwaps() throws {
        #expect(try S.days("VN", 2025).contains(S.day("2025-05-02")))
        #expect(try S.missing("VN", 2026, """
            2026-08-31 Day off (swapped with Saturday 22 August)
            2026-09-01..2026-09-02 National Day
            """) == [])
    }

    /// Philippines: Proclamation 1236 left 24 and 31 December 2022 working
    /// days; Proclamation 167 moved EDSA 2023 to 24 February; Proclamation
    /// 665 moved Ninoy Aquino Day 2024 to 23 August.
    @Test func philippineProclamations() throws {
        let days2022 = try S.days("PH", 2022)
        #expect(!days2022.contains(S.day("2022-12-24")) && !days2022.contains(S.day("2022-12-31")))
        #expect(try S.missing("PH", 2023, "2023-02-24 EDSA") == [])
        #expect(try !S.days("PH", 2023).contains(S.day("2023-02-25")))
        #expect(try S.missing("PH", 2024, "2024-08-23 Ninoy Aquino Day") == [])
        #expect(try !S.days("PH", 2024).contains(S.day("2024-08-21")))
    }

    /// Brunei 2025: the Prime Minister's Office list (as reproduced by
    /// publicholidays.asia): official Islamic days, and the days in lieu
    /// the Friday/Sunday rule gives for them.
    @Test func brunei2025() throws {
        #expect(try S.missing("BN", 2025, """
            2025-01-27 Israk Mikraj
            2025-02-24 National Day (replacement holiday)
            2025-03-02 First Day of Ramadan
            2025-03-03 First Day of Ramadan (replacement holiday)
            2025-03-18 Nuzul Al-Quran
            2025-03-31..2025-04-02 Hari Raya Aidilfitri
            2025-06-07 Hari Raya Aidiladha
            2025-06-27 Islamic New Year
            2025-06-28 Islamic New Year (replacement holiday)
            2025-09-05 Prophet Muhammad's Birthday
            2025-09-06 Prophet Muhammad's Birthday (replacement holiday)
            """) == [])
    }

    /// Cambodia: Peace Day, 29 December, from 2024 (government decision of
    /// 1 January 2024).
    @Test func cambodiaPeaceDay() throws {
        #expect(try S.missing("KH", 2024, "2024-12-29 Peace Day") == [])
        #expect(try !S.days("KH", 2023).contains(S.day("2023-12-29")))
    }

    /// Singapore: SG60 Day (18 August 2025) has no official source found,
    /// so it is provisional and uncertain.
    @Test func sg60DayIsProvisional() throws {
        let day = try #require(Holidays.of("SG", year: 2025).first { $0.name == "SG60 Day" })
        #expect(day.provenance.kind == "provisional" && day.isUncertain)
    }

    /// Malaysia 2026: Hari Raya Aidilfitri 21-22 March, Friday 20 March
    /// added under s. 8, Monday 23 March in lieu of the Sunday.
    @Test func malaysia2026() throws {
        #expect(try S.missing("MY", 2026, """
            2026-03-20 Hari Raya Aidilfitri special holiday
            2026-03-21..2026-03-22 Hari Raya Aidilfitri
            2026-03-23 Hari Raya Aidilfitri (replacement holiday)
            """) == [])
    }

    /// Thailand's Cabinet bridge days: 31 July 2023 (resolution of 25 July
    /// 2023), 2 June and 11 August 2025 and 2 January 2026 (resolution on
    /// additional holidays for 2025 and January 2026). Philippines 2025:
    /// Proclamation 727 (All Saints' Day Eve) and 729 (27 July).
    @Test func cabinetAndProclamationDays() throws {
        #expect(try S.days("TH", 2023).contains(S.day("2023-07-31")))
        #expect(try S.days("TH", 2025).isSuperset(of: [S.day("2025-06-02"), S.day("2025-08-11")]))
        #expect(try S.days("TH", 2026).contains(S.day("2026-01-02")))
        #expect(try S.days("PH", 2025).isSuperset(of: [S.day("2025-10-31"), S.day("2025-07-27")]))
        #expect(try !S.days("PH", 2025).contains(S.day("2025-02-25")))
    }
}
