/// New Zealand. Holidays Act 2003, ss. 44-45A (Waitangi and Anzac Days
/// "Mondayised" from 2014), and the Te Kāhui o Matariki Public Holiday Act
/// 2022, whose schedule fixes Matariki to 2052 (the years to 2030 are
/// entered; later years are a gap).
extension HolidayData {
    static let newZealand = CountryHolidays(
        code: "NZ",
        definitions: [
            .fixed("New Year's Day", nil, 1, 1),
            .fixed("Day after New Year's Day", nil, 1, 2),
            .fixed("Waitangi Day", "Te Rā o Waitangi", 2, 6, substitution: mondayised),
            HolidayDefinition("Good Friday", major: true, rule: EasterRule(offset: -2)),
            HolidayDefinition("Easter Monday", rule: EasterRule(offset: 1)),
            .fixed("Anzac Day", nil, 4, 25, substitution: mondayised),
            HolidayDefinition("Queen's Birthday", rule: NthWeekdayRule(1, .monday, of: 6), years: 1990...2022),
            HolidayDefinition("King's Birthday", rule: NthWeekdayRule(1, .monday, of: 6), years: 2023...2100),
            HolidayDefinition("Matariki", "Te Rā Aro ki a Matariki", rule: PublishedDatesRule(
                published: table("2022-06-24 2023-07-14 2024-06-28 2025-06-20 2026-07-10 2027-06-25 2028-07-14 2029-07-06 2030-06-21"),
                approximation: FixedDateRule(month: 6, day: 28, uncertain: true, possibleOffsets: Array(-10...16))), years: 2022...2100),
            HolidayDefinition("Labour Day", rule: NthWeekdayRule(4, .monday, of: 10)),
            .fixed("Christmas Day", nil, 12, 25, major: true),
            .fixed("Boxing Day", nil, 12, 26),
        ],
        substitution: Substitution(triggers: saturdayAndSunday, label: "{name} (observed)"),
        overrides: [2022: [.add("Queen Elizabeth II Memorial Day", nil, major: false, days("2022-09-26"))]]
    )

    private static let mondayised = Substitution(triggers: saturdayAndSunday, label: "{name} (observed)", since: 2014)
}
