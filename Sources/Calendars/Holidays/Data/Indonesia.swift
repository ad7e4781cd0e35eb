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
            HolidayDefinition("Isra Mi'raj", "Isra Mikraj Nabi Muhammad SAW", rule: IslamicRule(month: 7, day: 27, published: table(
                "2020-03-22 2021-03-11 2022-02-28 2023-02-18 2024-02-08 2025-01-27"))),
            HolidayDefinition("Day of Silence (Nyepi)", "Hari Suci Nyepi", rule: PublishedDatesRule(
                published: table("2020-03-25 2021-03-14 2022-03-03 2023-03-22 2024-03-11 2025-03-29 2026-03-19"),
                // The day after the new moon of the 9th Saka month, near the March equinox.
                approximation: LunarPhaseRule(phase: .new, anchor: .window(from: (3, 1), to: (3, 30)), offsetMinutes: 480, offset: 1))),
            HolidayDefinition("Good Friday", "Wafat Yesus Kristus", rule: EasterRule(offset: -2)),
            HolidayDefinition("Easter Sunday", "Kebangkitan Yesus Kristus (Paskah)", rule: EasterRule(offset: 0), years: 2024...2100),
            HolidayDefinition("Eid al-Fitr", "Hari Raya Idul Fitri", major: true, rule: IslamicRule(month: 10, day: 1, published: table(
                "2020-05-24 2021-05-13 2022-05-02 2023-04-22 2024-04-10 2025-03-31")), days: 2),
            .fixed("Labour Day", "Hari Buruh Internasional", 5, 1),
            HolidayDefinition("Ascension of Jesus Christ", "Kenaikan Yesus Kristus", rule: EasterRule(offset: 39)),
            HolidayDefinition("Vesak Day", "Hari Raya Waisak", rule: PublishedDatesRule(
                published: table("2020-05-07 2021-05-26 2022-05-16 2023-06-04 2024-05-23 2025-05-12 2026-05-31"),
                approximation: LunarPhaseRule(phase: .full, anchor: .lunarMonth(4), offsetMinutes: 420))),
            .fixed("Pancasila Day", "Hari Lahir Pancasila", 6, 1, years: 2017...2100),
            HolidayDefinition("Eid al-Adha", "Hari Raya Idul Adha", rule: IslamicRule(month: 12, day: 10, published: table(
                "2020-07-31 2021-07-20 2022-07-10 2023-06-29 2024-06-17 2025-06-06"))),
            HolidayDefinition("Islamic New Year", "Tahun Baru Islam", rule: IslamicRule(month: 1, day: 1, published: table(
                "2020-08-20 2021-08-11 2022-07-30 2023-07-19 2024-07-07 2025-06-27"))),
            .fixed("Independence Day", "Hari Kemerdekaan Republik Indonesia", 8, 17, major: true),
            HolidayDefinition("Prophet Muhammad's Birthday", "Maulid Nabi Muhammad SAW", rule: IslamicRule(month: 3, day: 12, published: table(
                "2020-10-29 2021-10-20 2022-10-08 2023-09-28 2024-09-16 2025-09-05"))),
            .fixed("Christmas Day", "Hari Raya Natal", 12, 25),
        ],
        substitution: nil,
        overrides: [
            2022: [.add("Collective leave (Eid al-Fitr)", "Cuti bersama Idul Fitri", major: true, days("2022-04-29 2022-05-04 2022-05-05 2022-05-06")),
                   .add("Collective leave (Christmas)", "Cuti bersama Natal", major: false, days("2022-12-26"))],
            2023: [.add("Collective leave (Chinese New Year)", "Cuti bersama Imlek", major: false, days("2023-01-23")),
                   .add("Collective leave (Nyepi)", "Cuti bersama Nyepi", major: false, days("2023-03-23")),
                   .add("Collective leave (Eid al-Fitr)", "Cuti bersama Idul Fitri", major: true, days("2023-04-19 2023-04-20 2023-04-21 2023-04-24 2023-04-25")),
                   .add("Collective leave (Vesak)", "Cuti bersama Waisak", major: false, days("2023-06-02")),
                   .add("Collective leave (Eid al-Adha)", "Cuti bersama Idul Adha", major: false, days("2023-06-28 2023-06-30")),
                   .add("Collective leave (Christmas)", "Cuti bersama Natal", major: false, days("2023-12-26"))],
            2024: [.add("Collective leave (Chinese New Year)", "Cuti bersama Imlek", major: false, days("2024-02-09")),
                   .add("Collective leave (Nyepi)", "Cuti bersama Nyepi", major: false, days("2024-03-12")),
                   .add("Collective leave (Eid al-Fitr)", "Cuti bersama Idul Fitri", major: true, days("2024-04-08 2024-04-09 2024-04-12 2024-04-15")),
                   .add("Collective leave (Ascension)", "Cuti bersama Kenaikan Yesus Kristus", major: false, days("2024-05-10")),
                   .add("Collective leave (Vesak)", "Cuti bersama Waisak", major: false, days("2024-05-24")),
                   .add("Collective leave (Eid al-Adha)", "Cuti bersama Idul Adha", major: false, days("2024-06-18")),
                   .add("Collective leave (Christmas)", "Cuti bersama Natal", major: false, days("2024-12-26"))],
            2025: [.add("Collective leave (Chinese New Year)", "Cuti bersama Imlek", major: false, days("2025-01-28")),
                   .add("Collective leave (Nyepi)", "Cuti bersama Nyepi", major: false, days("2025-03-28")),
                   .add("Collective leave (Eid al-Fitr)", "Cuti bersama Idul Fitri", major: true, days("2025-04-02 2025-04-03 2025-04-04 2025-04-07")),
                   .add("Collective leave (Vesak)", "Cuti bersama Waisak", major: false, days("2025-05-13")),
                   .add("Collective leave (Ascension)", "Cuti bersama Kenaikan Yesus Kristus", major: false, days("2025-05-30")),
                   .add("Collective leave (Eid al-Adha)", "Cuti bersama Idul Adha", major: false, days("2025-06-09")),
                   .add("Collective leave (Independence Day)", "Cuti bersama Hari Kemerdekaan", major: false, days("2025-08-18")),
                   .add("Collective leave (Christmas)", "Cuti bersama Natal", major: false, days("2025-12-26"))],
        ]
    )
}
