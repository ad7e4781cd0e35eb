import Calendars

/// Who the ASEAN members are on a given day. Timor-Leste became the
/// eleventh member on 26 October 2025 (47th ASEAN Summit, Kuala Lumpur).
public enum ASEANMembership {
    static let timorLesteAdmission = Day(year: 2025, month: 10, day: 26)!

    /// The members on `day`, in code order.
    public static func members(on day: Day) -> [CountryCode] {
        Countries.aseanMembers.map(\.code)
            .filter { $0 != "TL" || day >= timorLesteAdmission }
            .sorted()
    }
}
