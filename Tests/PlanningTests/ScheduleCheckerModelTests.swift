import ConveneTestSupport
import Testing
@testable import Planning
import Solving
@testable import Checking

/// A law between two independent implementations: for any choice of one
/// option per meeting of a planning model, the schedule checker and the
/// solver's `ModelChecker` agree on which meetings break the rules between
/// meetings, and on the objective. Options already keep each meeting's own
/// rules, so the checker must find none of those.
@Suite struct ScheduleCheckerModelTests {
    static let pairRules: Set<CheckRule> = [.precedenceBroken, .roomsExceeded, .doubleBooked, .travelTooShort]

    /// A meeting pair without order, for rules that have none.
    struct Pair: Hashable {
        let a: String
        let b: String

        init(_ x: String, _ y: String) { (a, b) = x < y ? (x, y) : (y, x) }
    }

    @Test(arguments: ScheduleCheckerTests.costlyScenarios.indices)
    func checkerAgreesWithTheModelChecker(_ scenarioIndex: Int) throws {
        let model = try PlanningFixtures.plan(ScheduleCheckerTests.costlyScenarios[scenarioIndex]).model
        let checker = ScheduleChecker(scenario: model.scenario)
        var random = SplitMix64(seed: UInt64(7 + scenarioIndex))
        var conflicted = 0
        for _ in 0..<150 {
            let assignment = model.placements.map { random.below(max(1, $0.count)) }
            let items = zip(model.scenario.meetings, zip(model.placements, assignment)).map { meeting, chosen in
                let placement = chosen.0[chosen.1]
                return Schedule.Item(meeting: meeting.id, venue: placement.venue, firstDay: placement.firstDay,
                                     lastDay: placement.lastDay, start: placement.localStart, end: placement.localEnd)
            }
            let report = try checker.check(Schedule(items: items))
            let expected = ModelChecker.check(model.flat, assignment: assignment)

            #expect(report.hard.allSatisfy { Self.pairRules.contains($0.rule) }, "\(report.hard.map(\.message))")
            #expect(report.objective == expected.objective)
            #expect(report.hard.isEmpty == expected.isFeasible)

            var precedences = Set<Pair>(), overlaps = Set<Pair>(), journeys = Set<Pair>(), overbooked = false
            for violation in expected.violations {
                switch violation {
                case .precedenceGap(let first, let then, _, _, _), .precedenceSameDayOrder(let first, let then, _, _):
                    precedences.insert(Pair(first.rawValue, then.rawValue))
                case .attendeeOverlap(_, let a, let b, _): overlaps.insert(Pair(a.rawValue, b.rawValue))
                case .attendeeTravel(_, let a, let b, _, _): journeys.insert(Pair(a.rawValue, b.rawValue))
                case .venueOverbooked: overbooked = true
                default: break
                }
            }
            func pairs(_ rule: CheckRule) -> Set<Pair> {
                Set(report.hard.filter { $0.rule == rule }.map { Pair($0.meetings[0].rawValue, $0.meetings[$0.meetings.count - 1].rawValue) })
            }
            #expect(pairs(.precedenceBroken) == precedences)
            #expect(pairs(.doubleBooked) == overlaps)
            #expect(pairs(.travelTooShort) == journeys)
            #expect(report.hard.contains { $0.rule == .roomsExceeded } == overbooked)
            if !report.hard.isEmpty { conflicted += 1 }
        }
        // Random choices should break some rules, or the law was not put to the test.
        #expect(conflicted > 10)
    }
}
