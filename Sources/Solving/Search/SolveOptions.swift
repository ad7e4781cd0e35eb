/// How long and how hard to search, and from where to start.
///
/// Determinism: with the same model, seed and work limits (`maxNodes`,
/// `maxIterations`) and no time limit reached, two runs give the same
/// result. When the time limit stops a run, the point where it stops
/// depends on the machine, so results may differ.
public struct SolveOptions: Sendable, Hashable {
    /// Seeds the neighbourhood choices of large-neighbourhood search.
    public var seed: UInt64
    /// Wall-clock limit for the whole solve; nil for none.
    public var timeLimit: Duration?
    /// Limit on branch-and-bound nodes over the whole solve; nil for none.
    public var maxNodes: Int?
    /// Limit on large-neighbourhood iterations; nil for none.
    public var maxIterations: Int?
    /// A previous plan to start from: an option index (into the meeting's
    /// own options) per meeting, nil where there is none. Used as the first
    /// incumbent when it is feasible, and as the preferred choice otherwise.
    public var hint: [Int?]?
    /// Models with at most this many meetings get a complete
    /// branch-and-bound; larger ones greedy construction and then LNS.
    public var exactMeetingLimit: Int
    /// Largest number of meetings one LNS step frees.
    public var neighbourhoodSize: Int
    /// Branch-and-bound nodes allowed to repair one neighbourhood.
    public var repairNodeLimit: Int
    /// Parallel LNS streams for large models, used only with a work limit
    /// (`maxIterations`) so the result stays deterministic; each stream is
    /// a full solve with its own seed and memory. Nodes and iterations in
    /// the result are summed over streams, the rest is the winner's.
    public var streams: Int
    /// For models solved exactly: LNS iterations run first (after a greedy
    /// start) to give the complete search a good incumbent; 0 for none.
    public var warmStartIterations: Int

    public init(
        seed: UInt64 = 0, timeLimit: Duration? = .seconds(10), maxNodes: Int? = nil, maxIterations: Int? = nil,
        hint: [Int?]? = nil, exactMeetingLimit: Int = 60, neighbourhoodSize: Int = 14, repairNodeLimit: Int = 300,
        warmStartIterations: Int = 300, streams: Int = 1
    ) {
        self.seed = seed
        self.timeLimit = timeLimit
        self.maxNodes = maxNodes
        self.maxIterations = maxIterations
        self.hint = hint
        self.exactMeetingLimit = exactMeetingLimit
        self.neighbourhoodSize = neighbourhoodSize
        self.repairNodeLimit = repairNodeLimit
        self.warmStartIterations = warmStartIterations
        self.streams = max(1, streams)
    }
}
