import Calendars
import Solving
import Scenarios

/// A scenario turned into the solver's flat model, together with what the
/// planner needs to read a solution back: the placement behind every
/// option, the pair terms' reasons, and why candidates were left out.
public struct PlanningModel: Sendable {
    public let scenario: Scenario
    /// Day 0 of the model: the horizon's first day.
    public let epoch: Day
    /// The model any solver can be run on (`convene-model/1`).
    public let flat: FlatModel
    /// The placements of each meeting, in scenario order; option `i` of
    /// `flat.meetings[m]` is `placements[m][i]`.
    public let placements: [[Placement]]
    /// Per meeting, how many candidate days each hard rule ruled out.
    public let exclusions: [[Exclusion: Int]]
    public let facts: CalendarFacts
    /// The days taken by fixed events (the scenario's and imported ones).
    let fixedDays: [OptionGenerator.FixedDay]

    public func index(of meeting: MeetingID) -> Int? {
        scenario.meetings.firstIndex { $0.id == meeting }
    }
}
