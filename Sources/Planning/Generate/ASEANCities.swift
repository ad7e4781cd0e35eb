import Calendars

/// Meeting cities of each ASEAN member (capital first), with coordinates
/// and zone, for generated scenarios.
enum ASEANCities {
    struct City {
        let name: String
        let latitude: Double
        let longitude: Double
        let timeZone: String?
    }

    static let byCountry: [CountryCode: [City]] = [
        "BN": [City(name: "Bandar Seri Begawan", latitude: 4.9031, longitude: 114.9398, timeZone: nil)],
        "KH": [City(name: "Phnom Penh", latitude: 11.5564, longitude: 104.9282, timeZone: nil),
               City(name: "Siem Reap", latitude: 13.3671, longitude: 103.8448, timeZone: nil),
               City(name: "Sihanoukville", latitude: 10.6268, longitude: 103.5117, timeZone: nil)],
        "ID": [City(name: "Jakarta", latitude: -6.2088, longitude: 106.8456, timeZone: nil),
               City(name: "Denpasar", latitude: -8.6705, longitude: 115.2126, timeZone: "Asia/Makassar"),
               City(name: "Yogyakarta", latitude: -7.7956, longitude: 110.3695, timeZone: nil)],
        "LA": [City(name: "Vientiane", latitude: 17.9757, longitude: 102.6331, timeZone: nil),
               City(name: "Luang Prabang", latitude: 19.8856, longitude: 102.1347, timeZone: nil)],
        "MY": [City(name: "Kuala Lumpur", latitude: 3.1390, longitude: 101.6869, timeZone: nil),
               City(name: "George Town", latitude: 5.4141, longitude: 100.3288, timeZone: nil),
               City(name: "Kota Kinabalu", latitude: 5.9804, longitude: 116.0735, timeZone: nil)],
        "MM": [City(name: "Nay Pyi Taw", latitude: 19.7633, longitude: 96.0785, timeZone: nil),
               City(name: "Yangon", latitude: 16.8409, longitude: 96.1735, timeZone: nil)],
        "PH": [City(name: "Manila", latitude: 14.5995, longitude: 120.9842, timeZone: nil),
               City(name: "Cebu", latitude: 10.3157, longitude: 123.8854, timeZone: nil),
               City(name: "Davao", latitude: 7.1907, longitude: 125.4553, timeZone: nil)],
        "SG": [City(name: "Singapore", latitude: 1.3521, longitude: 103.8198, timeZone: nil)],
        "TH": [City(name: "Bangkok", latitude: 13.7563, longitude: 100.5018, timeZone: nil),
               City(name: "Chiang Mai", latitude: 18.7883, longitude: 98.9853, timeZone: nil),
               City(name: "Phuket", latitude: 7.8804, longitude: 98.3923, timeZone: nil)],
        "VN": [City(name: "Ha Noi", latitude: 21.0278, longitude: 105.8342, timeZone: nil),
               City(name: "Da Nang", latitude: 16.0544, longitude: 108.2022, timeZone: nil),
               City(name: "Ho Chi Minh City", latitude: 10.8231, longitude: 106.6297, timeZone: nil)],
        "TL": [City(name: "Dili", latitude: -8.5569, longitude: 125.5603, timeZone: nil)],
    ]
}
