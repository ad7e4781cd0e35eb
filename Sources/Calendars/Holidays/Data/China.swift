/// China (mainland). Regulations on National Annual Holidays and Memorial
/// Days (State Council, 1999, amended 2007, 2013, 2024): the statutory
/// days only. The State Council's yearly notice then joins them into longer
/// breaks with weekend days worked in exchange (调休); those weekly swaps
/// are a documented gap.
extension HolidayData {
    static let china = CountryHolidays(
        code: "CN",
        definitions: [
            .fixed("New Year's Day", "元旦", 1, 1),
            HolidayDefinition("Spring Festival", "春节", major: true, rule: ChineseLunarRule(month: 1, day: 1), days: 3, years: 1990...2007),
            HolidayDefinition("Spring Festival", "春节", major: true, rule: ChineseLunarRule(month: 1, day: 1, offset: -1), days: 3, years: 2008...2013),
            HolidayDefinition("Spring Festival", "春节", major: true, rule: ChineseLunarRule(month: 1, day: 1), days: 3, years: 2014...2024),
            HolidayDefinition("Spring Festival", "春节", major: true, rule: ChineseLunarRule(month: 1, day: 1, offset: -1), days: 4, years: 2025...2100),
            HolidayDefinition("Qingming Festival", "清明节", rule: SolarTermRule(longitude: 15, offsetMinutes: 480), years: 2008...2100),
            .fixed("Labour Day", "劳动节", 5, 1, days: 1, years: 1990...1999),
            .fixed("Labour Day", "劳动节", 5, 1, days: 3, years: 2000...2007),
            .fixed("Labour Day", "劳动节", 5, 1, days: 1, years: 2008...2024),
            .fixed("Labour Day", "劳动节", 5, 1, days: 2, years: 2025...2100),
            HolidayDefinition("Dragon Boat Festival", "端午节", rule: ChineseLunarRule(month: 5, day: 5), years: 2008...2100),
            HolidayDefinition("Mid-Autumn Festival", "中秋节", rule: ChineseLunarRule(month: 8, day: 15), years: 2008...2100),
            .fixed("National Day", "国庆节", 10, 1, major: true, days: 3),
        ],
        substitution: nil
    )
}
