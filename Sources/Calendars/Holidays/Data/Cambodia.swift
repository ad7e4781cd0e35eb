/// Cambodia. The Royal Government's yearly sub-decree on official holidays
/// (Ministry of Labour and Vocational Training's notices, mlvt.gov.kh) for
/// 2022-2024, which cut several days from 2024 (Human Rights Day, the
/// three-day King's Birthday). Khmer New Year, Visak Bochea, the Royal
/// Ploughing Ceremony, Pchum Ben and the Water Festival follow the Khmer
/// lunar calendar: the sub-decrees' days for 2020-2025, then
/// approximations. The Ministry's lists for 2023 and 2024 (Prakas 243/22
/// and its 2024 successor) give no day in lieu for a holiday on a weekend,
/// so none is added (older sub-decrees did move Sunday holidays).
extension HolidayData {
    static let cambodia = CountryHolidays(
        code: "KH",
        definitions: [
            .fixed("International New Year Day", nil, 1, 1),
            .fixed("Victory over Genocide Day", "ទិវាជ័យជម្នះលើរបបប្រល័យពូជសាសន៍", 1, 7),
            .fixed("International Women's Day", nil, 3, 8),
            HolidayDefinition("Khmer New Year", "បុណ្យចូលឆ្នាំខ្មែរ", major: true, rule: PublishedDatesRule(
                approximation: FixedDateRule(month: 4, day: 14, uncertain: true, possibleOffsets: [-1, 0])), days: 3),
            .fixed("International Labour Day", nil, 5, 1),
            .fixed("King Norodom Sihamoni's Birthday", "ព្រះរាជពិធីបុណ្យចម្រើនព្រះជន្ម", 5, 14, years: 2005...2100),
            HolidayDefinition("Visak Bochea Day", "ពិធីបុណ្យវិសាខបូជា", rule: PublishedDatesRule(
                approximation: LunarPhaseRule(phase: .full, anchor: .lunarMonth(4), offsetMinutes: 420))),
            HolidayDefinition("Royal Ploughing Ceremony", "ព្រះរាជពិធីច្រត់ព្រះនង្គ័ល", rule: PublishedDatesRule(
                approximation: LunarPhaseRule(phase: .full, anchor: .lunarMonth(4), offsetMinutes: 420, offset: 4))),
            .fixed("Queen Mother Norodom Monineath's Birthday", nil, 6, 18, years: 2005...2100),
            .fixed("Constitution Day", "ទិវាប្រកាសរដ្ឋធម្មនុញ្ញ", 9, 24, years: 1993...2100),
            HolidayDefinition("Pchum Ben", "បុណ្យភ្ជុំបិណ្ឌ", major: true, rule: PublishedDatesRule(
                // The 14th and 15th waning days of Phatrobot and the next: the
                // new moon between mid-September and mid-October, two days before.
                approximation: LunarPhaseRule(phase: .new, anchor: .window(from: (9, 15), to: (10, 15)), offsetMinutes: 420, offset: -2)), days: 3),
            .fixed("King Father Norodom Sihanouk Commemoration Day", nil, 10, 15, years: 2013...2100),
            .fixed("Coronation Day of King Norodom Sihamoni", nil, 10, 29, years: 2004...2100),
            HolidayDefinition("Water Festival", "បុណ្យអុំទូក", major: true, rule: PublishedDatesRule(
                approximation: LunarPhaseRule(phase: .full, anchor: .lunarMonth(10), offsetMinutes: 420, offset: -1)), days: 3),
            .fixed("Independence Day", "ទិវាបុណ្យឯករាជ្យជាតិ", 11, 9, major: true),
            // Declared on 1 January 2024 (end of the civil war, 29 December 1998);
            // on the sub-decrees' lists from 2024.
            .fixed("Peace Day in Cambodia", "ទិវាសន្តិភាពនៅកម្ពុជា", 12, 29, years: 2024...2100),
        ],
        substitution: nil,
        law: "the Royal Government's sub-decrees on official holidays"
    )
}
