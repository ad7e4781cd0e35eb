import Calendars
import Solving
import Scenarios

/// Plans a scenario: builds the flat model, solves it, and reads the
/// solution back as a `Plan`; or explains why no plan exists.
public struct Planner: Sendable {
    public struct Options: Sendable {
        public var seed: UInt64 = 0
        /// Wall-clock limit; the search also stops at its work limits.
        public var timeLimit: Duration? = .seconds(10)
        /// Work limits make runs reproducible on any machine.
        public var maxNodes: Int?
        public var maxIterations: Int?
        /// A previous plan: keep each meeting where it was unless it must move.
        public var keep: Plan?
        /// Called once the search is over, with its timings.
        public var report: (@Sendable (SearchReport) -> Void)?

        public init() {}
    }

    public enum Outcome: Sendable {
        case planned(Plan, model: PlanningModel, solverModel: FlatModel)
        case infeasible(Infeasibility, model: PlanningModel, solverModel: FlatModel)
        /// The search stopped at its limits without a plan and without a
        /// proof that none exists.
        case notFound(model: PlanningModel, solverModel: FlatModel)
    }

    /// Points added to every option of a kept meeting that moves it, so that
    /// the solver moves as few meetings as possible, and then each as little
    /// as possible, before it looks at the soft costs.
    public static let movePenalty = 1_000_000
    public static let movePenaltyPerDay = 1_000
    /// A move within the day still counts, by the quarter hour.
    public static let movePenaltyPerQuarterHour = 10

    public let scenario: Scenario
    /// The scenario's text, fingerprinted into the plan.
    public let scenarioText: String

    public init(scenario: Scenario, scenarioText: String) {
        self.scenario = scenario
        self.scenarioText = scenarioText
    }

    public func plan(_ options: Options = Options(), extraHolidays: [Holiday] = [],
                     extraFixed: [(title: String, days: DayRange)] = []) throws -> Outcome {
        let clock = ContinuousClock()
        let started = clock.now
        let model = try ModelBuilder(scenario: scenario).build(extraHolidays: extraHolidays, extraFixed: extraFixed)
        let modelSeconds = (clock.now - started).seconds
        var flat = model.flat
        var hint: [Int?]?
        if let kept = options.keep {
            (flat, hint) = Self.applyKeep(kept, to: model)
        }
        var solveOptions = SolveOptions(seed: options.seed, timeLimit: options.timeLimit,
                                        maxNodes: options.maxNodes, maxIterations: options.maxIterations, hint: hint)
        solveOptions.exactMeetingLimit = 60
        let result = try Solver.solve(flat, options: solveOptions)
        options.report?(SearchReport(
            meetings: flat.meetings.count, options: flat.meetings.reduce(0) { $0 + $1.options.count },
            modelSeconds: modelSeconds, searchSeconds: result.statistics.seconds,
            secondsToFirstSolution: result.statistics.secondsToFirstSolution,
            firstObjective: result.statistics.firstObjective, objective: result.objective,
            lowerBound: result.lowerBound, status: result.status.rawValue,
            nodes: result.statistics.nodes, iterations: result.statistics.iterations))
        guard let assignment = result.assignment else {
            if result.status != .infeasible {
                return .notFound(model: model, solverModel: flat)
            }
            var limits = SolveOptions(seed: options.seed, timeLimit: .seconds(5))
            limits.maxNodes = 200_000
            let explanation = try InfeasibilityExplainer(model: model, limits: limits, extraHolidays: extraHolidays,
                                                         extraFixed: extraFixed).explain()
            return .infeasible(explanation, model: model, solverModel: flat)
        }
        let plan = PlanReader(model: model, scenarioText: scenarioText)
            .plan(assignment: assignment, result: result, seed: options.seed, kept: options.keep)
        return .planned(plan, model: model, solverModel: flat)
    }

    /// Adds move penalties for the meetings of `kept`, and starts the search
    /// from the kept placements that are still possible.
    static func applyKeep(_ kept: Plan, to model: PlanningModel) -> (FlatModel, [Int?]) {
        var flat = model.flat
        var hint: [Int?] = Array(repeating: nil, count: flat.meetings.count)
        let byID = Dictionary(kept.meetings.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        for (index, meeting) in model.scenario.meetings.enumerated() {
            guard let old = byID[meeting.id] else { continue }
            let oldDay = old.date
            for (optionIndex, placement) in model.placements[index].enumerated() {
                let same = placement.venue == old.venue && placement.firstDay == oldDay && placement.localStart == old.localStart
                if same {
                    hint[index] = optionIndex
                } else {
                    let days = abs(oldDay.days(to: placement.firstDay))
                    let quarters = abs(old.localStart.minutes - placement.localStart.minutes) / 15
                    flat.meetings[index].options[optionIndex].cost += movePenalty + days * movePenaltyPerDay
                        + quarters * movePenaltyPerQuarterHour
                }
            }
        }
        return (flat, hint)
    }
}
