/// United Kingdom: the bank holidays of England and Wales (Banking and
/// Financial Dealings Act 1971 and royal proclamations; gov.uk/bank-holidays).
/// A holiday on a weekend gives a substitute on the next weekday. Moves and
/// one-off days by proclamation are the overrides.
extension HolidayData {
    static let unitedKingdom = CountryHolidays(
        code: "GB",
        definitions: [
            .fixed("New Year's Day", nil, 1, 1),
            HolidayDefinition("Good Friday", rule: EasterRule(offset: -2)),
            HolidayDefinition("Easter Monday", rule: EasterRule(offset: 1)),
            HolidayDefinition("Early May bank holiday", rule: NthWeekdayRule(1, .monday, of: 5)),
            HolidayDefinition("Spring bank holiday", rule: NthWeekdayRule(-1, .monday, of: 5)),
            HolidayDefinition("Summer bank holiday", rule: NthWeekdayRule(-1, .monday, of: 8)),
            .fixed("Christmas Day", nil, 12, 25, major: true),
            .fixed("Boxing Day", nil, 12, 26),
        ],
        substitution: Substitution(triggers: saturdayAndSunday, label: "{name} (substitute day)"),
        overrides: [
            1995: [.move("Early May bank holiday", days("1995-05-08"))],
            1999: [.add("Millennium Celebrations", nil, major: false, days("1999-12-31"))],
            2002: [.move("Spring bank holiday", days("2002-06-04")),
                   .add("Golden Jubilee bank holiday", nil, major: false, days("2002-06-03"))],
            2011: [.add("Royal Wedding bank holiday", nil, major: false, days("2011-04-29"))],
            2012: [.move("Spring bank holiday", days("2012-06-04")),
                   .add("Diamond Jubilee bank holiday", nil, major: false, days("2012-06-05"))],
            2020: [.move("Early May bank holiday", days("2020-05-08"))],
            2022: [.move("Spring bank holiday", days("2022-06-02")),
                   .add("Platinum Jubilee bank holiday", nil, major: false, days("2022-06-03")),
                   .add("State Funeral of Queen Elizabeth II", nil, major: false, days("2022-09-19"))],
            2023: [.add("Coronation of King Charles III", nil, major: false, days("2023-05-08"))],
        ]
    )
}
