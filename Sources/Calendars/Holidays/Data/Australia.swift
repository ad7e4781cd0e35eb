/// Australia, national level: the days every state and territory observes
/// (Fair Work Ombudsman's list; the Sovereign's Birthday as in most states,
/// second Monday of June, not WA or QLD). New Year's, Australia Day,
/// Christmas and Boxing Day falling on a weekend are observed on the next
/// weekday; Anzac Day is not moved in most states.
extension HolidayData {
    static let australia = CountryHolidays(
        code: "AU",
        definitions: [
            .fixed("New Year's Day", nil, 1, 1),
            .fixed("Australia Day", nil, 1, 26),
            HolidayDefinition("Good Friday", major: true, rule: EasterRule(offset: -2)),
            HolidayDefinition("Easter Monday", rule: EasterRule(offset: 1)),
            .fixed("Anzac Day", nil, 4, 25, substitutes: false),
            HolidayDefinition("Queen's Birthday", rule: NthWeekdayRule(2, .monday, of: 6), years: 1990...2022),
            HolidayDefinition("King's Birthday", rule: NthWeekdayRule(2, .monday, of: 6), years: 2023...2100),
            .fixed("Christmas Day", nil, 12, 25, major: true),
            .fixed("Boxing Day", nil, 12, 26),
        ],
        substitution: Substitution(triggers: saturdayAndSunday, label: "{name} (observed)"),
        overrides: [2022: [.add("National Day of Mourning for Queen Elizabeth II", nil, major: false, days("2022-09-22"))]]
    )
}
