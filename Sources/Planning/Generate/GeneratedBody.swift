import Calendars
import Scenarios

/// One body of a generated ASEAN year: its rotation and the chair of the
/// cycle under way in that year.
public struct GeneratedBody: Sendable {
    /// How the body's chair is chosen.
    public enum Kind: String, Sendable {
        /// Chaired by the ASEAN Chair of the year (ASEAN Charter art. 31(2)(d):
        /// "where appropriate, the relevant ASEAN Sectoral Ministerial Bodies").
        case aseanChair = "follows the ASEAN Chair"
        /// Its own yearly rotation, cycles numbered by calendar year.
        case yearly = "own yearly rotation"
        /// Its own two-year terms, as ACCSM.
        case twoYearly = "own two-year rotation"
    }

    /// `b000`, `b001`, ...: the prefix of the body's meeting ids.
    public let id: String
    public let kind: Kind
    public let rotation: BodyRotation
    /// The cycle under way on 1 January of the year.
    public let cycle: Int
    public let chair: CountryCode
}
