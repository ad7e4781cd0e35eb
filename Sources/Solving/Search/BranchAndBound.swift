/// A depth-first branch-and-bound over a set of free meetings, everything
/// else staying where it is placed (or absent). Variable order: smallest
/// domain, then most links; value order: cheapest `delta`. The bound adds,
/// for every open meeting, its cheapest option given placed partners, and
/// for every precedence between two open meetings the soft cost its day
/// bounds make unavoidable: each pair term is counted at most once, so the
/// bound never overestimates.
///
/// Only assignments strictly cheaper than `upperBound` are accepted.
struct BranchAndBound {
    /// The free meetings.
    let free: [Int]
    /// Best assignment found (global option per free meeting), if any.
    var best: [Int]?
    /// Its cost: the free meetings' options plus pair terms touching them.
    var bestCost: Int
    /// True when the search finished without hitting a limit.
    var complete = false
    /// The bound computed at the root node (0 when it was not computed).
    private(set) var rootBound = 0
    /// Stop at the first accepted assignment (feasibility checks).
    let firstOnly: Bool
    /// Called once, with the elapsed seconds and cost, at the first accepted assignment.
    var onFirstSolution: ((Double, Int) -> Void)?
    private var reported = false
    private let nodeLimit: Int
    private var startNodes = 0
    private var savedSizes: [Int]
    private var values: [[Int]]
    private var links: [Int]
    private var pairs = PairBound()

    /// Whether nodes compute the bound before an incumbent exists. The bound
    /// also detects dead ends early (a pair with no compatible day gap), so
    /// only the greedy repair, which wants a cheap dive, turns it off.
    let boundsBeforeIncumbent: Bool

    init(free: [Int], upperBound: Int, nodeLimit: Int = Int.max, firstOnly: Bool = false, boundsBeforeIncumbent: Bool = true) {
        self.free = free
        self.boundsBeforeIncumbent = boundsBeforeIncumbent
        bestCost = upperBound
        self.firstOnly = firstOnly
        self.nodeLimit = nodeLimit
        savedSizes = [Int](repeating: 0, count: (free.count + 1) * free.count)
        values = [[Int]](repeating: [], count: free.count + 1)
        links = []
    }

    /// Runs the search; the free meetings must be unplaced on entry and are
    /// left unplaced on exit (the caller places `best`).
    mutating func run(_ engine: SearchEngine) {
        let c = engine.c
        links = free.map { m in
            (c.precByMeetingStart[m + 1] - c.precByMeetingStart[m]) + (c.sameByMeetingStart[m + 1] - c.sameByMeetingStart[m])
                + (c.neighbourStart[m + 1] - c.neighbourStart[m])
        }
        startNodes = engine.nodes
        guard engine.openDomains(free) else {
            engine.closeDomains(free)
            complete = engine.stop == nil
            return
        }
        pairs = PairBound(free: free, engine: engine)
        let finished = search(engine, depth: 0, partial: 0)
        engine.closeDomains(free)
        complete = finished && engine.stop == nil
    }

    /// Returns false when a limit (or first-only success) cut the search short.
    private mutating func search(_ engine: SearchEngine, depth: Int, partial: Int) -> Bool {
        if engine.tick() { return false }
        if engine.nodes - startNodes > nodeLimit { return false }
        let c = engine.c
        // Bound, and pick the open meeting with the smallest domain.
        let bounded = bestCost != Int.max || boundsBeforeIncumbent
        var bound = partial
        var chosen = -1, chosenLocal = -1
        for (local, m) in free.enumerated() where engine.assign[m] < 0 {
            if bounded {
                var cheapest = Int.max
                let base = c.optionStart[m]
                for i in base..<(base + engine.size[m]) {
                    let d = engine.delta(engine.store[i])
                    if d < cheapest { cheapest = d }
                }
                engine.minDelta[m] = cheapest
                bound += cheapest
                engine.computeBounds(m)
            }
            if chosen < 0 || engine.size[m] < engine.size[chosen]
                || (engine.size[m] == engine.size[chosen] && links[local] > links[chosenLocal]) {
                chosen = m
                chosenLocal = local
            }
        }
        if chosen < 0 {
            if partial < bestCost {
                bestCost = partial
                best = free.map { engine.assign[$0] }
                if !reported {
                    reported = true
                    onFirstSolution?(engine.elapsed, partial)
                }
                if firstOnly { return false }
            }
            return true
        }
        // The pair excess may be paid by the chosen meeting's own value, so
        // the per-value test below uses the bound without it.
        let plainBound = bound
        if bounded && bound < bestCost && !pairs.isEmpty {
            // Precedence soft costs among open meetings are part of the pair bound.
            guard let excess = pairs.excess(engine) else { return true }
            bound += excess
        }
        if depth == 0 && bounded { rootBound = bound }
        if bounded && bound >= bestCost { return true }
        let rest = bounded ? plainBound - partial - engine.minDelta[chosen] : 0

        // Values by (delta, option), in a buffer owned by this depth.
        let m = chosen
        let base = c.optionStart[m]
        let stride = c.optionStart[m + 1] - base + 1
        values[depth].removeAll(keepingCapacity: true)
        for i in base..<(base + engine.size[m]) {
            let o = engine.store[i]
            values[depth].append(engine.delta(o) &* stride &+ (o - base))
        }
        values[depth].sort()
        let saveBase = depth * free.count
        for (i, j) in free.enumerated() { savedSizes[saveBase + i] = engine.size[j] }
        var index = 0
        while index < values[depth].count {
            let key = values[depth][index]
            index += 1
            let d = key / stride
            let o = base + key % stride
            if bounded && partial + d + rest >= bestCost { break }
            engine.place(o)
            if engine.forwardCheck(m, o, free: free) {
                let finished = search(engine, depth: depth + 1, partial: partial + d)
                if !finished {
                    engine.unplace(m)
                    for (i, j) in free.enumerated() { engine.size[j] = savedSizes[saveBase + i] }
                    return false
                }
            }
            engine.unplace(m)
            for (i, j) in free.enumerated() { engine.size[j] = savedSizes[saveBase + i] }
        }
        return true
    }
}
