/// The local day on which the Sun reaches an ecliptic longitude: Japan's
/// equinox days (0° and 180°, reckoned in JST, as the National Astronomical
/// Observatory announces them) and China's Qingming (15°, in UTC+8).
struct SolarTermRule: HolidayRule {
    let longitude: Double
    let offsetMinutes: Int

    func dates(in year: Int) throws(CalendarError) -> [RuleDate] {
        [RuleDate(Astronomy.dayOfSolarLongitude(longitude, year: year, offsetMinutes: offsetMinutes))]
    }
}
