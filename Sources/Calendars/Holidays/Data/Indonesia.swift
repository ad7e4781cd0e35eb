/// Indonesia. The yearly joint decree (SKB) of the Ministers of Religious
/// Affairs, Manpower and State Apparatus on national holidays and
/// collective leave (cuti bersama): 2022 (SKB 2021, amended), 2023 (SKB
/// 2022, amended in 2023), 2024 (SKB 2023), 2025 (SKB 2024, amended).
/// Indonesia gives no substitute days; cuti bersama, decided each year,
/// are the overrides. Islamic days are the government's (Ministry of
/// Religious Affairs' sidang isbat), Waisak and Nyepi as decreed.
extension HolidayData {
    static let indonesia = CountryHolidays(
        code: "ID",
        definitions: [
            .fixed("New Year's Day", "Tahun Baru Masehi", 1, 1),
            HolidayDefinition("Chinese New Year", "Tahun Baru Imlek", rule: ChineseLunarRule(month: 1, day: 1), years: 2003...2100),
            HolidayDefinition("Isra Mi'raj", "Isra Mikraj Nabi Muhammad SAW", rule: IslamicRule(month: 7, day: 27)),
            HolidayDefinition("Day of Silence (Nyepi)", "Hari Suci Nyepi", rule: PublishedDatesRule(
                // The day after the new moon of the 9th Saka month, near the March equinox.
                approximation: LunarPhaseRule(phase: .new, anchor: .window(from: (3, 1), to: (3, 30)), offsetMinutes: 480, offset: 1))),
            HolidayDefinition("Good Friday", "Wafat Yesus Kristus", rule: EasterRule(offset: -2)),
            HolidayDefinition("Easter Sunday", "Kebangkitan Yesus Kristus (Paskah)", rule: EasterRule(offset: 0), years: 2024...2100),
            HolidayDefinition("Eid al-Fitr", "Hari Raya Idul Fitri", major: true, rule: IslamicRule(month: 10, day: 1), days: 2),
            .fixed("Labour Day", "Hari Buruh Internasional", 5, 1),
            HolidayDefinition("Ascension of Jesus Christ", "Kenaikan Yesus Kristus", rule: EasterRule(offset: 39)),
            HolidayDefinition("Vesak Day", "Hari Raya Waisak", rule: PublishedDatesRule(
                approximation: LunarPhaseRule(phase: .full, anchor: .lunarMonth(4), offsetMinutes: 420))),
            .fixed("Pancasila Day", "Hari Lahir Pancasila", 6, 1, years: 2017...2100),
            HolidayDefinition("Eid al-Adha", "Hari Raya Idul Adha", rule: IslamicRule(month: 12, day: 10)),
            HolidayDefinition("Islamic New Year", "Tahun Baru Islam", rule: IslamicRule(month: 1, day: 1)),
            .fixed("Independence Day", "Hari Kemerdekaan Republik Indonesia", 8, 17, major: true),
            HolidayDefinition("Prophet Muhammad's Birthday", "Maulid Nabi Muhammad SAW", rule: IslamicRule(month: 3, day: 12)),
            .fixed("Christmas Day", "Hari Raya Natal", 12, 25),
        ],
        substitution: nil,
        law: "Presidential Decree 251/1967 on holidays, as amended (Presidential Decree 3/1983)"
    )
}
