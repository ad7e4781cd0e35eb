/// Reference facts about a country that meetings need: its name as ASEAN
/// writes it, the zone and place of its capital, its working week and the
/// locale its documents are written in.
public struct Country: Hashable, Sendable {
    /// Which group the country belongs to in ASEAN's cooperation.
    public enum Group: String, Sendable, Codable {
        case aseanMember = "asean"
        case plusThree = "plus-three"
        case dialoguePartner = "dialogue-partner"
    }

    public let code: CountryCode
    /// The English short name in ASEAN usage ("Viet Nam", "Lao PDR").
    public let name: String
    public let group: Group
    /// The capital city, the default place of the country's venues.
    public let capital: String
    /// The IANA zone of the capital.
    public let timeZone: String
    public let latitude: Double
    public let longitude: Double
    /// The main locale for documents and dates (BCP 47 with underscore, as ICU takes it).
    public let locale: String
    /// The weekend when CLDR's week data does not match government practice;
    /// nil to take CLDR's. See `Weekends`.
    public let weekendOverride: Set<Weekday>?
    /// Why the override exists, with its source.
    public let weekendNote: String?
    /// Whether government offices break for Friday prayers (BN, MY, ID), so
    /// agendas leave Friday midday free.
    public let fridayPrayerBreak: Bool
    /// Whether the state observes Ramadan so that in-person meetings during
    /// it are costly (Muslim-majority members).
    public let observesRamadan: Bool

    public init(code: CountryCode, name: String, group: Group, capital: String, timeZone: String,
                latitude: Double, longitude: Double, locale: String,
                weekendOverride: Set<Weekday>? = nil, weekendNote: String? = nil,
                fridayPrayerBreak: Bool = false, observesRamadan: Bool = false) {
        self.code = code
        self.name = name
        self.group = group
        self.capital = capital
        self.timeZone = timeZone
        self.latitude = latitude
        self.longitude = longitude
        self.locale = locale
        self.weekendOverride = weekendOverride
        self.weekendNote = weekendNote
        self.fridayPrayerBreak = fridayPrayerBreak
        self.observesRamadan = observesRamadan
    }

    /// The language part of the locale ("vi" for "vi_VN").
    public var language: String { String(locale.prefix { $0 != "_" }) }
}
