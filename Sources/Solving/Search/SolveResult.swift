/// What a solve proved about the model.
public enum SolveStatus: String, Sendable, Hashable, Codable {
    /// The assignment is optimal: the search was complete.
    case optimal
    /// An assignment was found; optimality is not proven.
    case feasible
    /// No assignment exists: propagation or a complete search proved it.
    case infeasible
    /// The limits ran out before either a solution or a proof.
    case unknown
}

/// The objective split by rule, so a report can say where the cost comes from.
public struct ObjectiveBreakdown: Sendable, Hashable, Codable {
    /// Sum of the chosen options' costs.
    public var options: Int
    /// Soft precedence costs: days outside the preferred gap times cost per day.
    public var precedence: Int
    /// Same-venue costs of linked meetings placed apart.
    public var sameVenue: Int
    public var total: Int { options + precedence + sameVenue }

    public init(options: Int, precedence: Int, sameVenue: Int) {
        self.options = options
        self.precedence = precedence
        self.sameVenue = sameVenue
    }
}

/// Why the search stopped.
public enum StopReason: String, Sendable, Hashable, Codable {
    /// The search finished: complete proof, or propagation settled it.
    case completed
    case timeLimit
    case nodeLimit
    case iterationLimit
}

/// Counters of one solve.
public struct SolveStatistics: Sendable, Hashable {
    /// Branch-and-bound nodes over all searches, repairs included.
    public var nodes: Int
    /// Large-neighbourhood iterations.
    public var iterations: Int
    /// Improving LNS iterations.
    public var improvements: Int
    public var seconds: Double
    /// Seconds until the first feasible assignment; nil when none was found.
    public var secondsToFirstSolution: Double?
    /// Objective of the first feasible assignment (greedy or first B&B leaf).
    public var firstObjective: Int?
    /// Greedy passes made (a failed pass restarts with the failed meeting earlier).
    public var constructionAttempts: Int
    public var stoppedBy: StopReason
}

/// The outcome of `Solver.solve`.
public struct SolveResult: Sendable, Hashable {
    public var status: SolveStatus
    /// The chosen option (index into the meeting's options) per meeting, in
    /// model order; nil when no assignment was found.
    public var assignment: [Int]?
    public var objective: Int?
    public var breakdown: ObjectiveBreakdown?
    /// A proven lower bound on the optimum: the optimum itself when status
    /// is optimal, else the bound at the root of the search. Nil when infeasible.
    public var lowerBound: Int?
    public var statistics: SolveStatistics
}

/// The answer of `Solver.isFeasible`.
public enum Feasibility: String, Sendable, Hashable {
    case feasible
    case infeasible
    /// Limits ran out before an answer.
    case unknown
}
