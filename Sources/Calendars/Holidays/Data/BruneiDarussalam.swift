/// Brunei Darussalam. The Prime Minister's Office yearly list of public
/// holidays (jpm.gov.bn; as repeated by the Embassy of Japan in Brunei for
/// 2023 and the ASEAN-Japan Centre for 2024). The government week is Monday
/// to Thursday and Saturday, so a holiday on Friday or Sunday gives the
/// next working day off (Saturday after a Friday). Islamic days are fixed
/// by moon sighting; the tables hold the official days of 2023 and 2024,
/// and 2022's where the sources agree (Hari Raya Aidilfitri 2022: 2 May,
/// Information Department announcement of 1 May 2022).
extension HolidayData {
    static let bruneiDarussalam = CountryHolidays(
        code: "BN",
        definitions: [
            .fixed("New Year's Day", "Awal Tahun Masihi", 1, 1),
            HolidayDefinition("Chinese New Year", "Tahun Baru Cina", rule: ChineseLunarRule(month: 1, day: 1)),
            HolidayDefinition("Israk Mikraj", "Israk dan Mikraj", rule: IslamicRule(month: 7, day: 27)),
            .fixed("National Day", "Hari Kebangsaan", 2, 23, major: true),
            HolidayDefinition("First Day of Ramadan", "Hari Pertama Berpuasa", rule: IslamicRule(month: 9, day: 1)),
            HolidayDefinition("Nuzul Al-Quran", "Hari Nuzul Al-Quran", rule: IslamicRule(month: 9, day: 17)),
            HolidayDefinition("Hari Raya Aidilfitri", "Hari Raya Aidilfitri", major: true, rule: IslamicRule(month: 10, day: 1), days: 3),
            .fixed("Royal Brunei Armed Forces Day", "Hari Angkatan Bersenjata Diraja Brunei", 5, 31),
            HolidayDefinition("Hari Raya Aidiladha", "Hari Raya Aidiladha", rule: IslamicRule(month: 12, day: 10)),
            .fixed("His Majesty the Sultan's Birthday", "Hari Keputeraan KDYMM Sultan Brunei", 7, 15, major: true),
            HolidayDefinition("Islamic New Year", "Awal Tahun Hijrah", rule: IslamicRule(month: 1, day: 1)),
            HolidayDefinition("Prophet Muhammad's Birthday", "Maulidur Rasul", rule: IslamicRule(month: 3, day: 12)),
            .fixed("Christmas Day", "Hari Natal", 12, 25),
        ],
        substitution: Substitution(triggers: [.friday, .sunday], label: "{name} (replacement holiday)",
                                   source: "the Prime Minister's Office yearly list: a holiday on Friday or Sunday gives the next working day"),
        law: "the Prime Minister's Office standing list of public holidays"
    )
}
