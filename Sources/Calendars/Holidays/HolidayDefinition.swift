/// How a country's holiday is found each year: its names, the rule giving
/// its (first) day, how many days it lasts, the years it existed, and
/// whether the country's substitute-day rule applies to it.
struct HolidayDefinition: Sendable {
    let name: String
    let localName: String?
    let isMajor: Bool
    let rule: any HolidayRule
    /// Consecutive days from each date of the rule.
    let length: Int
    /// The years in which the holiday was (or is) gazetted.
    let years: ClosedRange<Int>
    /// Whether a day lost to a weekend or another holiday earns a substitute.
    let substitutes: Bool
    /// This holiday's own substitute rule, where it differs from the
    /// country's (Korea grants substitutes holiday by holiday).
    let substitution: Substitution?
    /// Whether the day counts as taken when a substitute looks for a free
    /// day: false for Japan's year-end office closures, which a substitute
    /// holiday may coincide with.
    let occupiesDay: Bool
    /// The law or calendar rule behind computed days, where it differs
    /// from the country's (`CountryHolidays.law`).
    var source: String?
    /// The lists behind this holiday's published table, where they differ
    /// from the country's (`CountryHolidays.lists`).
    var lists: String?
    /// What a forecast of this holiday awaits (a moon sighting, an announcement).
    var awaiting: String?

    init(_ name: String, _ localName: String? = nil, major: Bool = false, rule: any HolidayRule, days: Int = 1,
         years: ClosedRange<Int> = Holidays.supportedYears, substitutes: Bool = true, substitution: Substitution? = nil,
         occupiesDay: Bool = true, source: String? = nil, lists: String? = nil, awaiting: String? = nil) {
        self.source = source
        self.lists = lists
        self.awaiting = awaiting
        self.name = name
        self.localName = localName
        self.isMajor = major
        self.rule = rule
        self.length = days
        self.years = years
        self.substitutes = substitutes
        self.substitution = substitution
        self.occupiesDay = occupiesDay
    }

    /// A holiday on the same Gregorian day every year.
    static func fixed(_ name: String, _ localName: String? = nil, _ month: Int, _ day: Int, major: Bool = false,
                      days: Int = 1, years: ClosedRange<Int> = Holidays.supportedYears,
                      substitutes: Bool = true, substitution: Substitution? = nil,
                      occupiesDay: Bool = true, source: String? = nil) -> HolidayDefinition {
        HolidayDefinition(name, localName, major: major, rule: FixedDateRule(month: month, day: day), days: days,
                          years: years, substitutes: substitutes, substitution: substitution, occupiesDay: occupiesDay,
                          source: source)
    }
}
