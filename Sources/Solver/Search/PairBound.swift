/// A stronger bound for branch-and-bound: pairs of open meetings linked by
/// precedence or same-venue terms are bounded together. For a pair (a, b)
/// the bound is the cheapest `delta(p) + delta(q) + term(p, q)` over their
/// domains, with options bucketed by day (precedence terms depend only on
/// the day gap) or by venue (same-venue terms), and hard rules between the
/// two relaxed to the day gap. A greedy matching picks disjoint pairs, so
/// no meeting and no pair term is counted twice: the bound stays admissible.
struct PairBound {
    private var pairA: [Int] = [], pairB: [Int] = []
    private var pairLocalA: [Int] = [], pairLocalB: [Int] = []
    private var precStart: [Int] = [0], precList: [Int] = []
    private var sameStart: [Int] = [0], sameList: [Int] = []
    private var involved: [Int] = []
    private var base: [Int] = [], length: [Int] = [], offset: [Int] = []
    private var byDay: [Int] = [], byLast: [Int] = [], byVenue: [Int] = []
    private var keys: [Int] = []
    private var used: [Bool] = []
    private var fresh: [Bool] = []
    var isEmpty: Bool { pairA.isEmpty }

    /// No pairs: the bound adds nothing.
    init() {}

    /// Collects the linked pairs among `free`; call after the root domains are set.
    init(free: [Int], engine: SearchEngine) {
        let c = engine.c
        var local: [Int: Int] = [:]
        var pairIndex: [Int: Int] = [:]
        var precs: [[Int]] = [], sames: [[Int]] = []
        for m in free { local[m] = -1 }
        func pair(_ a: Int, _ b: Int) -> Int {
            let key = min(a, b) &* c.meetingCount &+ max(a, b)
            if let p = pairIndex[key] { return p }
            for m in [a, b] where local[m] == -1 {
                local[m] = involved.count
                involved.append(m)
            }
            pairIndex[key] = pairA.count
            pairA.append(a)
            pairB.append(b)
            precs.append([])
            sames.append([])
            return pairA.count - 1
        }
        for m in free {
            for i in c.precByMeetingStart[m]..<c.precByMeetingStart[m + 1] {
                let k = c.precByMeeting[i]
                if c.precFirst[k] == m, local[c.precThen[k]] != nil { precs[pair(m, c.precThen[k])].append(k) }
            }
            for i in c.sameByMeetingStart[m]..<c.sameByMeetingStart[m + 1] {
                let k = c.sameByMeeting[i]
                if c.sameA[k] == m, local[c.sameB[k]] != nil { sames[pair(m, c.sameB[k])].append(k) }
            }
        }
        for p in pairA.indices {
            pairLocalA.append(local[pairA[p]] ?? 0)
            pairLocalB.append(local[pairB[p]] ?? 0)
            precList.append(contentsOf: precs[p])
            precStart.append(precList.count)
            sameList.append(contentsOf: sames[p])
            sameStart.append(sameList.count)
        }
        var total = 0
        for m in involved {
            var lo = Int.max, hi = Int.min
            let start = c.optionStart[m]
            for i in start..<(start + engine.rootSize[m]) {
                let o = engine.store[i]
                lo = min(lo, c.optDay[o])
                hi = max(hi, c.optLastDay[o])
            }
            if lo > hi { lo = 0; hi = 0 }
            base.append(lo)
            length.append(hi - lo + 1)
            offset.append(total)
            total += hi - lo + 1
        }
        byDay = [Int](repeating: Int.max, count: total)
        byLast = byDay
        byVenue = [Int](repeating: Int.max, count: involved.count * c.venueCount)
        used = [Bool](repeating: false, count: involved.count)
        fresh = used
    }

    /// The bound's excess over the sum of per-meeting minima (`engine.minDelta`,
    /// valid for open meetings), including the soft precedence costs of open
    /// pairs; the caller must not add those again. Nil when some pair has
    /// no two options that the day gap allows: the node is infeasible.
    mutating func excess(_ engine: SearchEngine) -> Int? {
        let c = engine.c
        for i in fresh.indices { fresh[i] = false; used[i] = false }
        keys.removeAll(keepingCapacity: true)
        var unmatchedPrecedence = 0
        for p in pairA.indices {
            let a = pairA[p], b = pairB[p]
            guard engine.isOpen(a), engine.isOpen(b) else { continue }
            let la = pairLocalA[p], lb = pairLocalB[p]
            fill(engine, la)
            fill(engine, lb)
            let floor = engine.minDelta[a] + engine.minDelta[b]
            var value = floor
            for x in precStart[p]..<precStart[p + 1] {
                let pairValue = precedencePair(engine, precList[x], first: la, then: lb)
                if pairValue == Int.max {
                    return nil
                }
                value = max(value, pairValue)
            }
            for x in sameStart[p]..<sameStart[p + 1] {
                let k = sameList[x]
                var best = floor + c.sameCost[k]
                for v in 0..<c.venueCount {
                    let da = byVenue[la * c.venueCount + v], db = byVenue[lb * c.venueCount + v]
                    if da != Int.max && db != Int.max { best = min(best, da + db) }
                }
                value = max(value, best)
            }
            // The soft precedence costs this pair pays unless it is matched.
            var loose = 0
            for x in precStart[p]..<precStart[p + 1] where c.precCostPerDay[precList[x]] > 0 {
                loose += engine.unavoidablePrecedenceCost(precList[x])
            }
            unmatchedPrecedence += loose
            let gain = value - floor - loose
            if gain > 0 { keys.append(gain &* pairA.count &+ p) }
        }
        keys.sort(by: >)
        var total = unmatchedPrecedence
        for key in keys {
            let p = key % pairA.count
            let la = pairLocalA[p], lb = pairLocalB[p]
            if used[la] || used[lb] { continue }
            used[la] = true
            used[lb] = true
            total += key / pairA.count
        }
        return total
    }

    /// Buckets the open meeting's options by first day, last day and venue.
    private mutating func fill(_ engine: SearchEngine, _ local: Int) {
        if fresh[local] { return }
        fresh[local] = true
        let c = engine.c
        let m = involved[local]
        let off = offset[local], b = base[local]
        for i in off..<(off + length[local]) { byDay[i] = Int.max; byLast[i] = Int.max }
        let vOff = local * c.venueCount
        for v in 0..<c.venueCount { byVenue[vOff + v] = Int.max }
        let start = c.optionStart[m]
        for i in start..<(start + engine.size[m]) {
            let o = engine.store[i]
            let d = engine.delta(o)
            let di = off + c.optDay[o] - b, li = off + c.optLastDay[o] - b
            if d < byDay[di] { byDay[di] = d }
            if d < byLast[li] { byLast[li] = d }
            if d < byVenue[vOff + c.optVenue[o]] { byVenue[vOff + c.optVenue[o]] = d }
        }
    }

    /// Cheapest delta(first) + delta(then) + soft cost of precedence k over
    /// day buckets whose gap the precedence allows.
    private func precedencePair(_ engine: SearchEngine, _ k: Int, first fa: Int, then tb: Int) -> Int {
        let c = engine.c
        // The pair may be stored (then, first): orient by the precedence.
        let (f, t) = involved[fa] == c.precFirst[k] ? (fa, tb) : (tb, fa)
        let minGap = c.precMin[k], maxGap = c.precMax[k]
        var best = Int.max
        let fOff = offset[f], tOff = offset[t]
        for l in 0..<length[f] {
            let cf = byLast[fOff + l]
            if cf == Int.max || cf >= best { continue }
            let lastDay = base[f] + l
            for d in 0..<length[t] {
                let ct = byDay[tOff + d]
                if ct == Int.max { continue }
                let g = base[t] + d - lastDay
                if g < minGap || g > maxGap { continue }
                let value = cf + ct + c.precCostPerDay[k] * CompiledModel.distance(g, c.precPreferMin[k], c.precPreferMax[k])
                if value < best { best = value }
            }
        }
        return best
    }
}
