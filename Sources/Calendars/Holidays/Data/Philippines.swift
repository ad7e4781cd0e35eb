/// Philippines. Administrative Code of 1987, book I, s. 26 as amended (RA
/// 9492, RA 9849, RA 10966) and the President's yearly proclamation of
/// regular holidays and special (non-working) days: Proclamation 1236
/// (2022), 42 and 90 (2023), 368 (2024). No general substitute days;
/// holidays are moved by proclamation (the overrides). Eid'l Fitr and Eid'l
/// Adha are proclaimed each year on the advice of the National Commission
/// on Muslim Filipinos.
extension HolidayData {
    static let philippines = CountryHolidays(
        code: "PH",
        definitions: [
            .fixed("New Year's Day", "Bagong Taon", 1, 1),
            HolidayDefinition("Chinese New Year", rule: ChineseLunarRule(month: 1, day: 1), years: 2012...2100),
            .fixed("EDSA People Power Revolution Anniversary", nil, 2, 25, years: 2002...2023),
            HolidayDefinition("Maundy Thursday", "Huwebes Santo", major: true, rule: EasterRule(offset: -3)),
            HolidayDefinition("Good Friday", "Biyernes Santo", major: true, rule: EasterRule(offset: -2)),
            HolidayDefinition("Black Saturday", "Sabado de Gloria", rule: EasterRule(offset: -1), years: 2010...2100),
            .fixed("Day of Valor", "Araw ng Kagitingan", 4, 9),
            HolidayDefinition("Eid'l Fitr", rule: IslamicRule(month: 10, day: 1), years: 2002...2100),
            .fixed("Labor Day", "Araw ng Manggagawa", 5, 1),
            .fixed("Independence Day", "Araw ng Kalayaan", 6, 12, major: true),
            HolidayDefinition("Eid'l Adha", rule: IslamicRule(month: 12, day: 10), years: 2010...2100),
            .fixed("Ninoy Aquino Day", nil, 8, 21, years: 2004...2100),
            HolidayDefinition("National Heroes Day", "Araw ng mga Bayani", rule: NthWeekdayRule(-1, .monday, of: 8)),
            .fixed("All Saints' Day", "Undas", 11, 1),
            .fixed("Bonifacio Day", "Araw ni Bonifacio", 11, 30),
            .fixed("Feast of the Immaculate Conception of Mary", nil, 12, 8, years: 2017...2100),
            .fixed("Christmas Eve", nil, 12, 24, years: 2017...2100),
            .fixed("Christmas Day", "Pasko", 12, 25, major: true),
            .fixed("Rizal Day", "Araw ni Rizal", 12, 30),
            .fixed("Last Day of the Year", nil, 12, 31),
        ],
        substitution: nil,
        law: "Administrative Code of 1987, book I, s. 26, as amended (RA 9492, RA 9849, RA 10966)"
    )
}
