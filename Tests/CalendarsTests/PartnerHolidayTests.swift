import Testing
@testable import Calendars

/// The Plus Three and the dialogue partners, national level: a few days a
/// year that exercise each country's rules (lunisolar, solar terms,
/// Easter, nth weekdays, proclamations).
struct PartnerHolidayTests {
    typealias S = HolidayTestSupport

    @Test func china() throws {
        #expect(try S.missing("CN", 2024, """
            2024-02-10..2024-02-12 Spring Festival
            2024-04-04 Qingming Festival
            2024-06-10 Dragon Boat Festival
            2024-09-17 Mid-Autumn Festival
            2024-10-01..2024-10-03 National Day
            """) == [])
        // From 2025: the eve and three days, and two days for Labour Day.
        #expect(try S.missing("CN", 2025, """
            2025-01-28..2025-01-31 Spring Festival
            2025-05-01..2025-05-02 Labour Day
            """) == [])
        // 2027's new moon falls 20 minutes before Beijing midnight: 6 February.
        #expect(try S.missing("CN", 2027, "2027-02-05..2027-02-08 Spring Festival") == [])
    }

    @Test func japan() throws {
        #expect(try S.missing("JP", 2024, """
            2024-01-08 Coming of Age Day
            2024-02-12 Substitute Holiday (National Foundation Day)
            2024-03-20 Vernal Equinox Day
            2024-05-06 Substitute Holiday (Children's Day)
            2024-09-22 Autumnal Equinox Day
            2024-09-23 Substitute Holiday (Autumnal Equinox Day)
            2024-11-04 Substitute Holiday (Culture Day)
            """) == [])
        // Golden Week 2019: the days between holidays became holidays too.
        #expect(try S.missing("JP", 2019, """
            2019-04-30 Citizens' Holiday
            2019-05-01 Enthronement Day
            2019-05-02 Citizens' Holiday
            """) == [])
        // A Sunday 1 January gives Monday 2 January, which is also an office closure day.
        #expect(try S.missing("JP", 2023, "2023-01-02 Substitute Holiday (New Year's Day)") == [])
        // The Olympic moves of 2021.
        #expect(try S.missing("JP", 2021, """
            2021-07-22 Marine Day
            2021-07-23 Sports Day
            2021-08-08 Mountain Day
            2021-08-09 Substitute Holiday (Mountain Day)
            """) == [])
    }

    @Test func korea() throws {
        #expect(try S.missing("KR", 2024, """
            2024-02-09..2024-02-11 Seollal
            2024-02-12 Substitute holiday (Seollal)
            2024-05-06 Substitute holiday (Children's Day)
            2024-05-15 Buddha's Birthday
            2024-09-16..2024-09-18 Chuseok
            """) == [])
        #expect(try S.missing("KR", 2023, """
            2023-01-24 Substitute holiday (Seollal)
            2023-05-29 Substitute holiday (Buddha's Birthday)
            2023-09-28..2023-09-30 Chuseok
            """) == [])
        // Before 2021 a Saturday Liberation Day earned nothing.
        #expect(try !S.days("KR", 2020).contains(S.day("2020-08-17")))
        #expect(try S.missing("KR", 2021, "2021-08-16 Substitute holiday (Liberation Day)") == [])
    }

    @Test func unitedStatesObservedDays() throws {
        #expect(try S.missing("US", 2021, """
            2021-06-18 Juneteenth National Independence Day (observed)
            2021-07-05 Independence Day (observed)
            2021-12-24 Christmas Day (observed)
            2021-12-31 New Year's Day (observed)
            """) == [])
        #expect(try S.missing("US", 2024, """
            2024-01-15 Birthday of Martin Luther King, Jr.
            2024-05-27 Memorial Day
            2024-11-28 Thanksgiving Day
            """) == [])
    }

    @Test func unitedKingdom() throws {
        #expect(try S.missing("GB", 2022, """
            2022-06-02 Spring bank holiday
            2022-06-03 Platinum Jubilee bank holiday
            2022-09-19 State Funeral of Queen Elizabeth II
            2022-12-26 Boxing Day
            2022-12-27 Christmas Day (substitute day)
            """) == [])
        #expect(try !S.days("GB", 2022).contains(S.day("2022-05-30")))
        #expect(try S.missing("GB", 2021, """
            2021-12-27 Christmas Day (substitute day)
            2021-12-28 Boxing Day (substitute day)
            """) == [])
    }

    @Test func australiaNewZealandCanadaIndia() throws {
        #expect(try S.missing("AU", 2024, """
            2024-01-26 Australia Day
            2024-03-29 Good Friday
            2024-04-01 Easter Monday
            2024-04-25 Anzac Day
            2024-06-10 King's Birthday
            """) == [])
        #expect(try S.missing("NZ", 2024, """
            2024-02-06 Waitangi Day
            2024-06-03 King's Birthday
            2024-06-28 Matariki
            2024-10-28 Labour Day
            """) == [])
        #expect(try S.missing("NZ", 2021, "2021-04-26 Anzac Day (observed)") == [])
        #expect(try S.missing("CA", 2024, """
            2024-05-20 Victoria Day
            2024-07-01 Canada Day
            2024-09-02 Labour Day
            2024-09-30 National Day for Truth and Reconciliation
            2024-10-14 Thanksgiving
            """) == [])
        #expect(try S.missing("IN", 2024, """
            2024-01-26 Republic Day
            2024-08-15 Independence Day
            2024-10-02 Gandhi Jayanti
            2024-10-31 Diwali
            """) == [])
    }
}
