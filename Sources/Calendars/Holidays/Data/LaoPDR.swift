/// Lao PDR. Decree on official holidays (No. 386/PM, 2017) and the Ministry
/// of Labour and Social Welfare's yearly notices: few national days off;
/// Pi Mai (Lao New Year) 14-16 April, with days in lieu for those falling
/// on a weekend. International Women's Day is a holiday for women only and
/// is listed, since offices slow down.
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
        substitution: Substitution(triggers: saturdayAndSunday, label: "{name} (compensatory day off)")
    )
}
