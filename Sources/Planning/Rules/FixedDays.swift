import Calendars
import Scenarios

/// The days taken by fixed events, the scenario's own and those of
/// imported calendars, with whom and where each binds (hard rule 7).
/// Built once for the planner and the checker alike.
public struct FixedDays: Sendable {
    /// One fixed event on one day.
    public struct Event: Sendable, Hashable {
        public let title: String
        public let delegations: Set<DelegationID>
        public let venue: VenueID?
    }

    private let byDay: [Day: [Event]]

    /// `imported` are the events of the scenario's `fixed: {ics:}`
    /// calendars, read by the caller: they bind every member delegation.
    public init(scenario: Scenario, imported: [(title: String, days: DayRange)]) {
        var byDay: [Day: [Event]] = [:]
        for event in scenario.fixed {
            guard case .inline(let title, let range, let attendees, let venue) = event.source else { continue }
            let delegations = Set(scenario.resolve(attendees.map(\.value)).map(\.id))
            for day in range {
                byDay[day, default: []].append(Event(title: title, delegations: delegations, venue: venue?.value))
            }
        }
        let members = Set(scenario.delegations.filter { scenario.members.contains($0.country) }.map(\.id))
        for event in imported {
            for day in event.days {
                byDay[day, default: []].append(Event(title: event.title, delegations: members, venue: nil))
            }
        }
        self.byDay = byDay
    }

    /// The events on `day`, in the scenario's order, imported ones last.
    public func on(_ day: Day) -> [Event] { byDay[day] ?? [] }
}
