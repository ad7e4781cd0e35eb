/// Singapore. Holidays Act (Cap. 126) and the Ministry of Manpower's yearly
/// list (mom.gov.sg, "Public holidays"): a holiday on Sunday gives the next
/// day off (Monday, or Tuesday when Monday is a holiday too). Hari Raya
/// Puasa and Haji, Vesak and Deepavali are the days MOM published.
extension HolidayData {
    static let singapore = CountryHolidays(
        code: "SG",
        definitions: [
            .fixed("New Year's Day", nil, 1, 1),
            HolidayDefinition("Chinese New Year", "农历新年", major: true, rule: ChineseLunarRule(month: 1, day: 1), days: 2),
            HolidayDefinition("Good Friday", rule: EasterRule(offset: -2)),
            HolidayDefinition("Hari Raya Puasa", rule: IslamicRule(month: 10, day: 1, published: table(
                "2020-05-24 2021-05-13 2022-05-03 2023-04-22 2024-04-10 2025-03-31 2026-03-21"))),
            .fixed("Labour Day", nil, 5, 1),
            HolidayDefinition("Vesak Day", rule: PublishedDatesRule(
                published: table("2020-05-07 2021-05-26 2022-05-15 2023-06-02 2024-05-22 2025-05-12 2026-05-31"),
                approximation: LunarPhaseRule(phase: .full, anchor: .lunarMonth(4), offsetMinutes: 480))),
            HolidayDefinition("Hari Raya Haji", rule: IslamicRule(month: 12, day: 10, published: table(
                "2020-07-31 2021-07-20 2022-07-10 2023-06-29 2024-06-17 2025-06-07 2026-05-27"))),
            .fixed("National Day", nil, 8, 9, major: true),
            HolidayDefinition("Deepavali", rule: PublishedDatesRule(
                published: table("2020-11-14 2021-11-04 2022-10-24 2023-11-12 2024-10-31 2025-10-20 2026-11-08"),
                approximation: deepavaliApproximation)),
            .fixed("Christmas Day", nil, 12, 25),
        ],
        substitution: Substitution(triggers: [.sunday], source: "Holidays Act 1998, s. 4(3): a holiday on Sunday gives the next day not a holiday"),
        overrides: [
            2020: [.add("Polling Day", nil, major: false, days("2020-07-10"))],
            2023: [.add("Polling Day", nil, major: false, days("2023-09-01"))],
            2025: [.add("Polling Day", nil, major: false, days("2025-05-03")),
                   .add("SG60 Day", nil, major: false, days("2025-08-18"))],
        ]
    )

    /// Deepavali beyond the tables: the day before the new moon (seen from
    /// India) that falls between 18 October and 16 November; right for
    /// 2020-2026.
    static let deepavaliApproximation = LunarPhaseRule(
        phase: .new, anchor: .window(from: (10, 18), to: (11, 16)), offsetMinutes: 330, offset: -1)
}
