/// Republic of Korea. Regulations on Holidays of Government Offices
/// (관공서의 공휴일에 관한 규정) and the Act on Public Holidays (2020).
/// Seollal and Chuseok (three days each) and Buddha's Birthday follow the
/// Korean lunisolar calendar in KST. Substitute holidays (대체공휴일): for
/// Seollal and Chuseok on a Sunday or another holiday, and Children's Day
/// on a weekend, since 2014; for the national days (1 March, 15 August,
/// 3 and 9 October) since 2021; for Buddha's Birthday and Christmas since
/// May 2023.
extension HolidayData {
    static let korea: CountryHolidays = {
        let label = "Substitute holiday ({name})"
        let festival = Substitution(triggers: [.sunday], onClash: true, label: label, since: 2014)
        let children = Substitution(triggers: saturdayAndSunday, onClash: true, label: label, since: 2014)
        let national = Substitution(triggers: saturdayAndSunday, onClash: true, label: label, since: 2021)
        let religious = Substitution(triggers: saturdayAndSunday, onClash: true, label: label, since: 2023)
        return CountryHolidays(
            code: "KR",
            definitions: [
                .fixed("New Year's Day", "신정", 1, 1),
                HolidayDefinition("Seollal", "설날", major: true,
                                  rule: ChineseLunarRule(month: 1, day: 1, offset: -1, calculator: .korean), days: 3,
                                  substitution: festival),
                .fixed("Independence Movement Day", "삼일절", 3, 1, substitution: national),
                HolidayDefinition("Buddha's Birthday", "부처님 오신 날", rule: ChineseLunarRule(month: 4, day: 8, calculator: .korean),
                                  substitution: religious),
                .fixed("Children's Day", "어린이날", 5, 5, substitution: children),
                .fixed("Memorial Day", "현충일", 6, 6),
                .fixed("Liberation Day", "광복절", 8, 15, substitution: national),
                HolidayDefinition("Chuseok", "추석", major: true,
                                  rule: ChineseLunarRule(month: 8, day: 14, calculator: .korean), days: 3,
                                  substitution: festival),
                .fixed("National Foundation Day", "개천절", 10, 3, substitution: national),
                .fixed("Hangul Day", "한글날", 10, 9, years: 2013...2100, substitution: national),
                .fixed("Christmas Day", "기독탄신일", 12, 25, substitution: religious),
            ],
            substitution: nil,
            overrides: [
                // Election days are public holidays (Public Official Election Act, s. 34).
                2022: [.add("Presidential election", "대통령선거일", major: false, days("2022-03-09")),
                       .add("Local elections", "전국동시지방선거일", major: false, days("2022-06-01"))],
                2023: [.add("Temporary public holiday", "임시공휴일", major: false, days("2023-10-02"))],
                2024: [.add("National Assembly election", "국회의원선거일", major: false, days("2024-04-10")),
                       .add("Armed Forces Day (temporary public holiday)", "국군의 날", major: false, days("2024-10-01"))],
                2025: [.add("Temporary public holiday", "임시공휴일", major: false, days("2025-01-27")),
                       .add("Presidential election", "대통령선거일", major: false, days("2025-06-03"))],
            ]
        )
    }()
}
