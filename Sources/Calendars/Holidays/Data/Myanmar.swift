/// Myanmar. The Union Government's yearly notification of public holidays
/// (President's Office; since 2021 the State Administration Council's
/// announcements). The Buddhist full-moon days, Thingyan, the Myanmar New
/// Year, National Day (10th waning day of Tazaungmon) and Kayin New Year
/// (1st waxing day of Pyatho) follow the Myanmar calendar, computed by
/// `MyanmarCalendar` with its own intercalary months and days; since 2017
/// Thadingyut is three days (the eve, the full moon, the day after) and
/// Tazaungdaing two (the eve and the full moon). Eid al-Adha and Deepavali
/// are announced separately each year: provisional until then.
///
/// Checked against (the sources' days are the tests' in
/// `MyanmarHolidayTests`):
/// - 2020: the Union Government's list as reproduced in Wikipedia's
///   "Public holidays in Myanmar" (2020 table): Thingyan 10-17 April,
///   Thadingyut 29 October-2 November, Tazaungdaing 27-30 November.
/// - 2021: the Ministry of Labour, Immigration and Population's list
///   (as reproduced by ryt9.com): days in lieu for weekend holidays, the
///   last year they were given.
/// - 2023: published lists (educationdestinationasia.com, mbcmyanmar.org):
///   Thingyan 9-16 April and New Year 17 April, Kason 3 May.
/// - 2025: the State Administration Council's announcement of July 2024
///   adding New Year's Day and Chinese New Year (Xinhua, 9 July 2024;
///   Nation Thailand, 9 July 2024), and the 2025 list as reproduced by
///   holidayssky.com: Thingyan 13-22 April, Eid al-Adha 7 June, Deepavali
///   20 October.
/// Findings settled: the full-moon days of 2023, 2025 and 2026 are a month
/// earlier than a Chinese-month rule gives (Kason 2023: 3 May, not 4
/// June; Thadingyut 2025: 6 October, not 5 November); New Year's Day and
/// its eve were Union holidays 2018-2021 and New Year's Day again from
/// 2025; the lists of 2023 disagree on 1 and 31 December, so neither is
/// entered. No official list was found for 2022, 2024, 2026 or 2027:
/// their extra Thingyan days are provisional.
extension HolidayData {
    static let myanmar = CountryHolidays(
        code: "MM",
        definitions: [
            .fixed("New Year's Day", "နိုင်ငံတကာနှစ်သစ်ကူးနေ့", 1, 1, years: 2018...2021),
            .fixed("New Year's Day", "နိုင်ငံတကာနှစ်သစ်ကူးနေ့", 1, 1, years: 2025...2100),
            .fixed("Independence Day", "လွတ်လပ်ရေးနေ့", 1, 4, major: true),
            HolidayDefinition("Chinese New Year", "တရုတ်နှစ်သစ်ကူးနေ့", rule: ChineseLunarRule(month: 1, day: 1), years: 2025...2100),
            .fixed("Union Day", "ပြည်ထောင်စုနေ့", 2, 12),
            .fixed("Peasants' Day", "တောင်သူလယ်သမားနေ့", 3, 2),
            HolidayDefinition("Full Moon Day of Tabaung", "တပေါင်းလပြည့်နေ့", rule: MyanmarLunarRule(month: .tabaung, day: 15),
                              source: myanmarCalendar),
            .fixed("Armed Forces Day", "တပ်မတော်နေ့", 3, 27),
            HolidayDefinition("Thingyan (Water Festival)", "သင်္ကြန်", major: true, rule: ThingyanRule(part: .festival),
                              source: myanmarCalendar),
            HolidayDefinition("Myanmar New Year", "နှစ်ဆန်းတစ်ရက်", major: true, rule: ThingyanRule(part: .newYear),
                              source: myanmarCalendar),
            .fixed("Labour Day", "အလုပ်သမားနေ့", 5, 1),
            HolidayDefinition("Full Moon Day of Kason (Buddha Day)", "ကဆုန်လပြည့်နေ့", rule: MyanmarLunarRule(month: .kason, day: 15),
                              source: myanmarCalendar),
            HolidayDefinition("Eid al-Adha", "အိဒ်နေ့", rule: IslamicRule(month: 12, day: 10), awaiting: "the Union Government's separate announcement (moon sighting)"),
            .fixed("Martyrs' Day", "အာဇာနည်နေ့", 7, 19),
            HolidayDefinition("Full Moon Day of Waso (Beginning of Buddhist Lent)", "ဝါဆိုလပြည့်နေ့",
                              rule: MyanmarLunarRule(month: .waso, day: 15), source: myanmarCalendar),
            HolidayDefinition("Thadingyut Festival (End of Buddhist Lent)", "သီတင်းကျွတ်ပွဲတော်",
                              rule: MyanmarLunarRule(month: .thadingyut, day: 14), days: 3, source: myanmarCalendar),
            HolidayDefinition("Deepavali", "ဒီပါဝလီနေ့", rule: PublishedDatesRule(
                approximation: deepavaliApproximation),
                              awaiting: "the Union Government's separate announcement"),
            HolidayDefinition("Tazaungdaing Festival", "တန်ဆောင်တိုင်ပွဲတော်",
                              rule: MyanmarLunarRule(month: .tazaungmon, day: 14), days: 2, source: myanmarCalendar),
            HolidayDefinition("National Day", "အမျိုးသားနေ့", rule: MyanmarLunarRule(month: .tazaungmon, day: 25),
                              source: myanmarCalendar),
            HolidayDefinition("Kayin New Year", "ကရင်နှစ်သစ်ကူးနေ့", rule: MyanmarLunarRule(month: .pyatho, day: 1),
                              source: myanmarCalendar),
            .fixed("Christmas Day", "ခရစ္စမတ်နေ့", 12, 25),
            .fixed("New Year's Eve", nil, 12, 31, years: 2017...2021),
        ],
        substitution: nil,
        law: "the Union Government's standing list of public holidays (fixed days)",
        lists: "the Union Government's yearly notification of public holidays"
    )

    /// The provenance of Myanmar's calendar days.
    static let myanmarCalendar = "the Myanmar calendar (MyanmarCalendar: Thandeikta constants, watat and exception tables)"
}
