import Calendars

/// The body and cycle a meeting belongs to, and that cycle's chair (from
/// the body's rotation): `chair` in the meeting's attendees, venues and
/// texts means this chair. Meetings of a one-body scenario without
/// `bodies:` have none.
public struct MeetingTerm: Hashable, Sendable {
    public let body: BodyID
    /// The body's short name, for titles and file names.
    public let short: String
    public let cycle: Int
    public let chair: CountryCode
    /// The chair of the next cycle: the heads meeting that ends this term
    /// hands the chair to it.
    public let nextChair: CountryCode?

    public init(body: BodyID, short: String, cycle: Int, chair: CountryCode, nextChair: CountryCode?) {
        self.body = body
        self.short = short
        self.cycle = cycle
        self.chair = chair
        self.nextChair = nextChair
    }
}
