/// United States: the federal holidays of 5 U.S.C. 6103 (OPM's list). A
/// holiday on Saturday is observed on the Friday before, on Sunday on the
/// Monday after (Executive Order 11582).
extension HolidayData {
    static let unitedStates = CountryHolidays(
        code: "US",
        definitions: [
            .fixed("New Year's Day", nil, 1, 1),
            HolidayDefinition("Birthday of Martin Luther King, Jr.", rule: NthWeekdayRule(3, .monday, of: 1)),
            HolidayDefinition("Washington's Birthday", rule: NthWeekdayRule(3, .monday, of: 2)),
            HolidayDefinition("Memorial Day", rule: NthWeekdayRule(-1, .monday, of: 5)),
            .fixed("Juneteenth National Independence Day", nil, 6, 19, years: 2021...2100),
            .fixed("Independence Day", nil, 7, 4, major: true),
            HolidayDefinition("Labor Day", rule: NthWeekdayRule(1, .monday, of: 9)),
            HolidayDefinition("Columbus Day", rule: NthWeekdayRule(2, .monday, of: 10)),
            .fixed("Veterans Day", nil, 11, 11),
            HolidayDefinition("Thanksgiving Day", major: true, rule: NthWeekdayRule(4, .thursday, of: 11)),
            .fixed("Christmas Day", nil, 12, 25, major: true),
        ],
        substitution: Substitution(triggers: saturdayAndSunday, placement: .nearestWeekday, label: "{name} (observed)")
    )
}
