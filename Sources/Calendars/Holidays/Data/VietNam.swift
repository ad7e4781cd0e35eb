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
        overrides: [
            2020: [.replace("Lunar New Year (Tet)", days("2020-01-23 2020-01-24 2020-01-25 2020-01-26 2020-01-27 2020-01-28 2020-01-29"))],
            2021: [.replace("Lunar New Year (Tet)", days("2021-02-10 2021-02-11 2021-02-12 2021-02-13 2021-02-14 2021-02-15 2021-02-16"))],
            2022: [.replace("Lunar New Year (Tet)", days("2022-01-29 2022-01-30 2022-01-31 2022-02-01 2022-02-02 2022-02-03 2022-02-04 2022-02-05 2022-02-06")),
                   .replace("National Day", days("2022-09-01 2022-09-02"))],
            2023: [.replace("Lunar New Year (Tet)", days("2023-01-20 2023-01-21 2023-01-22 2023-01-23 2023-01-24 2023-01-25 2023-01-26")),
                   // 29 April - 3 May: Hung Kings (Sat), 30 April (Sun), 1 May, two days in lieu.
                   .replace("Hung Kings' Commemoration Day", days("2023-04-29")),
                   .replace("Reunification Day", days("2023-04-30")),
                   .add("Compensatory day off", "Nghỉ bù", major: false, days("2023-05-02 2023-05-03")),
                   .replace("National Day", days("2023-09-01 2023-09-02")),
                   .add("Compensatory day off", "Nghỉ bù", major: false, days("2023-09-04"))],
            2024: [.replace("Lunar New Year (Tet)", days("2024-02-08 2024-02-09 2024-02-10 2024-02-11 2024-02-12 2024-02-13 2024-02-14")),
                   // 27 April - 1 May, Monday 29 April swapped for Saturday 4 May.
                   .add("Day off (swapped with Saturday 4 May)", "Nghỉ hoán đổi", major: false, days("2024-04-29")),
                   .replace("National Day", days("2024-09-02 2024-09-03"))],
            2025: [.replace("Lunar New Year (Tet)", days("2025-01-25 2025-01-26 2025-01-27 2025-01-28 2025-01-29 2025-01-30 2025-01-31 2025-02-01 2025-02-02")),
                   .replace("National Day", days("2025-09-01 2025-09-02"))],
            2026: [.replace("Lunar New Year (Tet)", days("2026-02-14 2026-02-15 2026-02-16 2026-02-17 2026-02-18 2026-02-19 2026-02-20 2026-02-21 2026-02-22"))],
        ]
    )
}
