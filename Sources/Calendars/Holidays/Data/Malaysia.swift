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
                approximation: LunarPhaseRule(phase: .full, anchor: .lunarMonth(4), offsetMinutes: 480))),
            // First Saturday of June until 2017, first Monday of June since 2020 (9 September in 2017-2019).
            HolidayDefinition("Birthday of the Yang di-Pertuan Agong", "Hari Keputeraan Yang di-Pertuan Agong",
                              rule: NthWeekdayRule(1, .monday, of: 6), years: 2020...2100),
            HolidayDefinition("Birthday of the Yang di-Pertuan Agong", "Hari Keputeraan Yang di-Pertuan Agong",
                              rule: NthWeekdayRule(1, .saturday, of: 6), years: 1990...2016),
            HolidayDefinition("Birthday of the Yang di-Pertuan Agong", "Hari Keputeraan Yang di-Pertuan Agong",
                              rule: FixedDateRule(month: 9, day: 9), years: 2017...2019),
            HolidayDefinition("Hari Raya Aidilfitri", "Hari Raya Aidilfitri", major: true, rule: IslamicRule(month: 10, day: 1), days: 2),
            HolidayDefinition("Hari Raya Haji", "Hari Raya Aidiladha", rule: IslamicRule(month: 12, day: 10)),
            HolidayDefinition("Awal Muharram", "Awal Muharram", rule: IslamicRule(month: 1, day: 1)),
            .fixed("National Day", "Hari Kebangsaan", 8, 31, major: true),
            .fixed("Malaysia Day", "Hari Malaysia", 9, 16, years: 2010...2100),
            // 2022: Sunday 9 October, with Monday 10 October in lieu (the
            // Cabinet's list; copies that print 8 October are wrong).
            HolidayDefinition("Prophet Muhammad's Birthday", "Maulidur Rasul", rule: IslamicRule(month: 3, day: 12)),
            HolidayDefinition("Deepavali", "Hari Deepavali", rule: PublishedDatesRule(
                approximation: deepavaliApproximation)),
            .fixed("Christmas Day", "Hari Krismas", 12, 25),
        ],
        substitution: Substitution(triggers: [.sunday], label: "{name} (replacement holiday)", source: "Holidays Act 1951, s. 3"),
        law: "Holidays Act 1951 (federal holidays)"
    )
}
