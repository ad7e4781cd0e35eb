/// One public holiday of one country on one day. A holiday of several days
/// (Tet, Songkran) is one `Holiday` per day.
///
/// `possibleDates` lists every day the holiday may fall on and always holds
/// `date`: for a date fixed by moon sighting (the Islamic holidays) or
/// computed beyond the published tables, the planner must keep all of them
/// free.
public struct Holiday: Hashable, Sendable, Codable {
    public let country: CountryCode
    public let date: Day
    /// The English name, as the government's English list writes it where it has one.
    public let name: String
    /// The name in the country's language, where known.
    public let localName: String?
    /// Whether the country effectively stops (Tet, Hari Raya Aidilfitri,
    /// Songkran, national days): no meeting can be held with it.
    public let isMajor: Bool
    /// Whether the date is a forecast (moon sighting, decree not yet issued,
    /// approximation beyond the published tables) rather than a published one.
    public let isUncertain: Bool
    /// Every day the holiday may fall on, sorted, `date` included.
    public let possibleDates: [Day]
    /// Where the date comes from. A provisional date is always uncertain.
    public let provenance: HolidayProvenance

    /// The name with where the date comes from, as plans and checks give
    /// their reasons: `Thingyan holiday (provisional: the Union Government's
    /// list for 2026)`, `Vesak Day (official)`, `National Day (rule)`.
    public var nameWithProvenance: String {
        provenance.isProvisional ? "\(name) (provisional: \(provenance.source))" : "\(name) (\(provenance.kind))"
    }

    public init(country: CountryCode, date: Day, name: String, localName: String? = nil, isMajor: Bool = false,
                isUncertain: Bool = false, possibleDates: [Day] = [],
                provenance: HolidayProvenance = .rule("computed from the country's holiday rules")) {
        self.country = country
        self.date = date
        self.name = name
        self.localName = localName
        self.isMajor = isMajor
        self.isUncertain = isUncertain || provenance.isProvisional
        self.possibleDates = Array(Set(possibleDates + [date])).sorted()
        self.provenance = provenance
    }
}
