import Agenda
import ConveneTestSupport
import Foundation
import Planning
import Scenarios

/// Plans for agenda tests: shipped scenarios whose meetings are pinned (so
/// the plan does not depend on the search), and small scenarios written here.
enum AgendaFixtures {
    struct Planned {
        let plan: Plan
        let scenario: Scenario
    }

    struct FixtureError: Error, CustomStringConvertible {
        let description: String
    }

    /// Plans `text` and returns the plan with the scenario it came from.
    static func plan(_ text: String) throws -> Planned {
        guard let scenario = ScenarioFixtures.load(text).scenario else {
            throw FixtureError(description: "invalid scenario: \(ScenarioFixtures.errors(of: text))")
        }
        guard let plan = try PlanningFixtures.plan(text).plan else { throw FixtureError(description: "infeasible") }
        return Planned(plan: plan, scenario: scenario)
    }

    /// Plans a shipped scenario by file name ("accsm-21-vietnam.yaml").
    static func shipped(_ name: String) throws -> Planned {
        try plan(String(contentsOf: RepositoryPaths.scenarios.appendingPathComponent(name), encoding: .utf8))
    }

    /// A remote session with delegations at both ends of ASEAN's clocks:
    /// Yangon (+06:30) and Jayapura (+09:00), hosted from Brunei (+08:00).
    static let farApart = """
    body: { name: Test Body, short: TB }
    cycle: 3
    chair: BN
    horizon: { from: 2023-01-01, to: 2023-12-31 }
    members: [BN, ID, MM]
    venues:
      - { id: online, virtual: true, timeZone: Asia/Brunei }
    delegations:
      - { id: BN, country: BN }
      - { id: MM, country: MM, home: Asia/Yangon }
      - { id: ID-east, country: ID, home: Asia/Jayapura }
    meetings:
      - id: call
        kind: focal-points
        title: Focal points call
        hours: 2
        venues: [online]
        date: 2023-06-06
        start: "10:00"

    """

    /// A one-day SOM with the scenario's own agenda, too long by 15 minutes
    /// for a 09:00-17:30 day (7 h between breaks).
    static let tooLong = """
    body: { name: Test Body, short: TB }
    cycle: 3
    chair: BN
    horizon: { from: 2023-01-01, to: 2023-12-31 }
    venues:
      - { id: icc, name: International Convention Centre }
    meetings:
      - id: som
        kind: som
        title: Senior Officials Meeting
        days: 1
        venues: [icc]
        date: 2023-05-09
        agenda:
          - { title: Opening and reports, minutes: 90 }
          - { title: Work plan, minutes: 75 }
          - { title: Proposals, minutes: 150 }
          - { title: Cooperation and closing, minutes: 120 }

    """

    /// A two-day SOM in Kuala Lumpur, Thursday and Friday: the template
    /// must reach the second day, which keeps Malaysia's Friday prayers.
    static let twoDays = """
    body: { name: Test Body, short: TB }
    cycle: 3
    chair: BN
    horizon: { from: 2023-01-01, to: 2023-12-31 }
    venues:
      - { id: klcc, name: Convention Centre, city: Kuala Lumpur, country: MY }
    meetings:
      - id: som
        kind: som
        title: Senior Officials Meeting
        days: 2
        venues: [klcc]
        date: 2023-06-08

    """
}
