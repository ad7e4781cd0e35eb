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
            HolidayDefinition("Hari Raya Puasa", rule: IslamicRule(month: 10, day: 1)),
            .fixed("Labour Day", nil, 5, 1),
            HolidayDefinition("Vesak Day", rule: PublishedDatesRule(
                approximation: LunarPhaseRule(phase: .full, anchor: .lunarMonth(4), offsetMinutes: 480))),
            HolidayDefinition("Hari Raya Haji", rule: IslamicRule(month: 12, day: 10)),
            .fixed("National Day", nil, 8, 9, major: true),
            HolidayDefinition("Deepavali", rule: PublishedDatesRule(
                approximation: deepavaliApproximation)),
            .fixed("Christmas Day", nil, 12, 25),
        ],
        substitution: Substitution(triggers: [.sunday], source: "Holidays Act 1998, s. 4(3): a holiday on Sunday gives the next day not a holiday"),
        law: "Holidays Act 1998 (Schedule)"
    )

    /// Deepavali beyond the tables: the day before the new moon (seen from
    /// India) that falls between 18 October and 16 November; right for
    /// 2020-2026.
    static let deepavaliApproximation = LunarPhaseRule(
        phase: .new, anchor: .window(from: (10, 18), to: (11, 16)), offsetMinutes: 330, offset: -1)
}
