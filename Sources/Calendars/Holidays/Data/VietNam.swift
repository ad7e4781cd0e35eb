/// Viet Nam. Labour Code 2019 (Law 45/2019/QH14) art. 112: New Year 1 day,
/// Tet 5 days, Hung Kings 10/3 lunar, 30 April, 1 May, National Day 2
/// days (2 September and the day before or after) from 2021; art. 111(3): a
/// holiday on a weekly rest day is taken on the next working day, one
/// working day for each holiday day lost (two weekend days of Tet, two days). The
/// Prime Minister fixes each year's Tet and National Day days for civil
/// servants; those decisions are the overrides below (as reported by the
/// Ministry of Labour's yearly notices; baochinhphu.vn).
extension HolidayData {
    static let vietNam = CountryHolidays(
        code: "VN",
        definitions: [
            .fixed("New Year's Day", "Tết Dương lịch", 1, 1),
            // Default when no decision is on record: the eve and four days.
            HolidayDefinition("Lunar New Year (Tet)", "Tết Nguyên Đán", major: true,
                              rule: VietnameseLunarRule(month: 1, day: 1, offset: -1), days: 5),
            HolidayDefinition("Hung Kings' Commemoration Day", "Giỗ Tổ Hùng Vương",
                              rule: VietnameseLunarRule(month: 3, day: 10), years: 2007...2100),
            .fixed("Reunification Day", "Ngày Giải phóng miền Nam, thống nhất đất nước", 4, 30, major: true),
            .fixed("Labour Day", "Ngày Quốc tế Lao động", 5, 1),
            .fixed("National Day", "Quốc khánh", 9, 2, major: true, days: 1, years: 1990...2020),
            .fixed("National Day", "Quốc khánh", 9, 2, major: true, days: 2, years: 2021...2100),
        ],
        substitution: Substitution(triggers: saturdayAndSunday, grouping: .perDay, label: "Compensatory day off for {name}",
                                   source: "Labour Code 2019, art. 111(3)"),
        law: "Labour Code 2019 (Law 45/2019/QH14), art. 112"
    )
}
