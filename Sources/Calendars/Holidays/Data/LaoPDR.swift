/// Lao PDR. Decree on official holidays (No. 386/PM, 2017) and the Prime
/// Minister's Office yearly notices (as reported by the Vientiane Times and
/// the Laotian Times): few national days off; Pi Mai (Lao New Year) 14-16
/// April, a day in lieu for every day lost to a weekend. 2022: 13 April
/// given for 16 April; 2024: 13-16 April, with 17 and 18 April for the
/// weekend. The Lao Women's Union Day (20 July) is a holiday for women
/// only and is not listed.
extension HolidayData {
    static let laoPDR = CountryHolidays(
        code: "LA",
        definitions: [
            .fixed("International New Year's Day", nil, 1, 1),
            .fixed("International Women's Day", "ວັນແມ່ຍິງສາກົນ", 3, 8),
            .fixed("Lao New Year", "ບຸນປີໃໝ່ລາວ", 4, 14, major: true, days: 3),
            .fixed("International Labour Day", nil, 5, 1),
            .fixed("National Day", "ວັນຊາດ", 12, 2, major: true),
        ],
        substitution: Substitution(triggers: saturdayAndSunday, grouping: .perDay, label: "{name} (compensatory day off)",
                                   source: "Decree 386/PM (2017): one working day for each holiday day on a weekend"),
        law: "Decree on official holidays No. 386/PM (2017)"
    )
}
