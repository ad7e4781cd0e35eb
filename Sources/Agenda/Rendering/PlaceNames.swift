import Calendars

/// Country, city and time-zone names in a page's language, from ICU's CLDR
/// display names, so that no IANA zone id and no English-only name is left
/// on a host-language page. English pages keep ASEAN's own English names
/// for countries (Viet Nam, Lao PDR, Brunei Darussalam), which CLDR's
/// English short names differ from.
struct PlaceNames {
    let locale: String
    let isEnglish: Bool
    /// The instant names are asked at (a zone's name may change with time).
    let instant: Int64

    /// A country's name: the English name given, or CLDR's in the language.
    func country(_ code: CountryCode, english: String) -> String {
        guard !isEnglish else { return english }
        return (try? ICU.regionName(code.rawValue, locale: locale)) ?? english
    }

    /// The zone's generic location name ("Giờ Việt Nam", "Brunei Time").
    func zone(_ zoneID: String) throws(ICUError) -> String {
        try ICU.zoneName(zoneID, locale: locale, at: instant)
    }

    /// A venue's city: when it is the city that names the venue's zone in
    /// English ("Bangkok", "Ho Chi Minh City", "Phnom Penh"), CLDR's name of
    /// it in the language; any other city as the scenario writes it (a
    /// proper name CLDR does not know).
    func city(_ city: String, zone zoneID: String) -> String {
        guard !isEnglish, let english = try? ICU.zoneName(zoneID, locale: "en", at: instant, exemplarCity: true),
              english.lowercased() == city.lowercased(),
              let local = try? ICU.zoneName(zoneID, locale: locale, at: instant, exemplarCity: true) else { return city }
        return local
    }
}
