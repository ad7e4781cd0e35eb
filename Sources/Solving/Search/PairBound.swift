/// A stronger bound for branch-and-bound: pairs of open meetings linked by
/// precedence or same-venue terms are bounded together. For a pair (a, b)
/// the bound is the cheapest `delta(p) + delta(q) + term(p, q)` over their
/// domains, with options bucketed by day (precedence terms depend only on
/// the day gap) or by venue (same-venue terms), and hard rules between the
/// two relaxed to the day gap. Pairs sharing an attendee are bounded by
/// whether their cheapest options clash. A greedy matching picks disjoint pairs, so
/// no meeting and no pair term is counted twice: the bound stays admissible.
struct PairBound {
    private var pairA: [Int] = [], pairB: [Int] = []
    private var pairLocalA: [Int] = [], pairLocalB: [Int] = []
    private var precStart: [Int] = [0], precList: [Int] = []
    private var sameStart: [Int] = [0], sameList: [Int] = []
    private var involved: [Int] = []
    private var base: [Int] = [], length: [Int] = [], offset: [Int] = []
    private var byDay: [Int] = [], byLast: [Int] = [], byVenue: [Int] = []
    /// Per pair: the two share an attendee, so their options must not clash.
    private var shares: [Bool] = []
    /// Per involved meeting: cheapest and second-cheapest delta, and up to
    /// `argCap` options reaching the cheapest.
    private var lowest: [Int] = [], second: [Int] = []
    private var argCount: [Int] = [], argList: [Int] = []
    private static let argCap = 16
    /// Precedence paths of three or more free meetings, bounded exactly over
    /// day buckets by dynamic programming: chainStart / chainMembers (local
    /// indices) and chainLinks (precedence between member i and i+1).
    private var chainStart: [Int] = [0], chainMembers: [Int] = [], chainLinks: [Int] = []
    private var dpF: [Int] = [], dpG: [Int] = [], dpNext: [Int] = []
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
        // Attendee-sharing pairs, for small free sets (the pair count grows quadratically).
        if free.count <= 64 {
            for (i, a) in free.enumerated() {
                for b in free[(i + 1)...] where c.shareAttendee(a, b) { _ = pair(a, b) }
            }
        }
        for p in pairA.indices {
            shares.append(c.shareAttendee(pairA[p], pairB[p]))
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
        lowest = [Int](repeating: Int.max, count: involved.count)
        second = lowest
        argCount = [Int](repeating: 0, count: involved.count)
        argList = [Int](repeating: 0, count: involved.count * Self.argCap)
        buildChains(c, local: local)
        let longest = length.max() ?? 0
        dpF = [Int](repeating: Int.max, count: longest)
        dpG = dpF
        dpNext = dpF
    }

    /// Maximal precedence paths among the free meetings where every member
    /// has at most one free predecessor and one free successor.
    private mutating func buildChains(_ c: CompiledModel, local: [Int: Int]) {
        var next: [Int: (Int, Int)] = [:], previousCount: [Int: Int] = [:], nextCount: [Int: Int] = [:]
        for k in c.precFirst.indices {
            let f = c.precFirst[k], t = c.precThen[k]
            guard local[f] != nil, local[t] != nil else { continue }
            next[f] = (t, k)
            nextCount[f, default: 0] += 1
            previousCount[t, default: 0] += 1
        }
        for head in involved where previousCount[head] == nil && nextCount[head] == 1 {
            var members = [head], links: [Int] = []
            var current = head
            while nextCount[current] == 1, let (t, k) = next[current], previousCount[t] == 1, !members.contains(t) {
                members.append(t)
                links.append(k)
                current = t
            }
            guard members.count >= 3 else { continue }
            chainMembers.append(contentsOf: members.map { local[$0] ?? 0 })
            chainLinks.append(contentsOf: links)
            chainStart.append(chainMembers.count)
        }
    }

    /// The exact minimum of the chain's deltas plus soft precedence costs,
    /// with each precedence relaxed to its day gap; Int.max if none fits.
    private mutating func chainValue(_ engine: SearchEngine, _ chain: Int) -> Int {
        let c = engine.c
        let first = chainStart[chain], end = chainStart[chain + 1]
        var prev = chainMembers[first]
        for l in 0..<length[prev] { dpF[l] = byLast[offset[prev] + l] }
        for i in (first + 1)..<end {
            let cur = chainMembers[i]
            let k = chainLinks[chainLinkBase(chain) + (i - first - 1)]
            let minGap = c.precMin[k], maxGap = c.precMax[k]
            for d in 0..<length[cur] {
                var best = Int.max
                let day = base[cur] + d
                for l in 0..<length[prev] where dpF[l] != Int.max {
                    let g = day - (base[prev] + l)
                    if g < minGap || g > maxGap { continue }
                    let value = dpF[l] + c.precCostPerDay[k] * CompiledModel.distance(g, c.precPreferMin[k], c.precPreferMax[k])
                    if value < best { best = value }
                }
                dpG[d] = best
            }
            for l in 0..<length[cur] { dpNext[l] = Int.max }
            let m = involved[cur]
            let start = c.optionStart[m]
            for j in start..<(start + engine.size[m]) {
                let o = engine.store[j]
                let g = dpG[c.optDay[o] - base[cur]]
                if g == Int.max { continue }
                let value = g + engine.delta(o)
                let li = c.optLastDay[o] - base[cur]
                if value < dpNext[li] { dpNext[li] = value }
            }
            for l in 0..<length[cur] { dpF[l] = dpNext[l] }
            prev = cur
        }
        var result = Int.max
        for l in 0..<length[prev] { result = min(result, dpF[l]) }
        return result
    }

    /// Index of the chain's first link in `chainLinks` (one fewer link than members per chain).
    @inline(__always)
    private func chainLinkBase(_ chain: Int) -> Int { chainStart[chain] - chain }

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
            if shares[p] {
                // The cheapest options of both clash: one of them pays at least its next step.
                let conflict = clashValue(engine, la, lb)
                if conflict == Int.max { return nil }
                value = max(value, conflict)
            }
            // The soft precedence costs this pair pays unless it is matched.
            var loose = 0
            for x in precStart[p]..<precStart[p + 1] where c.precCostPerDay[precList[x]] > 0 {
                loose += engine.unavoidablePrecedenceCost(precList[x])
            }
            unmatchedPrecedence += loose
            let gain = value - floor - loose
            if gain > 0 { keys.append(gain &* (pairA.count + chainStart.count - 1) &+ p) }
        }
        let candidates = pairA.count + chainStart.count - 1
        for chain in 0..<(chainStart.count - 1) {
            var open = true, floor = 0, loose = 0
            for i in chainStart[chain]..<chainStart[chain + 1] {
                let m = involved[chainMembers[i]]
                if !engine.isOpen(m) { open = false; break }
                fill(engine, chainMembers[i])
                floor += engine.minDelta[m]
            }
            if !open { continue }
            let links = chainLinkBase(chain)
            for x in links..<(links + chainStart[chain + 1] - chainStart[chain] - 1) where c.precCostPerDay[chainLinks[x]] > 0 {
                loose += engine.unavoidablePrecedenceCost(chainLinks[x])
            }
            let value = chainValue(engine, chain)
            if value == Int.max { return nil }
            let gain = value - floor - loose
            if gain > 0 { keys.append(gain &* candidates &+ pairA.count &+ chain) }
        }
        keys.sort(by: >)
        var total = unmatchedPrecedence
        for key in keys {
            let index = key % candidates
            if index < pairA.count {
                let la = pairLocalA[index], lb = pairLocalB[index]
                if used[la] || used[lb] { continue }
                used[la] = true
                used[lb] = true
            } else {
                let chain = index - pairA.count
                var free = true
                for i in chainStart[chain]..<chainStart[chain + 1] where used[chainMembers[i]] { free = false }
                if !free { continue }
                for i in chainStart[chain]..<chainStart[chain + 1] { used[chainMembers[i]] = true }
            }
            total += key / candidates
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
        var low = Int.max, next = Int.max, count = 0
        let argBase = local * Self.argCap
        for i in start..<(start + engine.size[m]) {
            let o = engine.store[i]
            let d = engine.delta(o)
            if d < low {
                next = low
                low = d
                count = 0
            } else if d > low && d < next {
                next = d
            }
            if d == low {
                if count < Self.argCap { argList[argBase + count] = o }
                count += 1
            }
            let di = off + c.optDay[o] - b, li = off + c.optLastDay[o] - b
            if d < byDay[di] { byDay[di] = d }
            if d < byLast[li] { byLast[li] = d }
            if d < byVenue[vOff + c.optVenue[o]] { byVenue[vOff + c.optVenue[o]] = d }
        }
        lowest[local] = low
        second[local] = next
        argCount[local] = count
    }

    /// A lower bound on delta(a) + delta(b) over options of two
    /// attendee-sharing meetings that do not clash: the sum of minima if
    /// some cheapest pair is compatible, else the cheaper of moving either
    /// one to its second value. Int.max when neither can move.
    private func clashValue(_ engine: SearchEngine, _ la: Int, _ lb: Int) -> Int {
        let c = engine.c
        let floor = lowest[la] + lowest[lb]
        // Too many ties to check cheaply: assume a compatible pair exists.
        if argCount[la] > Self.argCap || argCount[lb] > Self.argCap { return floor }
        for i in 0..<argCount[la] {
            let p = argList[la * Self.argCap + i]
            for j in 0..<argCount[lb] where c.attendeeCompatible(p, argList[lb * Self.argCap + j]) { return floor }
        }
        let moveA = second[la] == Int.max ? Int.max : second[la] + lowest[lb]
        let moveB = second[lb] == Int.max ? Int.max : lowest[la] + second[lb]
        return min(moveA, moveB)
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
