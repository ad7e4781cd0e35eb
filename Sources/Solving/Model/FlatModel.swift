/// The flat model `convene-model/1` (DESIGN.md, "Flat model"): everything
/// the solver sees of a planning problem. Meetings choose one of their
/// options; the model knows nothing of countries, calendars or files, only
/// venue-local day indices and UTC minutes counted from `epoch`.
///
/// Coding keys follow the order DESIGN.md gives, and `jsonText()` writes
/// them in that order, so a model written twice is byte-identical.
public struct FlatModel: Hashable, Sendable, Codable {
    /// The format tag every model carries; readers reject any other.
    public static let formatTag = "convene-model/1"

    public var format: String
    /// The civil day (ISO `YYYY-MM-DD`) from which days and minutes count.
    public var epoch: String
    /// Site names; venues in one city share a site, a virtual venue has its own.
    public var sites: [String]
    /// `travelMinutes[a][b]`: minutes an attendee needs from site `a` to site `b`.
    public var travelMinutes: [[Int]]
    public var venues: [Venue]
    public var meetings: [Meeting]
    public var precedences: [Precedence]
    public var sameVenue: [SameVenue]

    public init(
        format: String = FlatModel.formatTag, epoch: String, sites: [String], travelMinutes: [[Int]],
        venues: [Venue], meetings: [Meeting], precedences: [Precedence] = [], sameVenue: [SameVenue] = []
    ) {
        self.format = format
        self.epoch = epoch
        self.sites = sites
        self.travelMinutes = travelMinutes
        self.venues = venues
        self.meetings = meetings
        self.precedences = precedences
        self.sameVenue = sameVenue
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case format, epoch, sites, travelMinutes, venues, meetings, precedences, sameVenue
    }
}
