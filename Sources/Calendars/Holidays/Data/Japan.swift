/// Japan. Act on National Holidays (国民の祝日に関する法律, 1948, as
/// amended; Cabinet Office list, cao.go.jp): a holiday on Sunday moves to
/// the next day that is not a holiday (art. 3(2); Monday only before 2007),
/// and a day between two holidays is one (art. 3(3), from 1986). The
/// equinox days are the Sun's, in JST. Government offices also close
/// 29 December - 3 January (Act on Holidays of Administrative Organs,
/// art. 1), listed as a major break.
extension HolidayData {
    static let japan = CountryHolidays(
        code: "JP",
        definitions: [
            .fixed("New Year's Day", "元日", 1, 1, major: true),
            .fixed("Year-end and New Year holidays", "年末年始", 1, 2, major: true, days: 2, substitutes: false, occupiesDay: false),
            .fixed("Coming of Age Day", "成人の日", 1, 15, years: 1990...1999),
            HolidayDefinition("Coming of Age Day", "成人の日", rule: NthWeekdayRule(2, .monday, of: 1), years: 2000...2100),
            .fixed("National Foundation Day", "建国記念の日", 2, 11),
            .fixed("Emperor's Birthday", "天皇誕生日", 2, 23, years: 2020...2100),
            HolidayDefinition("Vernal Equinox Day", "春分の日", rule: SolarTermRule(longitude: 0, offsetMinutes: 540)),
            .fixed("Greenery Day", "みどりの日", 4, 29, years: 1990...2006),
            .fixed("Showa Day", "昭和の日", 4, 29, years: 2007...2100),
            .fixed("Constitution Memorial Day", "憲法記念日", 5, 3),
            .fixed("Greenery Day", "みどりの日", 5, 4, years: 2007...2100),
            .fixed("Children's Day", "こどもの日", 5, 5),
            .fixed("Marine Day", "海の日", 7, 20, years: 1996...2002),
            HolidayDefinition("Marine Day", "海の日", rule: NthWeekdayRule(3, .monday, of: 7), years: 2003...2100),
            .fixed("Mountain Day", "山の日", 8, 11, years: 2016...2100),
            .fixed("Respect for the Aged Day", "敬老の日", 9, 15, years: 1990...2002),
            HolidayDefinition("Respect for the Aged Day", "敬老の日", rule: NthWeekdayRule(3, .monday, of: 9), years: 2003...2100),
            HolidayDefinition("Autumnal Equinox Day", "秋分の日", rule: SolarTermRule(longitude: 180, offsetMinutes: 540)),
            .fixed("Health and Sports Day", "体育の日", 10, 10, years: 1990...1999),
            HolidayDefinition("Sports Day", "スポーツの日", rule: NthWeekdayRule(2, .monday, of: 10), years: 2000...2100),
            .fixed("Culture Day", "文化の日", 11, 3),
            .fixed("Labour Thanksgiving Day", "勤労感謝の日", 11, 23),
            .fixed("Emperor's Birthday", "天皇誕生日", 12, 23, years: 1990...2018),
            .fixed("Year-end holidays", "年末年始", 12, 29, major: true, days: 3, substitutes: false, occupiesDay: false),
        ],
        substitution: Substitution(triggers: [.sunday], label: "Substitute Holiday ({name})"),
        sandwichedDaysAreHolidays: true,
        overrides: [
            1990: [.add("Enthronement Ceremony", "即位礼正殿の儀", major: false, days("1990-11-12"))],
            1993: [.add("Crown Prince's Wedding", "結婚の儀", major: false, days("1993-06-09"))],
            2019: [.add("Enthronement Day", "即位の日", major: true, days("2019-05-01")),
                   .add("Enthronement Ceremony", "即位礼正殿の儀", major: false, days("2019-10-22"))],
            // Olympic years: the Act on Special Measures moved three holidays.
            2020: [.move("Marine Day", days("2020-07-23")), .move("Sports Day", days("2020-07-24")),
                   .move("Mountain Day", days("2020-08-10"))],
            2021: [.move("Marine Day", days("2021-07-22")), .move("Sports Day", days("2021-07-23")),
                   .move("Mountain Day", days("2021-08-08"))],
        ]
    )
}
