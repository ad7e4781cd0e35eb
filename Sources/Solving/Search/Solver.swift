import Dispatch

/// Solves flat models: complete branch-and-bound for chair-term-sized
/// models, greedy construction then large-neighbourhood search for large
/// ones (Docs/Solver.md). Pure: the result depends only on the model and
/// the options (and on the clock only when the time limit stops a search).
public enum Solver {
    /// Finds the cheapest assignment it can within the limits.
    /// Throws when the model (or the hint) is inconsistent.
    public static func solve(_ model: FlatModel, options: SolveOptions = SolveOptions()) throws(ModelError) -> SolveResult {
        let compiled = try CompiledModel(model)
        let hint = try globalHint(options.hint, compiled)
        if options.streams > 1, options.maxIterations != nil, compiled.meetingCount > options.exactMeetingLimit {
            return solveInStreams(compiled, options: options, hint: hint)
        }
        return solve(compiled, options: options, hint: hint)
    }

    /// Independent LNS streams on the available cores, stream i seeded with
    /// `seed + i * golden`, the best picked by (objective, stream index):
    /// deterministic because each stream is, under its work limit.
    static func solveInStreams(_ compiled: CompiledModel, options: SolveOptions, hint: [Int]?) -> SolveResult {
        let streams = options.streams
        let slots = StreamSlots(count: streams)
        defer { slots.free() }
        @Sendable func run(_ i: Int) {
            var own = options
            own.streams = 1
            own.seed = options.seed &+ UInt64(i) &* 0x9E37_79B9_7F4A_7C15
            slots.store(solve(compiled, options: own, hint: hint), at: i)
        }
        // Streams 1... on their own threads, stream 0 on this one.
        let group = DispatchGroup()
        for i in 1..<streams {
            DispatchQueue.global().async(group: group) { run(i) }
        }
        run(0)
        group.wait()
        let all = slots.results()
        var best = all[0]
        for result in all.dropFirst() where (result.objective ?? Int.max) < (best.objective ?? Int.max) { best = result }
        best.statistics.nodes = all.reduce(0) { $0 + $1.statistics.nodes }
        best.statistics.iterations = all.reduce(0) { $0 + $1.statistics.iterations }
        return best
    }

    /// One solve on a compiled model (a single stream).
    static func solve(_ compiled: CompiledModel, options: SolveOptions, hint: [Int]?) -> SolveResult {
        let engine = SearchEngine(compiled, options: options)
        var stats = SolveStatistics(
            nodes: 0, iterations: 0, improvements: 0, seconds: 0,
            secondsToFirstSolution: nil, firstObjective: nil, constructionAttempts: 0, stoppedBy: .completed)

        func finish(_ status: SolveStatus, lowerBound: Int?) -> SolveResult {
            stats.nodes = engine.nodes
            stats.seconds = engine.elapsed
            stats.stoppedBy = engine.stop ?? .completed
            let complete = engine.assign.allSatisfy { $0 >= 0 }
            let assignment = complete ? (0..<compiled.meetingCount).map { engine.assign[$0] - compiled.optionStart[$0] } : nil
            let breakdown = complete ? engine.breakdown() : nil
            return SolveResult(
                status: complete || status == .infeasible ? status : .unknown,
                assignment: assignment, objective: breakdown?.total, breakdown: breakdown,
                lowerBound: lowerBound, statistics: stats)
        }

        guard engine.propagateRoot() else { return finish(.infeasible, lowerBound: nil) }
        let rootBound = engine.rootLowerBound()

        if compiled.meetingCount <= options.exactMeetingLimit {
            // Complete search; a feasible hint is the first incumbent.
            var upper = Int.max
            var incumbent: [Int]?
            if let hint, placeAll(engine, hint) {
                upper = engine.breakdown().total
                incumbent = hint
                stats.secondsToFirstSolution = engine.elapsed
                stats.firstObjective = upper
                for m in 0..<compiled.meetingCount { engine.unplace(m) }
            } else if options.warmStartIterations > 0 {
                // A short greedy + LNS run gives the complete search a good
                // incumbent, so its bound prunes from the first node.
                var greedy = GreedyConstruction(meetingCount: compiled.meetingCount)
                if greedy.run(engine, hint: hint, maxAttempts: 8) {
                    stats.secondsToFirstSolution = engine.elapsed
                    stats.firstObjective = engine.breakdown().total
                    var lns = LargeNeighbourhoodSearch(meetingCount: compiled.meetingCount, options: options)
                    let reached = lns.run(
                        engine, objective: engine.breakdown().total,
                        maxIterations: options.warmStartIterations, lowerBound: rootBound, stallLimit: 40)
                    stats.iterations = lns.iterations
                    stats.improvements = lns.improvements
                    if engine.stop == .iterationLimit { engine.stop = nil }
                    incumbent = engine.assign
                    upper = reached
                    for m in 0..<compiled.meetingCount { engine.unplace(m) }
                }
            }
            var search = BranchAndBound(free: Array(0..<compiled.meetingCount), upperBound: upper)
            search.onFirstSolution = { seconds, cost in
                if stats.secondsToFirstSolution == nil {
                    stats.secondsToFirstSolution = seconds
                    stats.firstObjective = cost
                }
            }
            search.run(engine)
            if let best = search.best ?? incumbent {
                for o in best { engine.place(o) }
                let objective = engine.breakdown().total
                return finish(search.complete ? .optimal : .feasible, lowerBound: search.complete ? objective : max(rootBound, search.rootBound))
            }
            return finish(search.complete ? .infeasible : .unknown, lowerBound: search.complete ? nil : max(rootBound, search.rootBound))
        }

        var greedy = GreedyConstruction(meetingCount: compiled.meetingCount)
        let constructed = greedy.run(engine, hint: hint)
        stats.constructionAttempts = greedy.attempts
        guard constructed else { return finish(.unknown, lowerBound: rootBound) }
        var objective = engine.breakdown().total
        stats.secondsToFirstSolution = engine.elapsed
        stats.firstObjective = objective
        var lns = LargeNeighbourhoodSearch(meetingCount: compiled.meetingCount, options: options)
        objective = lns.run(engine, objective: objective, maxIterations: options.maxIterations ?? Int.max, lowerBound: rootBound)
        stats.iterations = lns.iterations
        stats.improvements = lns.improvements
        if objective <= rootBound {
            engine.stop = nil
            return finish(.optimal, lowerBound: objective)
        }
        return finish(.feasible, lowerBound: rootBound)
    }

    /// Whether the model has any assignment, as fast as possible: root
    /// propagation, then a search that stops at the first assignment
    /// (complete for small models, greedy with repair for large ones).
    /// `unknown` when the limits ran out; callers that need a yes/no (such as
    /// `MinimalConflict`) should decide how to read it.
    public static func isFeasible(_ model: FlatModel, limits: SolveOptions = SolveOptions()) throws(ModelError) -> Feasibility {
        let compiled = try CompiledModel(model)
        let engine = SearchEngine(compiled, options: limits)
        guard engine.propagateRoot() else { return .infeasible }
        if compiled.meetingCount <= limits.exactMeetingLimit {
            var search = BranchAndBound(free: Array(0..<compiled.meetingCount), upperBound: Int.max, firstOnly: true)
            search.run(engine)
            if search.best != nil { return .feasible }
            return search.complete ? .infeasible : .unknown
        }
        var greedy = GreedyConstruction(meetingCount: compiled.meetingCount)
        return greedy.run(engine, hint: nil) ? .feasible : .unknown
    }

    /// The hint as global option indices (-1 where none), checked against the model.
    static func globalHint(_ hint: [Int?]?, _ c: CompiledModel) throws(ModelError) -> [Int]? {
        guard let hint else { return nil }
        guard hint.count == c.meetingCount else {
            throw .invalidAssignment("hint has \(hint.count) entries for \(c.meetingCount) meetings")
        }
        var result = [Int](repeating: -1, count: c.meetingCount)
        for (m, option) in hint.enumerated() {
            guard let option else { continue }
            let count = c.optionStart[m + 1] - c.optionStart[m]
            guard option >= 0 && option < count else {
                throw .invalidAssignment("hint option \(option) of meeting \(m) is outside 0..<\(count)")
            }
            result[m] = c.optionStart[m] + option
        }
        return result
    }

    /// Places a complete hint if it is feasible (root domains included);
    /// otherwise leaves nothing placed and returns false.
    static func placeAll(_ engine: SearchEngine, _ hint: [Int]) -> Bool {
        let c = engine.c
        for (m, o) in hint.enumerated() {
            let inRoot = o >= 0 && engine.position[o] < c.optionStart[m] + engine.rootSize[m]
            if !inRoot || !engine.canPlace(o) {
                for x in 0..<c.meetingCount { engine.unplace(x) }
                return false
            }
            engine.place(o)
        }
        return true
    }
}

/// One result slot per stream; each stream writes only its own slot, and
/// the slots are read after `concurrentPerform` returns, so no lock is needed.
private struct StreamSlots: @unchecked Sendable {
    private let buffer: UnsafeMutableBufferPointer<SolveResult?>

    init(count: Int) {
        buffer = .allocate(capacity: count)
        buffer.initialize(repeating: nil)
    }

    func store(_ result: SolveResult, at index: Int) { buffer[index] = result }

    func results() -> [SolveResult] { buffer.compactMap { $0 } }

    func free() {
        _ = buffer.deinitialize()
        buffer.deallocate()
    }
}
