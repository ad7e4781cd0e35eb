/// The countries Convene knows: the ASEAN members, the Plus Three and the
/// dialogue partners. Names follow ASEAN usage (asean.org member pages);
/// zones are the capitals' IANA zones.
public enum Countries {
    /// Every known country, ASEAN members first, then in code order.
    public static let all: [Country] = [
        Country(code: "BN", name: "Brunei Darussalam", group: .aseanMember, capital: "Bandar Seri Begawan",
                timeZone: "Asia/Brunei", latitude: 4.9031, longitude: 114.9398, locale: "ms_BN",
                weekendOverride: [.friday, .sunday],
                weekendNote: "Government offices work Monday to Thursday and Saturday; CLDR lists Saturday and Sunday.",
                fridayPrayerBreak: true, observesRamadan: true),
        Country(code: "KH", name: "Cambodia", group: .aseanMember, capital: "Phnom Penh",
                timeZone: "Asia/Phnom_Penh", latitude: 11.5564, longitude: 104.9282, locale: "km_KH"),
        Country(code: "ID", name: "Indonesia", group: .aseanMember, capital: "Jakarta",
                timeZone: "Asia/Jakarta", latitude: -6.2088, longitude: 106.8456, locale: "id_ID",
                fridayPrayerBreak: true, observesRamadan: true),
        Country(code: "LA", name: "Lao PDR", group: .aseanMember, capital: "Vientiane",
                timeZone: "Asia/Vientiane", latitude: 17.9757, longitude: 102.6331, locale: "lo_LA"),
        Country(code: "MY", name: "Malaysia", group: .aseanMember, capital: "Kuala Lumpur",
                timeZone: "Asia/Kuala_Lumpur", latitude: 3.1390, longitude: 101.6869, locale: "ms_MY",
                weekendOverride: [.saturday, .sunday],
                weekendNote: "Federal level only: Kedah, Kelantan and Terengganu rest Friday and Saturday (states are a documented gap).",
                fridayPrayerBreak: true, observesRamadan: true),
        Country(code: "MM", name: "Myanmar", group: .aseanMember, capital: "Nay Pyi Taw",
                timeZone: "Asia/Yangon", latitude: 19.7633, longitude: 96.0785, locale: "my_MM"),
        Country(code: "PH", name: "Philippines", group: .aseanMember, capital: "Manila",
                timeZone: "Asia/Manila", latitude: 14.5995, longitude: 120.9842, locale: "fil_PH"),
        Country(code: "SG", name: "Singapore", group: .aseanMember, capital: "Singapore",
                timeZone: "Asia/Singapore", latitude: 1.3521, longitude: 103.8198, locale: "en_SG"),
        Country(code: "TH", name: "Thailand", group: .aseanMember, capital: "Bangkok",
                timeZone: "Asia/Bangkok", latitude: 13.7563, longitude: 100.5018, locale: "th_TH"),
        Country(code: "VN", name: "Viet Nam", group: .aseanMember, capital: "Ha Noi",
                timeZone: "Asia/Ho_Chi_Minh", latitude: 21.0278, longitude: 105.8342, locale: "vi_VN"),
        Country(code: "TL", name: "Timor-Leste", group: .aseanMember, capital: "Dili",
                timeZone: "Asia/Dili", latitude: -8.5569, longitude: 125.5603, locale: "pt_TL"),
        Country(code: "CN", name: "China", group: .plusThree, capital: "Beijing",
                timeZone: "Asia/Shanghai", latitude: 39.9042, longitude: 116.4074, locale: "zh_CN"),
        Country(code: "JP", name: "Japan", group: .plusThree, capital: "Tokyo",
                timeZone: "Asia/Tokyo", latitude: 35.6762, longitude: 139.6503, locale: "ja_JP"),
        Country(code: "KR", name: "Republic of Korea", group: .plusThree, capital: "Seoul",
                timeZone: "Asia/Seoul", latitude: 37.5665, longitude: 126.9780, locale: "ko_KR"),
        Country(code: "AU", name: "Australia", group: .dialoguePartner, capital: "Canberra",
                timeZone: "Australia/Sydney", latitude: -35.2809, longitude: 149.1300, locale: "en_AU"),
        Country(code: "CA", name: "Canada", group: .dialoguePartner, capital: "Ottawa",
                timeZone: "America/Toronto", latitude: 45.4215, longitude: -75.6972, locale: "en_CA"),
        Country(code: "GB", name: "United Kingdom", group: .dialoguePartner, capital: "London",
                timeZone: "Europe/London", latitude: 51.5074, longitude: -0.1278, locale: "en_GB"),
        Country(code: "IN", name: "India", group: .dialoguePartner, capital: "New Delhi",
                timeZone: "Asia/Kolkata", latitude: 28.6139, longitude: 77.2090, locale: "en_IN",
                weekendOverride: [.saturday, .sunday],
                weekendNote: "Central government offices have worked a five-day week since 1985; CLDR lists Sunday only."),
        Country(code: "NZ", name: "New Zealand", group: .dialoguePartner, capital: "Wellington",
                timeZone: "Pacific/Auckland", latitude: -41.2865, longitude: 174.7762, locale: "en_NZ"),
        Country(code: "US", name: "United States", group: .dialoguePartner, capital: "Washington, D.C.",
                timeZone: "America/New_York", latitude: 38.9072, longitude: -77.0369, locale: "en_US"),
    ]

    private static let byCode: [CountryCode: Country] = Dictionary(uniqueKeysWithValues: all.map { ($0.code, $0) })

    /// The country with this code, or nil when Convene does not know it.
    public static func named(_ code: CountryCode) -> Country? { byCode[code] }

    /// The ASEAN members, in code order.
    public static var aseanMembers: [Country] { all.filter { $0.group == .aseanMember } }

    /// China, Japan and the Republic of Korea.
    public static var plusThree: [Country] { all.filter { $0.group == .plusThree } }
}
