import Testing
@testable import Calendars

/// Official holidays of every ASEAN member for 2022-2024, as the
/// governments published them (sources in each country's data file and in
/// Docs/Holidays.md). Each test lists days that must be holidays; where a
/// whole year was checked against the official list, the test compares the
/// full set of days.
struct ASEANOfficialHolidayTests {
    typealias S = HolidayTestSupport

    @Test func vietNam() throws {
        #expect(try S.missing("VN", 2022, """
            2022-01-01 New Year's Day
            2022-01-03 Compensatory day off for New Year's Day
            2022-01-29..2022-02-06 Lunar New Year (Tet)
            2022-04-10 Hung Kings
            2022-04-11 Compensatory day off for Hung Kings
            2022-04-30 Reunification Day
            2022-05-02 Compensatory day off
            2022-05-03 Compensatory day off
            2022-09-01..2022-09-02 National Day
            """) == [])
        #expect(try S.missing("VN", 2023, """
            2023-01-02 Compensatory day off for New Year's Day
            2023-01-20..2023-01-26 Lunar New Year (Tet)
            2023-04-29 Hung Kings
            2023-04-30 Reunification Day
            2023-05-01 Labour Day
            2023-05-02..2023-05-03 Compensatory day off
            2023-09-01..2023-09-02 National Day
            2023-09-04 Compensatory day off
            """) == [])
        let days2024 = try S.days("VN", 2024)
        let official2024 = Set(S.expected("""
            2024-01-01 x
            2024-02-08..2024-02-14 x
            2024-04-18 x
            2024-04-29..2024-05-01 x
            2024-09-02..2024-09-03 x
            """).map(\.date))
        #expect(days2024 == official2024)
    }

    @Test func vietNamTetIsMajorAndCertainInPublishedYears() throws {
        let tet = try Holidays.of("VN", year: 2024).filter { $0.name == "Lunar New Year (Tet)" }
        #expect(tet.count == 7)
        #expect(tet.allSatisfy { $0.isMajor && !$0.isUncertain && $0.localName == "Tết Nguyên Đán" })
    }

    @Test func singapore() throws {
        #expect(try S.missing("SG", 2022, """
            2022-02-01..2022-02-02 Chinese New Year
            2022-04-15 Good Friday
            2022-05-02 Labour Day (in lieu)
            2022-05-03 Hari Raya Puasa
            2022-05-15 Vesak Day
            2022-05-16 Vesak Day (in lieu)
            2022-07-10 Hari Raya Haji
            2022-07-11 Hari Raya Haji (in lieu)
            2022-08-09 National Day
            2022-10-24 Deepavali
            2022-12-26 Christmas Day (in lieu)
            """) == [])
        let official2023 = Set(S.expected("""
            2023-01-01..2023-01-02 x
            2023-01-22..2023-01-24 x
            2023-04-07 x
            2023-04-22 x
            2023-05-01 x
            2023-06-02 x
            2023-06-29 x
            2023-08-09 x
            2023-09-01 x
            2023-11-12..2023-11-13 x
            2023-12-25 x
            """).map(\.date))
        #expect(try S.days("SG", 2023) == official2023)
        let official2024 = Set(S.expected("""
            2024-01-01 x
            2024-02-10..2024-02-12 x
            2024-03-29 x
            2024-04-10 x
            2024-05-01 x
            2024-05-22 x
            2024-06-17 x
            2024-08-09 x
            2024-10-31 x
            2024-12-25 x
            """).map(\.date))
        #expect(try S.days("SG", 2024) == official2024)
    }

    @Test func malaysia() throws {
        #expect(try S.missing("MY", 2022, """
            2022-02-01..2022-02-02 Chinese New Year
            2022-05-02..2022-05-03 Hari Raya Aidilfitri
            2022-05-04 Labour Day (replacement holiday)
            2022-05-16 Wesak Day (replacement holiday)
            2022-06-06 Birthday of the Yang di-Pertuan Agong
            2022-07-11 Hari Raya Haji (replacement holiday)
            2022-07-30 Awal Muharram
            2022-08-31 National Day
            2022-09-16 Malaysia Day
            2022-10-09 Prophet Muhammad's Birthday
            2022-10-10 Prophet Muhammad's Birthday (replacement holiday)
            2022-10-24 Deepavali
            2022-12-26 Christmas Day (replacement holiday)
            """) == [])
        #expect(try S.missing("MY", 2023, """
            2023-01-22..2023-01-23 Chinese New Year
            2023-01-24 Chinese New Year (replacement holiday)
            2023-04-21 Hari Raya Aidilfitri special holiday
            2023-04-22..2023-04-23 Hari Raya Aidilfitri
            2023-04-24 Hari Raya Aidilfitri (replacement holiday)
            2023-05-04 Wesak Day
            2023-06-05 Birthday of the Yang di-Pertuan Agong
            2023-06-29 Hari Raya Haji
            2023-07-19 Awal Muharram
            2023-09-28 Prophet Muhammad's Birthday
            2023-11-13 Deepavali (replacement holiday)
            """) == [])
        #expect(try S.missing("MY", 2024, """
            2024-02-10..2024-02-11 Chinese New Year
            2024-02-12 Chinese New Year (replacement holiday)
            2024-04-10..2024-04-11 Hari Raya Aidilfitri
            2024-05-22 Wesak Day
            2024-06-03 Birthday of the Yang di-Pertuan Agong
            2024-06-17 Hari Raya Haji
            2024-07-08 Awal Muharram (replacement holiday)
            2024-09-16 Malaysia Day
            2024-09-16 Prophet Muhammad's Birthday
            2024-10-31 Deepavali
            """) == [])
        // A Saturday holiday earns nothing at federal level, nor does a
        // clash of two holidays (Holidays Act 1951 s. 3; no 17 September 2024).
        #expect(try !S.days("MY", 2024).contains(S.day("2024-09-02")))
        #expect(try !S.days("MY", 2024).contains(S.day("2024-09-17")))
    }

    @Test func bruneiDarussalam() throws {
        #expect(try S.missing("BN", 2022, """
            2022-02-01 Chinese New Year
            2022-02-23 National Day
            2022-05-02..2022-05-04 Hari Raya Aidilfitri
            2022-05-31 Royal Brunei Armed Forces Day
            2022-07-10 Hari Raya Aidiladha
            2022-07-11 Hari Raya Aidiladha (replacement holiday)
            2022-07-15 His Majesty the Sultan's Birthday
            2022-07-16 His Majesty the Sultan's Birthday (replacement holiday)
            2022-12-26 Christmas Day (replacement holiday)
            """) == [])
        let official2023 = Set(S.expected("""
            2023-01-01..2023-01-02 x
            2023-01-22..2023-01-23 x
            2023-02-18 x
            2023-02-23 x
            2023-03-23 x
            2023-04-08 x
            2023-04-22..2023-04-25 x
            2023-05-31 x
            2023-06-29 x
            2023-07-15 x
            2023-07-19 x
            2023-09-28 x
            2023-12-25 x
            """).map(\.date))
        #expect(try S.days("BN", 2023) == official2023)
        let official2024 = Set(S.expected("""
            2024-01-01 x
            2024-02-08 x
            2024-02-10 x
            2024-02-23..2024-02-24 x
            2024-03-12 x
            2024-03-28 x
            2024-04-10..2024-04-13 x
            2024-05-31 x
            2024-06-01 x
            2024-06-17 x
            2024-07-07..2024-07-08 x
            2024-07-15 x
            2024-09-16 x
            2024-12-25 x
            """).map(\.date))
        #expect(try S.days("BN", 2024) == official2024)
    }

    @Test func indonesia() throws {
        #expect(try S.missing("ID", 2022, """
            2022-02-01 Chinese New Year
            2022-02-28 Isra Mi'raj
            2022-03-03 Day of Silence
            2022-04-15 Good Friday
            2022-04-29 Collective leave (Eid al-Fitr)
            2022-05-02..2022-05-03 Eid al-Fitr
            2022-05-04..2022-05-06 Collective leave (Eid al-Fitr)
            2022-05-16 Vesak Day
            2022-05-26 Ascension of Jesus Christ
            2022-06-01 Pancasila Day
            2022-07-10 Eid al-Adha
            2022-07-30 Islamic New Year
            2022-08-17 Independence Day
            2022-10-08 Prophet Muhammad's Birthday
            """) == [])
        #expect(try S.missing("ID", 2023, """
            2023-01-22 Chinese New Year
            2023-01-23 Collective leave (Chinese New Year)
            2023-03-22 Day of Silence
            2023-04-19..2023-04-21 Collective leave (Eid al-Fitr)
            2023-04-22..2023-04-23 Eid al-Fitr
            2023-04-24..2023-04-25 Collective leave (Eid al-Fitr)
            2023-06-04 Vesak Day
            2023-06-29 Eid al-Adha
            2023-07-19 Islamic New Year
            2023-09-28 Prophet Muhammad's Birthday
            """) == [])
        #expect(try S.missing("ID", 2024, """
            2024-02-08 Isra Mi'raj
            2024-02-09 Collective leave (Chinese New Year)
            2024-02-10 Chinese New Year
            2024-03-11 Day of Silence
            2024-03-31 Easter Sunday
            2024-04-08..2024-04-09 Collective leave (Eid al-Fitr)
            2024-04-10..2024-04-11 Eid al-Fitr
            2024-05-09 Ascension of Jesus Christ
            2024-05-23 Vesak Day
            2024-06-17 Eid al-Adha
            2024-06-18 Collective leave (Eid al-Adha)
            2024-07-07 Islamic New Year
            2024-09-16 Prophet Muhammad's Birthday
            """) == [])
        // No days in lieu in Indonesia.
        #expect(try Holidays.of("ID", year: 2023).allSatisfy { !$0.name.contains("lieu") && !$0.name.contains("replacement") })
    }

    @Test func philippines() throws {
        #expect(try S.missing("PH", 2022, """
            2022-04-09 Day of Valor
            2022-04-14 Maundy Thursday
            2022-04-15 Good Friday
            2022-05-03 Eid'l Fitr
            2022-06-12 Independence Day
            2022-07-09 Eid'l Adha
            2022-08-29 National Heroes Day
            2022-11-30 Bonifacio Day
            2022-12-30 Rizal Day
            """) == [])
        #expect(try S.missing("PH", 2023, """
            2023-01-02 Additional special non-working day
            2023-04-10 Day of Valor
            2023-04-21 Eid'l Fitr
            2023-06-28 Eid'l Adha
            2023-08-28 National Heroes Day
            2023-11-27 Bonifacio Day
            2023-12-26 Additional special non-working day
            """) == [])
        #expect(try S.missing("PH", 2024, """
            2024-01-01 New Year's Day
            2024-02-10 Chinese New Year
            2024-03-28 Maundy Thursday
            2024-03-29 Good Friday
            2024-03-30 Black Saturday
            2024-04-09 Day of Valor
            2024-04-10 Eid'l Fitr
            2024-06-12 Independence Day
            2024-06-17 Eid'l Adha
            2024-08-23 Ninoy Aquino Day
            2024-08-26 National Heroes Day
            2024-11-01 All Saints' Day
            2024-11-02 All Souls' Day
            2024-11-30 Bonifacio Day
            2024-12-08 Feast of the Immaculate Conception
            2024-12-24 Christmas Eve
            2024-12-30 Rizal Day
            2024-12-31 Last Day of the Year
            """) == [])
        // Proclamation 368 left out the EDSA anniversary, a Sunday in 2024.
        #expect(try !S.days("PH", 2024).contains(S.day("2024-02-25")))
    }

    @Test func thailand() throws {
        #expect(try S.missing("TH", 2022, """
            2022-01-03 Substitution for New Year's Day
            2022-02-16 Makha Bucha Day
            2022-04-13..2022-04-15 Songkran Festival
            2022-05-13 Royal Ploughing Ceremony
            2022-05-15 Visakha Bucha Day
            2022-05-16 Substitution for Visakha Bucha Day
            2022-07-13 Asarnha Bucha Day
            2022-07-14 Buddhist Lent Day
            2022-10-24 Substitution for Chulalongkorn Day
            2022-12-12 Substitution for Constitution Day
            """) == [])
        #expect(try S.missing("TH", 2023, """
            2023-01-02 Substitution
            2023-03-06 Makha Bucha Day
            2023-04-17 Substitution for Songkran Festival
            2023-05-17 Royal Ploughing Ceremony
            2023-06-05 Substitution
            2023-08-01 Asarnha Bucha Day
            2023-08-02 Buddhist Lent Day
            2023-08-14 Substitution
            2023-12-11 Substitution for Constitution Day
            """) == [])
        // One day in lieu for a weekend holding two holidays.
        #expect(try !S.days("TH", 2023).contains(S.day("2023-01-03")))
        #expect(try !S.days("TH", 2023).contains(S.day("2023-06-06")))
        #expect(try S.missing("TH", 2024, """
            2024-02-26 Substitution for Makha Bucha Day
            2024-04-08 Substitution for Chakri Memorial Day
            2024-04-12 Special holiday (Songkran)
            2024-04-13..2024-04-15 Songkran Festival
            2024-04-16 Substitution for Songkran Festival
            2024-05-06 Substitution for Coronation Day
            2024-05-10 Royal Ploughing Ceremony
            2024-05-22 Visakha Bucha Day
            2024-07-22 Substitution for Asarnha Bucha Day
            2024-07-29 Substitution for King Vajiralongkorn's Birthday
            """) == [])
        #expect(try !S.days("TH", 2024).contains(S.day("2024-07-23")))
        #expect(try !S.days("TH", 2024).contains(S.day("2024-01-02")))
    }

    @Test func cambodia() throws {
        #expect(try S.missing("KH", 2022, """
            2022-01-07 Victory over Genocide Day
            2022-04-14..2022-04-16 Khmer New Year
            2022-05-14 King Norodom Sihamoni's Birthday
            2022-05-15 Visak Bochea Day
            2022-05-19 Royal Ploughing Ceremony
            2022-09-24..2022-09-26 Pchum Ben
            2022-11-07..2022-11-09 Water Festival
            2022-11-09 Independence Day
            """) == [])
        // MLVT Prakas for 2023 and 2024: exactly these days, none in lieu.
        let official2023 = Set(S.expected("""
            2023-01-01 x
            2023-01-07 x
            2023-03-08 x
            2023-04-14..2023-04-16 x
            2023-05-01 x
            2023-05-04 x
            2023-05-08 x
            2023-05-14 x
            2023-06-18 x
            2023-09-24 x
            2023-10-13..2023-10-15 x
            2023-10-29 x
            2023-11-09 x
            2023-11-26..2023-11-28 x
            """).map(\.date))
        #expect(try S.days("KH", 2023) == official2023)
        let official2024 = Set(S.expected("""
            2024-01-01 x
            2024-01-07 x
            2024-03-08 x
            2024-04-13..2024-04-16 x
            2024-05-01 x
            2024-05-14 x
            2024-05-22 x
            2024-05-26 x
            2024-06-18 x
            2024-09-24 x
            2024-10-01..2024-10-03 x
            2024-10-15 x
            2024-10-29 x
            2024-11-09 x
            2024-11-14..2024-11-16 x
            2024-12-29 x
            """).map(\.date))
        // 29 December, Peace Day in Cambodia, declared on 1 January 2024, after the Prakas.
        #expect(try S.days("KH", 2024) == official2024)
    }

    @Test func laoPDR() throws {
        #expect(try S.missing("LA", 2022, """
            2022-04-13 Lao New Year (compensatory day off)
            2022-04-14..2022-04-16 Lao New Year
            2022-12-02 National Day
            """) == [])
        #expect(try S.missing("LA", 2023, """
            2023-01-02 International New Year's Day (compensatory day off)
            2023-03-08 International Women's Day
            2023-04-14..2023-04-16 Lao New Year
            2023-05-01 International Labour Day
            2023-12-02 National Day
            """) == [])
        let official2024 = Set(S.expected("""
            2024-01-01 x
            2024-03-08 x
            2024-04-13..2024-04-18 x
            2024-05-01 x
            2024-12-02 x
            """).map(\.date))
        #expect(try S.days("LA", 2024) == official2024)
    }

    @Test(arguments: [2022, 2023, 2024])
    func timorLeste(_ year: Int) throws {
        let goodFriday = EasterRule.easter(year).adding(days: -2)
        #expect(try S.missing("TL", year, """
            \(year)-01-01 New Year's Day
            \(year)-05-20 Restoration of Independence Day
            \(year)-08-30 Popular Consultation Day
            \(year)-11-28 Proclamation of Independence Day
            \(year)-12-25 Christmas Day
            \(goodFriday) Good Friday
            """) == [])
    }
}
