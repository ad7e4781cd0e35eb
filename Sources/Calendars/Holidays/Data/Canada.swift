/// Canada, federal level: the holidays of the Canada Labour Code (s. 166)
/// and of the federal public service, including Easter Monday and the
/// National Day for Truth and Reconciliation (30 September, from 2021). A
/// holiday on a weekend is observed on the next working day.
extension HolidayData {
    static let canada = CountryHolidays(
        code: "CA",
        definitions: [
            .fixed("New Year's Day", "Jour de l'An", 1, 1),
            HolidayDefinition("Good Friday", "Vendredi saint", rule: EasterRule(offset: -2)),
            HolidayDefinition("Easter Monday", "Lundi de Pâques", rule: EasterRule(offset: 1)),
            HolidayDefinition("Victoria Day", "Fête de la Reine", rule: NthWeekdayRule(.monday, onOrBefore: 24, of: 5)),
            .fixed("Canada Day", "Fête du Canada", 7, 1, major: true),
            HolidayDefinition("Labour Day", "Fête du Travail", rule: NthWeekdayRule(1, .monday, of: 9)),
            .fixed("National Day for Truth and Reconciliation", "Journée nationale de la vérité et de la réconciliation", 9, 30, years: 2021...2100),
            HolidayDefinition("Thanksgiving", "Action de grâce", rule: NthWeekdayRule(2, .monday, of: 10)),
            .fixed("Remembrance Day", "Jour du Souvenir", 11, 11),
            .fixed("Christmas Day", "Noël", 12, 25, major: true),
            .fixed("Boxing Day", "Lendemain de Noël", 12, 26),
        ],
        substitution: Substitution(triggers: saturdayAndSunday, label: "{name} (observed)"),
        overrides: [2022: [.add("National Day of Mourning for Queen Elizabeth II", nil, major: false, days("2022-09-19"))]]
    )
}
