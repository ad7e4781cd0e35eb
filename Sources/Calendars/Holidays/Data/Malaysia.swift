/// Malaysia, federal (national) holidays only: the days gazetted for the
/// whole federation under the Holidays Act 1951 (Cabinet's yearly list,
/// published by the Prime Minister's Department, kabinet.gov.my; 2022's
/// Hari Raya moved to 2-3 May by the Keeper of the Rulers' Seal, and Labour
/// Day's replacement to 4 May, as the Prime Minister announced on 1 May 2022). New
/// Year's Day, Thaipusam, Nuzul Al-Quran, the Federal Territory Day and
/// every state holiday are state matters, and so are the Friday-Saturday
/// weekends of Kedah, Kelantan and Terengganu: a documented gap
/// (Docs/Holidays.md). Holidays Act 1951 s. 3: a holiday on Sunday gives
/// the next day off; the Act gives no day when two holidays fall on the
/// same day (Malaysia Day and Maulidur Rasul on 16 September 2024 gave
/// none). Hari Raya Aidilfitri 2026 is 21-22 March (Cabinet's 2026 list),
/// so Monday 23 March is in lieu of the Sunday.
extension HolidayData {
    static let malaysia = CountryHolidays(
        code: "MY",
        definitions: [
            HolidayDefinition("Chinese New Year", "Tahun Baru Cina", major: true, rule: ChineseLunarRule(month: 1, day: 1), days: 2),
            .fixed("Labour Day", "Hari Pekerja", 5, 1),
            HolidayDefinition("Wesak Day", "Hari Wesak", rule: PublishedDatesRule(
                published: table("2020-05-07 2021-05-26 2022-05-15 2023-05-04 2024-05-22 2025-05-12"),
                approximation: LunarPhaseRule(phase: .full, anchor: .lunarMonth(4), offsetMinutes: 480))),
            // First Saturday of June until 2017, first Monday of June since 2020 (9 September in 2017-2019).
            HolidayDefinition("Birthday of the Yang di-Pertuan Agong", "Hari Keputeraan Yang di-Pertuan Agong",
                              rule: NthWeekdayRule(1, .monday, of: 6), years: 2020...2100),
            HolidayDefinition("Birthday of the Yang di-Pertuan Agong", "Hari Keputeraan Yang di-Pertuan Agong",
                              rule: NthWeekdayRule(1, .saturday, of: 6), years: 1990...2016),
            HolidayDefinition("Birthday of the Yang di-Pertuan Agong", "Hari Keputeraan Yang di-Pertuan Agong",
                              rule: FixedDateRule(month: 9, day: 9), years: 2017...2019),
            HolidayDefinition("Hari Raya Aidilfitri", "Hari Raya Aidilfitri", major: true, rule: IslamicRule(month: 10, day: 1, published: table(
                "2020-05-24 2021-05-13 2022-05-02 2023-04-22 2024-04-10 2025-03-31 2026-03-21")), days: 2),
            HolidayDefinition("Hari Raya Haji", "Hari Raya Aidiladha", rule: IslamicRule(month: 12, day: 10, published: table(
                "2020-07-31 2021-07-20 2022-07-10 2023-06-29 2024-06-17 2025-06-07"))),
            HolidayDefinition("Awal Muharram", "Awal Muharram", rule: IslamicRule(month: 1, day: 1, published: table(
                "2020-08-20 2021-08-10 2022-07-30 2023-07-19 2024-07-07 2025-06-27"))),
            .fixed("National Day", "Hari Kebangsaan", 8, 31, major: true),
            .fixed("Malaysia Day", "Hari Malaysia", 9, 16, years: 2010...2100),
            // 2022: Sunday 9 October, with Monday 10 October in lieu (the
            // Cabinet's list; copies that print 8 October are wrong).
            HolidayDefinition("Prophet Muhammad's Birthday", "Maulidur Rasul", rule: IslamicRule(month: 3, day: 12, published: table(
                "2020-10-29 2021-10-19 2022-10-09 2023-09-28 2024-09-16 2025-09-05"))),
            HolidayDefinition("Deepavali", "Hari Deepavali", rule: PublishedDatesRule(
                published: table("2020-11-14 2021-11-04 2022-10-24 2023-11-12 2024-10-31 2025-10-20"),
                approximation: deepavaliApproximation)),
            .fixed("Christmas Day", "Hari Krismas", 12, 25),
        ],
        substitution: Substitution(triggers: [.sunday], label: "{name} (replacement holiday)", source: "Holidays Act 1951, s. 3"),
        overrides: [
            2022: [.add("General Election special holiday", "Cuti Peristiwa PRU15", major: false, days("2022-11-18"))],
            2023: [.add("Hari Raya Aidilfitri special holiday", "Cuti Peristiwa Hari Raya Aidilfitri", major: true, days("2023-04-21"))],
        ]
    )
}
