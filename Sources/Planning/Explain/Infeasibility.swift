/// Why no plan exists: a set of rules that cannot hold together, each in
/// the planner's words. Minimal: dropping any one of them makes the rest
/// satisfiable (checked with the solver; see `InfeasibilityExplainer`).
public struct Infeasibility: Sendable, Hashable {
    public struct Reason: Sendable, Hashable {
        /// `calendar` (no day left for one meeting), `after`, `window`, `date`, or `capacity`.
        public let rule: String
        public let meetings: [String]
        public let message: String
    }

    public let reasons: [Reason]
    /// Whether the set was proven minimal (false when a search limit was hit).
    public let isMinimal: Bool
    /// The rules that always hold and so are not listed among the reasons,
    /// yet take part in the conflict (rooms, delegations' time, travel).
    public var background: String?

    public init(reasons: [Reason], isMinimal: Bool, background: String? = nil) {
        self.reasons = reasons
        self.isMinimal = isMinimal
        self.background = background
    }
}
