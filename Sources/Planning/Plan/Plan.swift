import Calendars
import Scenarios
import Solving

/// A placed schedule: where and when each meeting is, what it costs and
/// why, and how it was found. Written as `plan.json` (format
/// `convene-plan/1`, Docs/Plan.md); read back by `export`, `check` and
/// `plan --keep`. Same scenario and seed give the same bytes, so the plan
/// holds no wall-clock time.
public struct Plan: Codable, Sendable, Hashable {
    public static let formatTag = "convene-plan/1"

    /// One meeting as placed. Every field is typed: plan.json is decoded
    /// once, where it is read (`PlanJSON.decode`), and no reader parses its
    /// text again.
    public struct Entry: Codable, Sendable, Hashable {
        public var id: MeetingID
        public var title: String
        public var kind: MeetingKind
        public var mode: MeetingMode
        public var venue: VenueID
        public var venueName: String
        public var city: String?
        public var country: CountryCode
        /// The first and last local day at the venue.
        public var date: Day
        public var lastDate: Day
        public var weekday: Weekday
        /// Local times at the venue, with its zone and UTC offset.
        public var localStart: LocalTime
        public var localEnd: LocalTime
        public var timeZone: ZoneID
        public var utcOffset: OffsetFromUTC
        /// Instants, RFC 3339 in UTC.
        public var utcStart: UTCInstant
        public var utcEnd: UTCInstant
        public var attendees: [DelegationID]
        public var remote: [DelegationID]
        /// The option chosen, exactly as in model.json: venue, local day
        /// index and UTC minute from the epoch, and its place in the list.
        public var model: ModelCoordinates
        public var cost: Int
        public var costs: [Cost]
        /// For re-plans: whether and why the meeting moved since the kept plan.
        public var moved: Move?

        public init(id: MeetingID, title: String, kind: MeetingKind, mode: MeetingMode, venue: VenueID, venueName: String,
                    city: String?, country: CountryCode, date: Day, lastDate: Day, weekday: Weekday,
                    localStart: LocalTime, localEnd: LocalTime, timeZone: ZoneID, utcOffset: OffsetFromUTC,
                    utcStart: UTCInstant, utcEnd: UTCInstant, attendees: [DelegationID], remote: [DelegationID],
                    model: ModelCoordinates, cost: Int, costs: [Cost], moved: Move?) {
            self.id = id
            self.title = title
            self.kind = kind
            self.mode = mode
            self.venue = venue
            self.venueName = venueName
            self.city = city
            self.country = country
            self.date = date
            self.lastDate = lastDate
            self.weekday = weekday
            self.localStart = localStart
            self.localEnd = localEnd
            self.timeZone = timeZone
            self.utcOffset = utcOffset
            self.utcStart = utcStart
            self.utcEnd = utcEnd
            self.attendees = attendees
            self.remote = remote
            self.model = model
            self.cost = cost
            self.costs = costs
            self.moved = moved
        }

        private enum CodingKeys: String, CodingKey {
            case id, title, kind, mode, venue, venueName, city, country, date, lastDate, weekday, localStart, localEnd
            case timeZone, utcOffset, utcStart, utcEnd, attendees, remote, model, cost, costs, moved
        }

        // Written out for the three values whose text is not their Swift
        // coding: the kind and mode (to name the accepted values in an
        // error) and the weekday (by its English name).
        public init(from decoder: Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            id = try container.decode(MeetingID.self, forKey: .id)
            title = try container.decode(String.self, forKey: .title)
            kind = try container.decodeName(MeetingKind.self, forKey: .kind, names: MeetingKind.allCases.map { ($0.rawValue, $0) })
            mode = try container.decodeName(MeetingMode.self, forKey: .mode, names: MeetingMode.allCases.map { ($0.rawValue, $0) })
            venue = try container.decode(VenueID.self, forKey: .venue)
            venueName = try container.decode(String.self, forKey: .venueName)
            city = try container.decodeIfPresent(String.self, forKey: .city)
            country = try container.decode(CountryCode.self, forKey: .country)
            date = try container.decode(Day.self, forKey: .date)
            lastDate = try container.decode(Day.self, forKey: .lastDate)
            weekday = try container.decodeName(Weekday.self, forKey: .weekday, names: Weekday.allCases.map { ($0.name, $0) })
            localStart = try container.decode(LocalTime.self, forKey: .localStart)
            localEnd = try container.decode(LocalTime.self, forKey: .localEnd)
            timeZone = try container.decode(ZoneID.self, forKey: .timeZone)
            utcOffset = try container.decode(OffsetFromUTC.self, forKey: .utcOffset)
            utcStart = try container.decode(UTCInstant.self, forKey: .utcStart)
            utcEnd = try container.decode(UTCInstant.self, forKey: .utcEnd)
            attendees = try container.decode([DelegationID].self, forKey: .attendees)
            remote = try container.decode([DelegationID].self, forKey: .remote)
            model = try container.decode(ModelCoordinates.self, forKey: .model)
            cost = try container.decode(Int.self, forKey: .cost)
            costs = try container.decode([Cost].self, forKey: .costs)
            moved = try container.decodeIfPresent(Move.self, forKey: .moved)
        }

        public func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(id, forKey: .id)
            try container.encode(title, forKey: .title)
            try container.encode(kind, forKey: .kind)
            try container.encode(mode, forKey: .mode)
            try container.encode(venue, forKey: .venue)
            try container.encode(venueName, forKey: .venueName)
            try container.encodeIfPresent(city, forKey: .city)
            try container.encode(country, forKey: .country)
            try container.encode(date, forKey: .date)
            try container.encode(lastDate, forKey: .lastDate)
            try container.encode(weekday.name, forKey: .weekday)
            try container.encode(localStart, forKey: .localStart)
            try container.encode(localEnd, forKey: .localEnd)
            try container.encode(timeZone, forKey: .timeZone)
            try container.encode(utcOffset, forKey: .utcOffset)
            try container.encode(utcStart, forKey: .utcStart)
            try container.encode(utcEnd, forKey: .utcEnd)
            try container.encode(attendees, forKey: .attendees)
            try container.encode(remote, forKey: .remote)
            try container.encode(model, forKey: .model)
            try container.encode(cost, forKey: .cost)
            try container.encode(costs, forKey: .costs)
            try container.encodeIfPresent(moved, forKey: .moved)
        }
    }

    public struct ModelCoordinates: Codable, Sendable, Hashable {
        public var venue: VenueID
        public var day: Int
        public var lastDay: Int
        public var start: Int
        public var end: Int
        public var option: Int
    }

    public struct Cost: Codable, Sendable, Hashable {
        public var rule: SoftRule
        public var points: Int
        public var note: String
    }

    public struct Move: Codable, Sendable, Hashable {
        public var from: Day
        public var fromVenue: VenueID
        public var fromStart: LocalTime
        public var reason: String
    }

    /// How the search went (the `solver` object of plan.json).
    public struct Search: Codable, Sendable, Hashable {
        public var status: SolveStatus
        public var provenOptimal: Bool
        public var lowerBound: Int?
        public var nodes: Int
        public var iterations: Int
        public var stoppedBy: StopReason
        public var seed: UInt64
    }

    public var format: String
    public var body: String
    public var bodyName: String
    public var cycle: Int?
    public var chair: CountryCode
    public var theme: String?
    public var scenario: String
    public var scenarioSHA256: String
    public var epoch: Day
    public var meetings: [Entry]
    public var objective: Int
    /// Points by soft rule (only rules that cost something).
    public var breakdown: [SoftRule: Int]
    public var solver: Search
    /// Meetings moved since the kept plan, in order.
    public var movedCount: Int?
    /// The calendars' state: each event's UID, SEQUENCE and last change,
    /// carried to the next plan by `plan --keep` (Docs/ICalendar.md).
    public var calendar: CalendarState?
}

extension KeyedDecodingContainer {
    /// A value written by name, with the accepted names in the error.
    func decodeName<Value>(_ type: Value.Type, forKey key: Key, names: [(String, Value)]) throws -> Value {
        let text = try decode(String.self, forKey: key)
        guard let value = names.first(where: { $0.0 == text })?.1 else {
            let list = names.map(\.0).joined(separator: ", ")
            throw DecodingError.dataCorruptedError(forKey: key, in: self,
                                                   debugDescription: "expected one of \(list), found \"\(text)\"")
        }
        return value
    }
}
