/// Myanmar. The President's Office yearly notification of public holidays.
/// The fixed days are firm; the Buddhist full-moon days and National Day
/// follow the Myanmar lunisolar calendar, for which no published tables are
/// entered yet: every such day is approximated (full moon of the matching
/// Chinese-style month seen from UTC+6:30) and marked uncertain. Thingyan
/// has been lengthened by decree in several recent years; the customary
/// 13-16 April plus New Year's Day on 17 April is used.
extension HolidayData {
    static let myanmar = CountryHolidays(
        code: "MM",
        definitions: [
            .fixed("Independence Day", "လွတ်လပ်ရေးနေ့", 1, 4, major: true),
            .fixed("Union Day", "ပြည်ထောင်စုနေ့", 2, 12),
            .fixed("Peasants' Day", "တောင်သူလယ်သမားနေ့", 3, 2),
            HolidayDefinition("Full Moon Day of Tabaung", rule: LunarPhaseRule(phase: .full, anchor: .lunarMonth(2), offsetMinutes: 390)),
            .fixed("Armed Forces Day", "တပ်မတော်နေ့", 3, 27),
            HolidayDefinition("Thingyan (Water Festival)", "သင်္ကြန်", major: true,
                              rule: FixedDateRule(month: 4, day: 13, uncertain: true, possibleOffsets: [-1, 0, 1]), days: 4),
            HolidayDefinition("Myanmar New Year", "နှစ်ဆန်းတစ်ရက်", major: true,
                              rule: FixedDateRule(month: 4, day: 17, uncertain: true, possibleOffsets: [0, 1])),
            .fixed("Labour Day", "အလုပ်သမားနေ့", 5, 1),
            HolidayDefinition("Full Moon Day of Kasone (Buddha Day)", rule: LunarPhaseRule(phase: .full, anchor: .lunarMonth(4), offsetMinutes: 390)),
            HolidayDefinition("Full Moon Day of Waso", rule: LunarPhaseRule(phase: .full, anchor: .lunarMonth(6), offsetMinutes: 390)),
            .fixed("Martyrs' Day", "အာဇာနည်နေ့", 7, 19),
            HolidayDefinition("Thadingyut Festival", rule: LunarPhaseRule(phase: .full, anchor: .lunarMonth(9), offsetMinutes: 390, offset: -1), days: 3),
            HolidayDefinition("Full Moon Day of Tazaungmone", rule: LunarPhaseRule(phase: .full, anchor: .lunarMonth(10), offsetMinutes: 390)),
            HolidayDefinition("National Day", "အမျိုးသားနေ့", rule: LunarPhaseRule(phase: .full, anchor: .lunarMonth(10), offsetMinutes: 390, offset: 10)),
            .fixed("Christmas Day", nil, 12, 25),
        ],
        substitution: nil
    )
}
