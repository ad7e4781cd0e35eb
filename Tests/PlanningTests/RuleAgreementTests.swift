import ConveneTestSupport
import Foundation
import Testing
@testable import Planning
@testable import Scenarios
@testable import Checking

/// The planner and the checker price every plan alike, rule by rule and
/// meeting by meeting: the costs a plan claims for each meeting under each
/// soft rule are the costs `convene check` finds there, and the plan has no
/// hard conflict. Both read the one rule table (Rules/, Docs/Rules.md), so
/// a rule changed on one side alone fails here.
///
/// The shipped scenarios and a generated ASEAN year of a few bodies run
/// by default. The full generated year (200 bodies, some 1,500 meetings)
/// runs with `CONVENE_AGREEMENT_BODIES=200` on a release build:
/// `CONVENE_AGREEMENT_BODIES=200 swift test -c release --filter RuleAgreementTests`.
@Suite struct RuleAgreementTests {
    /// Points per (meeting, rule): the plan's own account.
    static func planned(_ plan: Plan) -> [String: [String: Int]] {
        var points: [String: [String: Int]] = [:]
        for entry in plan.meetings {
            for cost in entry.costs { points[entry.id.rawValue, default: [:]][cost.rule.rawValue, default: 0] += cost.points }
        }
        return points
    }

    /// Points per (meeting, rule) as the checker finds them, each finding
    /// under the meeting it is listed under (the later of a pair).
    static func checked(_ report: CheckReport) -> [String: [String: Int]] {
        var points: [String: [String: Int]] = [:]
        for finding in report.soft where finding.cost > 0 {
            guard let meeting = finding.meetings.last else { continue }
            points[meeting.rawValue, default: [:]][finding.rule.rawValue, default: 0] += finding.cost
        }
        return points
    }

    static func expectAgreement(_ text: String, file: String, options: Planner.Options) throws {
        let loaded = ScenarioLoader().load(text: text, file: file)
        let scenario = try #require(loaded.scenario, "\(loaded.diagnostics.prefix(3).map(\.description))")
        guard case .planned(let plan, let model, _) = try Planner(scenario: scenario, scenarioText: text).plan(options) else {
            Issue.record("\(file): no plan")
            return
        }
        try PlanningFixtures.recheck(plan, model: model)
        let built = ScheduleBuilder.fromPlan(plan, scenario: scenario)
        #expect(built.diagnostics.isEmpty)
        let report = try ScheduleChecker(scenario: scenario).check(built.schedule)
        #expect(report.unchecked.isEmpty, "\(file): \(report.unchecked.prefix(3))")
        #expect(report.hard.isEmpty, "\(file): \(report.hard.prefix(3).map(\.message))")
        let claimed = planned(plan), found = checked(report)
        for meeting in Set(claimed.keys).union(found.keys).sorted() {
            #expect(claimed[meeting] ?? [:] == found[meeting] ?? [:], "\(file), \(meeting): plan \(claimed[meeting] ?? [:]), check \(found[meeting] ?? [:])")
        }
        #expect(report.objective == plan.objective)
        #expect(report.breakdown == Dictionary(uniqueKeysWithValues: plan.breakdown.map { ($0.key.rawValue, $0.value) }))
    }

    @Test(arguments: RepositoryPaths.shippedScenarios.map(\.lastPathComponent))
    func shippedScenarioAgrees(_ name: String) throws {
        let text = try String(contentsOf: RepositoryPaths.scenarios.appendingPathComponent(name), encoding: .utf8)
        var options = Planner.Options()
        options.maxNodes = 2_000_000
        try Self.expectAgreement(text, file: name, options: options)
    }

    @Test func generatedYearAgrees() throws {
        let bodies = ProcessInfo.processInfo.environment["CONVENE_AGREEMENT_BODIES"].flatMap(Int.init) ?? 6
        let text = ASEANYearGenerator(year: 2024, bodies: bodies, seed: 1).yaml()
        var options = Planner.Options()
        options.timeLimit = .seconds(bodies > 20 ? 120 : 20)
        options.maxNodes = 50_000
        try Self.expectAgreement(text, file: "generated-\(bodies).yaml", options: options)
    }

    /// The costly fixtures carry a cost of every soft rule; agreement on
    /// them covers every rule.
    @Test(arguments: ScheduleCheckerTests.costlyScenarios.indices)
    func costlyScenarioAgrees(_ index: Int) throws {
        var options = Planner.Options()
        options.maxNodes = 2_000_000
        try Self.expectAgreement(ScheduleCheckerTests.costlyScenarios[index], file: "costly-\(index).yaml", options: options)
    }
}
