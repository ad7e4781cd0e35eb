/// Thailand. The Cabinet's yearly list of official holidays for government
/// offices (Secretariat of the Cabinet, soc.go.th; Bank of Thailand's
/// holiday list for 2022-2024). A holiday on Saturday or Sunday gives the
/// next working day off. The Buddhist days (Makha, Visakha and Asarnha
/// Bucha, Khao Phansa) follow the Thai lunar calendar, whose leap months
/// (Athikamat) no algorithm here reproduces: tables 2020-2026, then the
/// full moon of the 1st, 4th and 6th Chinese-style months seen from UTC+7.
extension HolidayData {
    static let thailand = CountryHolidays(
        code: "TH",
        definitions: [
            .fixed("New Year's Day", "วันขึ้นปีใหม่", 1, 1),
            HolidayDefinition("Makha Bucha Day", "วันมาฆบูชา", rule: PublishedDatesRule(
                approximation: LunarPhaseRule(phase: .full, anchor: .lunarMonth(1), offsetMinutes: 420))),
            .fixed("Chakri Memorial Day", "วันจักรี", 4, 6),
            .fixed("Songkran Festival", "วันสงกรานต์", 4, 13, major: true, days: 3),
            .fixed("Coronation Day", "วันฉัตรมงคล", 5, 4, years: 2020...2100),
            // Set each year by the court astrologers; government offices only.
            HolidayDefinition("Royal Ploughing Ceremony", "วันพืชมงคล", rule: PublishedDatesRule(
                approximation: FixedDateRule(month: 5, day: 10, uncertain: true, possibleOffsets: Array(-7...7))),
                              substitutes: false),
            .fixed("Coronation Day", "วันฉัตรมงคล", 5, 5, years: 1990...2016),
            HolidayDefinition("Visakha Bucha Day", "วันวิสาขบูชา", rule: PublishedDatesRule(
                approximation: LunarPhaseRule(phase: .full, anchor: .lunarMonth(4), offsetMinutes: 420))),
            .fixed("Queen Suthida's Birthday", "วันเฉลิมพระชนมพรรษาสมเด็จพระนางเจ้าฯ พระบรมราชินี", 6, 3, years: 2019...2100),
            HolidayDefinition("Asarnha Bucha Day", "วันอาสาฬหบูชา", rule: PublishedDatesRule(
                approximation: LunarPhaseRule(phase: .full, anchor: .lunarMonth(6), offsetMinutes: 420))),
            HolidayDefinition("Buddhist Lent Day", "วันเข้าพรรษา", rule: PublishedDatesRule(
                approximation: LunarPhaseRule(phase: .full, anchor: .lunarMonth(6), offsetMinutes: 420, offset: 1)),
                              // The day after Asarnha Bucha: one substitute serves both (22 July 2024).
                              substitutes: false),
            .fixed("King Vajiralongkorn's Birthday", "วันเฉลิมพระชนมพรรษาพระบาทสมเด็จพระเจ้าอยู่หัว", 7, 28, years: 2017...2100),
            .fixed("Queen Mother's Birthday / Mother's Day", "วันแม่แห่งชาติ", 8, 12),
            .fixed("King Bhumibol Memorial Day", "วันคล้ายวันสวรรคต ร.9", 10, 13, years: 2017...2100),
            .fixed("Chulalongkorn Day", "วันปิยมหาราช", 10, 23),
            .fixed("King Bhumibol's Birthday / National Day / Father's Day", "วันชาติ วันพ่อแห่งชาติ", 12, 5, major: true),
            .fixed("Constitution Day", "วันรัฐธรรมนูญ", 12, 10),
            // A day in lieu like any other; for 31 December 2023, a Sunday,
            // the Cabinet gave Friday 29 December instead (resolution of 2023).
            .fixed("New Year's Eve", "วันสิ้นปี", 12, 31),
        ],
        substitution: Substitution(triggers: saturdayAndSunday, grouping: .perWeekend, label: "Substitution for {name}",
                                   source: "Cabinet resolution on substitution days: the next working day"),
        law: "the Cabinet's resolutions on official holidays"
    )
}
