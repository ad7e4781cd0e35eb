/// The non-Gregorian calendars holidays are defined on. The raw value is
/// ICU's calendar keyword. `vietnamese` is computed in Swift by
/// `LunisolarCalculator`, because ICU has no Vietnamese calendar and its
/// Chinese one reckons days in UTC+8 (Tet 2007 was 17 February in Viet Nam,
/// 18 February in China); so is `dangi`, because ICU before 75 shares its
/// caches with `chinese` (ICU-9972) and would answer wrongly for one or
/// the other.
public enum CalendarSystem: String, CaseIterable, Sendable, Codable {
    /// Chinese lunisolar calendar, reckoned in UTC+8 (ICU `chinese`).
    case chinese
    /// Korean lunisolar calendar, reckoned in UTC+9 (ICU's `dangi` numbering, computed in Swift).
    case dangi
    /// Saudi Umm al-Qura tabular Islamic calendar (ICU `islamic-umalqura`).
    case islamicUmmAlQura = "islamic-umalqura"
    /// Arithmetic Islamic calendar (ICU `islamic-civil`).
    case islamicCivil = "islamic-civil"
    /// Thai solar calendar: Gregorian months, years of the Buddhist era (ICU `buddhist`).
    case buddhist
    /// Indian national (Saka) calendar (ICU `indian`).
    case indian
    /// Vietnamese lunisolar calendar, reckoned in UTC+7 (computed in Swift).
    case vietnamese

    /// Whether months may repeat as leap months.
    public var isLunisolar: Bool { self == .chinese || self == .dangi || self == .vietnamese }
}
