import Planning
import Solving

/// Plans scenario text in tests and re-checks every plan it returns with
/// the solver's independent `ModelChecker`, so no test trusts the search's
/// own bookkeeping.
public enum PlanningFixtures {
    public enum Outcome {
        case planned(Plan, PlanningModel)
        case infeasible(Infeasibility, PlanningModel)

        public var plan: Plan? {
            if case .planned(let plan, _) = self { return plan }
            return nil
        }

        public var infeasibility: Infeasibility? {
            if case .infeasible(let reasons, _) = self { return reasons }
            return nil
        }

        public var model: PlanningModel {
            switch self {
            case .planned(_, let model), .infeasible(_, let model): model
            }
        }
    }

    public struct FixtureError: Error, CustomStringConvertible {
        public let description: String
    }

    /// Loads and plans `text`; throws when the scenario is invalid or the
    /// plan breaks a rule of its own model.
    public static func plan(_ text: String, keep: Plan? = nil, seed: UInt64 = 0) throws -> Outcome {
        let loaded = ScenarioFixtures.load(text)
        guard let scenario = loaded.scenario else {
            throw FixtureError(description: "invalid scenario: \(loaded.diagnostics.map(\.description))")
        }
        var options = Planner.Options()
        options.keep = keep
        options.seed = seed
        options.maxNodes = 2_000_000
        switch try Planner(scenario: scenario, scenarioText: text).plan(options) {
        case .planned(let plan, let model, _):
            try recheck(plan, model: model)
            return .planned(plan, model)
        case .infeasible(let reasons, let model, _):
            return .infeasible(reasons, model)
        case .notFound:
            throw FixtureError(description: "the search found no plan within its limits")
        }
    }

    /// The plan's options, checked against the model it came from: every
    /// hard rule holds and the objective recomputes to the plan's.
    public static func recheck(_ plan: Plan, model: PlanningModel) throws {
        let assignment = plan.meetings.map(\.model.option)
        let report = ModelChecker.check(model.flat, assignment: assignment)
        guard report.violations.isEmpty else {
            throw FixtureError(description: "plan breaks its model: \(report.violations)")
        }
        guard report.objective == plan.objective else {
            throw FixtureError(description: "objective \(plan.objective) but the checker finds \(report.objective.map(String.init) ?? "none")")
        }
        for (entry, meeting) in zip(plan.meetings, model.flat.meetings) {
            let option = meeting.options[entry.model.option]
            guard option.day == entry.model.day, option.start == entry.model.start, option.venue.rawValue == entry.model.venue.rawValue else {
                throw FixtureError(description: "\(entry.id): plan coordinates differ from option \(entry.model.option)")
            }
        }
    }
}
