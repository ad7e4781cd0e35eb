/// India, national level: the three national holidays every establishment
/// observes (Republic Day, Independence Day, Gandhi Jayanti) and the other
/// central-government closed holidays that fall on fixed or computable days
/// (Ministry of Personnel's yearly list, dopt.gov.in). The lunar Hindu
/// holidays besides Diwali, and Buddha Purnima, Mahavir Jayanti and Guru
/// Nanak Jayanti, are a documented gap. No substitute days.
extension HolidayData {
    static let india = CountryHolidays(
        code: "IN",
        definitions: [
            .fixed("Republic Day", "गणतंत्र दिवस", 1, 26, major: true),
            HolidayDefinition("Good Friday", rule: EasterRule(offset: -2)),
            HolidayDefinition("Id-ul-Fitr", rule: IslamicRule(month: 10, day: 1)),
            HolidayDefinition("Id-ul-Zuha (Bakrid)", rule: IslamicRule(month: 12, day: 10)),
            HolidayDefinition("Muharram", rule: IslamicRule(month: 1, day: 10)),
            .fixed("Independence Day", "स्वतंत्रता दिवस", 8, 15, major: true),
            HolidayDefinition("Milad-un-Nabi", rule: IslamicRule(month: 3, day: 12)),
            .fixed("Gandhi Jayanti", "गांधी जयंती", 10, 2, major: true),
            HolidayDefinition("Diwali (Deepavali)", "दीपावली", major: true, rule: PublishedDatesRule(
                published: table("2020-11-14 2021-11-04 2022-10-24 2023-11-12 2024-10-31 2025-10-20 2026-11-08"),
                approximation: deepavaliApproximation)),
            .fixed("Christmas Day", nil, 12, 25),
        ],
        substitution: nil
    )
}
