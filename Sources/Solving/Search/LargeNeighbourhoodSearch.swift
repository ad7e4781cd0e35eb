/// Large-neighbourhood search from a complete placement: each iteration
/// frees a handful of related meetings and re-places them by a
/// node-limited branch-and-bound that accepts only a strictly cheaper
/// placement, so the objective never rises. Neighbourhoods, chosen by the
/// seeded generator:
/// - cheap slot: a meeting above its cheapest option, one of its cheaper
///   options, and the meetings that block that option;
/// - time window: a meeting and the attendee-sharing meetings nearest to it in time;
/// - chain: a meeting and its precedence / same-venue links, breadth first.
struct LargeNeighbourhoodSearch {
    var iterations = 0
    var improvements = 0
    private var rng: SplitMix64
    private let size: Int
    private let repairNodes: Int
    private var stamp: [Int]
    private var stampValue = 0
    private var free: [Int] = []
    private var keys: [Int] = []
    private var greedyHelper: GreedyConstruction

    init(meetingCount: Int, options: SolveOptions) {
        rng = SplitMix64(seed: options.seed)
        size = max(2, options.neighbourhoodSize)
        repairNodes = max(1, options.repairNodeLimit)
        stamp = [Int](repeating: 0, count: meetingCount)
        greedyHelper = GreedyConstruction(meetingCount: meetingCount)
    }

    /// Improves the placement until a limit stops it, or `stallLimit`
    /// iterations in a row bring nothing. Returns the objective.
    mutating func run(_ engine: SearchEngine, objective start: Int, maxIterations: Int, lowerBound: Int, stallLimit: Int = Int.max) -> Int {
        var objective = start
        var stalled = 0
        let n = engine.c.meetingCount
        guard n > 0 else { return objective }
        while iterations < maxIterations, objective > lowerBound, stalled < stallLimit, !engine.timeUp() {
            iterations += 1
            choose(engine)
            if free.isEmpty { continue }
            let before = engine.contribution(of: free)
            let saved = free.map { engine.assign[$0] }
            for m in free { engine.unplace(m) }
            var search = BranchAndBound(free: free, upperBound: before, nodeLimit: repairNodes)
            search.run(engine)
            if let best = search.best {
                for o in best { engine.place(o) }
                objective -= before - search.bestCost
                improvements += 1
                stalled = 0
            } else {
                stalled += 1
                for o in saved { engine.place(o) }
            }
        }
        if iterations >= maxIterations && engine.stop == nil { engine.stop = .iterationLimit }
        return objective
    }

    private mutating func add(_ m: Int) {
        if free.count < size && stamp[m] != stampValue {
            stamp[m] = stampValue
            free.append(m)
        }
    }

    /// Fills `free` with one neighbourhood.
    private mutating func choose(_ engine: SearchEngine) {
        let c = engine.c
        stampValue += 1
        free.removeAll(keepingCapacity: true)
        let target = 3 + rng.below(size - 2)
        let kind = rng.below(4)
        var seed = rng.below(c.meetingCount)
        var time = c.optBegin[engine.assign[seed]]
        if kind <= 1 {
            // Cheap slot: look for a meeting above its cheapest root option.
            for _ in 0..<16 {
                let m = rng.below(c.meetingCount)
                let cheapest = c.byCost[c.optionStart[m]]
                if c.optCost[engine.assign[m]] > c.optCost[cheapest] {
                    seed = m
                    break
                }
            }
            add(seed)
            let o = cheaperOption(engine, seed)
            if o >= 0 {
                time = c.optBegin[o]
                for b in greedyHelper.blockersOf(engine, o) { add(b) }
            }
        } else if kind == 2 {
            add(seed)
        } else {
            // Chain: breadth first over precedence and same-venue links.
            add(seed)
            var head = 0
            while head < free.count && free.count < (target + 1) / 2 + 1 {
                let m = free[head]
                head += 1
                for i in c.precByMeetingStart[m]..<c.precByMeetingStart[m + 1] {
                    let k = c.precByMeeting[i]
                    add(c.precFirst[k] == m ? c.precThen[k] : c.precFirst[k])
                }
                for i in c.sameByMeetingStart[m]..<c.sameByMeetingStart[m + 1] {
                    let k = c.sameByMeeting[i]
                    add(c.sameA[k] == m ? c.sameB[k] : c.sameA[k])
                }
            }
        }
        // Fill with the attendee-sharing meetings nearest to the chosen time.
        if free.count < target {
            keys.removeAll(keepingCapacity: true)
            let n = c.meetingCount
            for i in c.neighbourStart[seed]..<c.neighbourStart[seed + 1] {
                let m = c.neighbourList[i]
                if stamp[m] == stampValue || engine.assign[m] < 0 { continue }
                keys.append(abs(c.optBegin[engine.assign[m]] - time) &* n &+ m)
            }
            keys.sort()
            for key in keys {
                if free.count >= target { break }
                add(key % n)
            }
        }
    }

    /// A random one among the few cheapest root options of m that are
    /// cheaper than its current one, or -1.
    private mutating func cheaperOption(_ engine: SearchEngine, _ m: Int) -> Int {
        let c = engine.c
        let current = c.optCost[engine.assign[m]]
        let rootEnd = c.optionStart[m] + engine.rootSize[m]
        var candidates = 0
        var chosen = -1
        for i in c.optionStart[m]..<c.optionStart[m + 1] {
            let o = c.byCost[i]
            if c.optCost[o] >= current || candidates >= 8 { break }
            if engine.position[o] >= rootEnd || o == engine.assign[m] { continue }
            candidates += 1
            // Reservoir sampling keeps the choice uniform without a buffer.
            if rng.below(candidates) == 0 { chosen = o }
        }
        return chosen
    }
}
