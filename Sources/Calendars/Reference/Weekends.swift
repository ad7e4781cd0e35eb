/// Each country's weekend: CLDR's week data from ICU, unless the country's
/// entry in `Countries` overrides it because government practice differs.
public enum Weekends {
    /// The weekend days of a country; falls back to Saturday and Sunday
    /// only if ICU cannot answer for the region.
    public static func of(_ country: Country) -> Set<Weekday> {
        if let override = country.weekendOverride { return override }
        return (try? ICU.weekend(region: country.code.rawValue)) ?? [.saturday, .sunday]
    }
}
