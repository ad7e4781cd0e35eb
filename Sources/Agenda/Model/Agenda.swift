import Calendars
import Planning
import Scenarios

/// A meeting's timed programme with everything a page needs: the body and
/// cycle, the meeting, its items and their times, and for remote sessions
/// the delegations' clocks. Built by `AgendaBuilder`; rendered by
/// `MarkdownAgenda` and `HTMLAgenda`.
public struct Agenda: Sendable {
    public let bodyName: String
    public let bodyShort: String
    public let cycle: Int?
    public let chairName: String
    public let theme: String?
    public let meetingID: String
    public let title: String
    public let kind: MeetingKind
    public let mode: MeetingMode
    public let venueName: String
    public let city: String?
    /// The host country: its language is offered, its prayer break kept.
    public let host: CountryCode
    public let timeZone: String
    public let lines: [AgendaLine]
    public let days: [TimedDay]
    /// The incoming chair's English name, for `{chair}` in titles.
    public let incomingChair: String?
    /// Offset groups of remote delegations; empty for in-person meetings.
    public let zoneGroups: [ZoneGroup]
    /// The chair's and the incoming chair's countries, whose names a page
    /// writes in its own language.
    public let chair: CountryCode?
    public let incomingChairCode: CountryCode?
    /// The programme's people and places for this meeting, and the
    /// scenario's own texts by language (Docs/Scenario.md "Programme").
    public var chairperson: Programme.Person?
    public var coChair: Programme.Person?
    public var address: String?
    /// For virtual and hybrid meetings: the link to join.
    public var joinURL: String?
    public var translations: [String: Programme.Translation] = [:]

    public init(bodyName: String, bodyShort: String, cycle: Int?, chairName: String, theme: String?,
                meetingID: String, title: String, kind: MeetingKind, mode: MeetingMode, venueName: String,
                city: String?, host: CountryCode, timeZone: String, lines: [AgendaLine], days: [TimedDay],
                incomingChair: String?, zoneGroups: [ZoneGroup], chair: CountryCode? = nil,
                incomingChairCode: CountryCode? = nil) {
        self.bodyName = bodyName
        self.bodyShort = bodyShort
        self.cycle = cycle
        self.chairName = chairName
        self.theme = theme
        self.meetingID = meetingID
        self.title = title
        self.kind = kind
        self.mode = mode
        self.venueName = venueName
        self.city = city
        self.host = host
        self.timeZone = timeZone
        self.lines = lines
        self.days = days
        self.incomingChair = incomingChair
        self.zoneGroups = zoneGroups
        self.chair = chair
        self.incomingChairCode = incomingChairCode
    }

    /// "ACCSM 22", or the short name alone without a cycle.
    public var cycleName: String { cycle.map { "\(bodyShort) \($0)" } ?? bodyShort }

    /// The host's language when a translation exists for it.
    public var hostTranslation: Translation? {
        guard let country = Countries.named(host), country.language != "en" else { return nil }
        return Translations.named(country.language)
    }
}
