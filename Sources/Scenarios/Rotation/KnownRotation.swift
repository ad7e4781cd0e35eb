import Calendars

/// The rotations Convene knows by name, from public sources
/// (Scenarios/SOURCES.md, C and G), so that `convene rotation --body
/// ASEAN` lists the chairs as held without the user re-declaring them.
public struct KnownRotation: Sendable {
    public let short: String
    public let name: String
    public let rotation: BodyRotation
    /// The cycles listed when none are asked for.
    public let listed: ClosedRange<Int>
    /// What the dates and deviations rest on, in a line.
    public let basis: String

    /// Every known rotation.
    public static let all: [KnownRotation] = [asean, accsm]

    /// The rotation of this short name (case does not matter), if known.
    public static func named(_ short: String) -> KnownRotation? {
        all.first { $0.short.caseInsensitiveCompare(short) == .orderedSame }
    }

    /// The ASEAN Chair: yearly by calendar year (ASEAN Charter art. 31),
    /// anchored on Malaysia's 2015 chairmanship, with the deviations agreed
    /// since: Indonesia took Brunei Darussalam's 2011 turn and Brunei
    /// Indonesia's 2013 (16th Summit, Ha Noi, 9 April 2010); Myanmar took Lao
    /// PDR's 2014 turn and Lao PDR Myanmar's 2016; Myanmar gave up its 2026
    /// turn to the Philippines (43rd Summit, Jakarta, 5 September 2023).
    /// Timor-Leste is in the rotation from the first year after it joined.
    public static let asean = KnownRotation(
        short: "ASEAN", name: "Chair of ASEAN",
        rotation: BodyRotation(
            members: ASEANMembership.rotationMembers,
            anchor: .init(cycle: 2015, chair: "MY"),
            dates: .calendarYears,
            deviations: [.swap("BN", "ID", cycle: 2011), .swap("LA", "MM", cycle: 2014), .skip("MM", cycle: 2026)]),
        listed: 2010...2027,
        basis: "calendar-year chairs (ASEAN Charter art. 31); swaps 2011/2013 and 2014/2016, Myanmar's 2026 turn to the Philippines")

    /// ACCSM: two-year terms in plain alphabetical order, anchored on Viet
    /// Nam's 21st ACCSM; the 22nd term began at the hand-over to Brunei
    /// Darussalam at the 21st Heads meeting, Ha Noi, 5 August 2022. Earlier
    /// and later terms are counted in two-year steps from that day, which is
    /// approximate (terms ran late in 2020–22) and only decides membership.
    public static let accsm = KnownRotation(
        short: "ACCSM", name: "ASEAN Cooperation on Civil Service Matters",
        rotation: BodyRotation(
            members: ASEANMembership.rotationMembers,
            anchor: .init(cycle: 21, chair: "VN"),
            dates: CycleDates(cycle: 22, start: Day(year: 2022, month: 8, day: 5)!, years: 2)),
        listed: 20...27,
        basis: "two-year terms counted from the 22nd's start on 2022-08-05, approximate before and after")
}
