import Calendars

/// Who the ASEAN members are on a given day, from the day each joined
/// (Scenarios/SOURCES.md, H): the five founders on
/// 8 August 1967, Brunei Darussalam on 7 January 1984, Viet Nam on 28 July
/// 1995, Lao PDR and Myanmar on 23 July 1997, Cambodia on 30 April 1999 and
/// Timor-Leste, the eleventh, on 26 October 2025 (47th ASEAN Summit, Kuala
/// Lumpur).
public enum ASEANMembership {
    static let timorLesteAdmission = Day(year: 2025, month: 10, day: 26)!

    /// The day each member joined.
    public static let joined: [CountryCode: Day] = [
        "ID": Day(year: 1967, month: 8, day: 8)!, "MY": Day(year: 1967, month: 8, day: 8)!,
        "PH": Day(year: 1967, month: 8, day: 8)!, "SG": Day(year: 1967, month: 8, day: 8)!,
        "TH": Day(year: 1967, month: 8, day: 8)!, "BN": Day(year: 1984, month: 1, day: 7)!,
        "VN": Day(year: 1995, month: 7, day: 28)!, "LA": Day(year: 1997, month: 7, day: 23)!,
        "MM": Day(year: 1997, month: 7, day: 23)!, "KH": Day(year: 1999, month: 4, day: 30)!,
        "TL": timorLesteAdmission,
    ]

    /// The members on `day`, in code order.
    public static func members(on day: Day) -> [CountryCode] {
        Countries.aseanMembers.map(\.code)
            .filter { (joined[$0] ?? day) <= day }
            .sorted()
    }

    /// Every member, with the day it joined, for a rotation that follows dates.
    public static var rotationMembers: [RotationMember] {
        Countries.aseanMembers.map { RotationMember($0.code, joined: joined[$0.code]) }
    }
}
