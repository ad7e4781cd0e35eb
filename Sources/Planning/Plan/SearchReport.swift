/// How a planning run went, in wall-clock terms: kept out of plan.json
/// (which must not change from run to run) and given to whoever asks, such
/// as `plan --stats` and the benchmark.
public struct SearchReport: Sendable, Hashable, Codable {
    public var meetings: Int
    public var options: Int
    /// Building the model: calendars, options, costs.
    public var modelSeconds: Double
    /// The search, from the first node to the end.
    public var searchSeconds: Double
    public var secondsToFirstSolution: Double?
    public var firstObjective: Int?
    public var objective: Int?
    public var lowerBound: Int?
    public var status: String
    public var nodes: Int
    public var iterations: Int
}
