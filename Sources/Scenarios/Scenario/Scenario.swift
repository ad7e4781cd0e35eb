import Calendars

/// One validated planning problem: a body's chair term (or any horizon),
/// its venues, delegations and meetings, and what the plan must respect.
/// Built only by `ScenarioLoader`, so every reference in it resolves.
public struct Scenario: Sendable {
    public struct Body: Hashable, Sendable {
        public let name: String
        public let short: String
        /// The address that organises the body's meetings (ORGANIZER in
        /// calendars and change messages); nil: none known.
        public let email: String?

        public init(name: String, short: String, email: String? = nil) {
            self.name = name
            self.short = short
            self.email = email
        }
    }

    /// The file the scenario came from, as given on the command line.
    public let file: String
    public let body: Body
    public let cycle: Int?
    public let chair: CountryCode
    public let theme: String?
    public let horizon: DayRange
    public let members: [CountryCode]
    public let partners: [CountryCode]
    public let venues: [Venue]
    public let delegations: [Delegation]
    public let meetings: [Meeting]
    public let fixed: [FixedEvent]
    public let holidayFeeds: [HolidayFeed]
    public let weights: Weights
    /// Changes to the run-up's default lead times by meeting kind (Docs/Runup.md).
    public let runup: RunupOverrides
    /// Bodies with rotations (`bodies:`); empty for a one-body scenario,
    /// whose meetings have no term.
    public let bodies: [ScenarioBody]
    /// The official programme's people, places, logo and translations (Docs/Scenario.md).
    public let programme: Programme

    public init(file: String, body: Body, cycle: Int?, chair: CountryCode, theme: String?, horizon: DayRange,
                members: [CountryCode], partners: [CountryCode], venues: [Venue], delegations: [Delegation],
                meetings: [Meeting], fixed: [FixedEvent], holidayFeeds: [HolidayFeed], weights: Weights,
                runup: RunupOverrides = RunupOverrides(), bodies: [ScenarioBody] = [],
                programme: Programme = Programme()) {
        self.file = file
        self.body = body
        self.cycle = cycle
        self.chair = chair
        self.theme = theme
        self.horizon = horizon
        self.members = members
        self.partners = partners
        self.venues = venues
        self.delegations = delegations
        self.meetings = meetings
        self.fixed = fixed
        self.holidayFeeds = holidayFeeds
        self.weights = weights
        self.runup = runup
        self.bodies = bodies
        self.programme = programme
        self.index = Index(venues: venues, meetings: meetings, delegations: delegations)
    }

    public func venue(_ id: VenueID) -> Venue? { index.venues[id].map { venues[$0] } }
    public func meeting(_ id: MeetingID) -> Meeting? { index.meetings[id].map { meetings[$0] } }
    public func delegation(_ id: DelegationID) -> Delegation? { index.delegations[id].map { delegations[$0] } }

    /// Positions by id, built once: an ASEAN year has some 1,500 meetings
    /// and 400 delegations, looked up for every option and every event.
    private let index: Index

    private struct Index: Sendable {
        let venues: [VenueID: Int]
        let meetings: [MeetingID: Int]
        let delegations: [DelegationID: Int]

        init(venues: [Venue], meetings: [Meeting], delegations: [Delegation]) {
            func positions<ID: Hashable>(_ ids: [ID]) -> [ID: Int] {
                var result: [ID: Int] = [:]
                for (position, id) in ids.enumerated() where result[id] == nil { result[id] = position }
                return result
            }
            self.venues = positions(venues.map(\.id))
            self.meetings = positions(meetings.map(\.id))
            self.delegations = positions(delegations.map(\.id))
        }
    }

    /// The delegations a list of references names, each once, in the order
    /// of `delegations`.
    public func resolve(_ references: [AttendeeReference]) -> [Delegation] {
        resolve(references, chair: chair)
    }

    /// The same, `chair` meaning the given country (a term's chair).
    public func resolve(_ references: [AttendeeReference], chair: CountryCode) -> [Delegation] {
        var countries = Set<CountryCode>()
        var ids = Set<DelegationID>()
        for reference in references {
            switch reference {
            case .members: countries.formUnion(members)
            case .partners: countries.formUnion(partners)
            case .plusThree: countries.formUnion(Countries.plusThree.map(\.code))
            case .chair: countries.insert(chair)
            case .delegation(let id): ids.insert(id)
            }
        }
        return delegations.filter { ids.contains($0.id) || countries.contains($0.country) }
    }

    /// The delegations a hybrid meeting lists as remote, `chair` meaning
    /// the meeting's term's chair.
    public func remoteAttendees(of meeting: Meeting) -> [Delegation] {
        resolve(meeting.remote.map(\.value), chair: meeting.term?.chair ?? chair)
    }

    /// The delegations attending a meeting.
    public func attendees(of meeting: Meeting) -> [Delegation] {
        resolve(meeting.attendees.map(\.value), chair: meeting.term?.chair ?? chair)
    }
}
