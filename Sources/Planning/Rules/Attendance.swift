import Calendars
import Scenarios

/// Who takes part in a meeting held at a given venue, and how. The one
/// reading of attendees and remote delegations that the model builder, the
/// checker and the plan share (Docs/Rules.md, "Who joins remotely").
public struct Attendance: Sendable {
    public let attendees: [Delegation]
    /// Delegations that join from home: every attendee of a virtual
    /// meeting (at a virtual venue, or `mode: virtual`), the `remote:` ones
    /// of a hybrid meeting, none of an in-person one.
    public let remote: [Delegation]
    /// Attending countries, each once, sorted: the unit of the holiday costs.
    public let countries: [CountryCode]
    public let ids: Set<DelegationID>
    public let remoteCountries: Set<CountryCode>
    /// Held at a venue with rooms (hybrid meetings too), where Ramadan counts.
    public let inPerson: Bool

    /// `attendees` are the meeting's delegations; `listedRemote` its
    /// `remote:` list resolved, read only for a hybrid meeting.
    public init(meeting: Meeting, venue: Venue, attendees: [Delegation], listedRemote: @autoclosure () -> [Delegation]) {
        let remote: [Delegation]
        if Self.isVirtual(meeting, at: venue) {
            remote = attendees
        } else if meeting.mode == .hybrid {
            remote = listedRemote()
        } else {
            remote = []
        }
        self.attendees = attendees
        self.remote = remote
        countries = Array(Set(attendees.map(\.country))).sorted()
        ids = Set(attendees.map(\.id))
        remoteCountries = Set(remote.map(\.country))
        inPerson = !venue.isVirtual
    }

    /// The scenario's reading, a term's `chair` being its own chair.
    public init(scenario: Scenario, meeting: Meeting, venue: Venue) {
        self.init(meeting: meeting, venue: venue, attendees: scenario.attendees(of: meeting),
                  listedRemote: scenario.remoteAttendees(of: meeting))
    }

    /// Whether everyone joins from home: a virtual venue, or `mode: virtual`.
    public static func isVirtual(_ meeting: Meeting, at venue: Venue) -> Bool {
        venue.isVirtual || meeting.mode == .virtual
    }
}
