/// Builds a first complete placement quickly: meetings in precedence order
/// (a `first` before its `then`; among those ready, the smallest root domain
/// first), each at its cheapest option that fits beside what is placed and
/// leaves every unplaced precedence partner an option. A meeting with no
/// fitting option triggers a limited repair: the meetings blocking one of
/// its cheap options are freed with it and re-placed by a small
/// branch-and-bound.
struct GreedyConstruction {
    var repairs = 0
    private var stamp: [Int]
    private var stampValue = 0
    private var blockers: [Int] = []
    private var nearest: [Int] = []
    /// Undo log of the ejection chain: (meeting, option it had, or -1).
    private var changes: [(meeting: Int, option: Int)] = []
    private var inChain: [Int]
    private var chainValue = 0

    init(meetingCount: Int) {
        stamp = [Int](repeating: 0, count: meetingCount)
        inChain = [Int](repeating: 0, count: meetingCount)
    }

    private mutating func setOption(_ engine: SearchEngine, _ m: Int, _ o: Int) {
        changes.append((m, engine.assign[m]))
        engine.unplace(m)
        if o >= 0 { engine.place(o) }
    }

    private mutating func undo(_ engine: SearchEngine, to mark: Int) {
        while changes.count > mark {
            let (m, o) = changes.removeLast()
            engine.unplace(m)
            if o >= 0 { engine.place(o) }
        }
    }

    /// An ejection chain, tried before the heavier repair: place m at an
    /// option blocked by at most two meetings, move those to their cheapest
    /// fitting options, ejecting in turn (to depth 2) where they have none.
    private mutating func eject(_ engine: SearchEngine, _ m: Int, depth: Int) -> Bool {
        let c = engine.c
        inChain[m] = chainValue
        var ranked: [Int] = []
        let rootEnd = c.optionStart[m] + engine.rootSize[m]
        var scanned = 0
        for i in c.optionStart[m]..<c.optionStart[m + 1] where scanned < 48 {
            let o = c.byCost[i]
            if engine.position[o] >= rootEnd { continue }
            scanned += 1
            collectBlockers(engine, o)
            if blockers.count > 2 || blockers.contains(where: { inChain[$0] == chainValue }) { continue }
            ranked.append(blockers.count &* c.optionCount &+ o)
        }
        ranked.sort()
        for key in ranked.prefix(3) {
            let o = key % c.optionCount
            collectBlockers(engine, o)
            let moved = blockers
            let mark = changes.count
            for b in moved { setOption(engine, b, -1) }
            guard engine.canPlace(o) else {
                undo(engine, to: mark)
                continue
            }
            setOption(engine, m, o)
            var ok = true
            for b in moved {
                if let o2 = cheapestFitting(engine, b) {
                    setOption(engine, b, o2)
                } else if depth >= 2 || !eject(engine, b, depth: depth + 1) {
                    ok = false
                    break
                }
            }
            if ok { return true }
            undo(engine, to: mark)
        }
        return false
    }

    /// How often each meeting could not be placed; such meetings go earlier
    /// in the next attempt ("squeaky wheel").
    private(set) var boost: [Int] = []
    /// Attempts made by `run`.
    private(set) var attempts = 0

    /// Places every meeting, restarting with failed meetings moved forward
    /// until it succeeds, `maxAttempts` passes failed, or a limit stops it;
    /// false leaves nothing placed.
    /// `hint` holds a global option index or -1 per meeting.
    mutating func run(_ engine: SearchEngine, hint: [Int]?, maxAttempts: Int = 64) -> Bool {
        let n = engine.c.meetingCount
        if boost.count != n { boost = [Int](repeating: 0, count: n) }
        while attempts < maxAttempts && !engine.timeUp() {
            attempts += 1
            if let failed = attempt(engine, hint: hint) {
                for m in 0..<n { engine.unplace(m) }
                boost[failed] += 1
            } else {
                return true
            }
        }
        for m in 0..<n { engine.unplace(m) }
        return false
    }

    /// One greedy pass; returns the meeting it could not place, or nil.
    private mutating func attempt(_ engine: SearchEngine, hint: [Int]?) -> Int? {
        for m in Self.order(engine, boost: boost) {
            if engine.timeUp() { return m }
            if let hint, hint[m] >= 0, engine.canPlace(hint[m]), leavesPartnersAnOption(engine, hint[m]) {
                engine.place(hint[m])
                continue
            }
            if let o = cheapestFitting(engine, m) {
                engine.place(o)
                continue
            }
            changes.removeAll(keepingCapacity: true)
            chainValue += 1
            if eject(engine, m, depth: 0) { continue }
            guard repair(engine, m) else { return m }
        }
        return nil
    }

    /// Precedence order by Kahn's algorithm, ready meetings hardest first
    /// (root options per attendee-hour), except that a successor with a
    /// maximum gap comes at once.
    static func order(_ engine: SearchEngine, boost: [Int]) -> [Int] {
        let c = engine.c
        let n = c.meetingCount
        var indegree = [Int](repeating: 0, count: n)
        for k in c.precThen.indices { indegree[c.precThen[k]] += 1 }
        // Hardest first: few options, and long meetings with many attendees
        // (a full day for five delegations finds few free days late in the pass).
        var hardness = [Int](repeating: 0, count: n)
        for m in 0..<n {
            let o = c.optionStart[m]
            let hours = o < c.optionStart[m + 1] ? (c.optEnd[o] - c.optBegin[o]) / 60 + 1 : 1
            let people = c.attendeeStart[m + 1] - c.attendeeStart[m] + 1
            hardness[m] = engine.rootSize[m] * 100 / (hours * people * (1 + 20 * boost[m]))
        }
        // A chain is as hard as its hardest member: its first must go early
        // for its then to find room.
        var settled = false
        while !settled {
            settled = true
            for k in c.precFirst.indices where hardness[c.precThen[k]] < hardness[c.precFirst[k]] {
                hardness[c.precFirst[k]] = hardness[c.precThen[k]]
                settled = false
            }
        }
        var heap = MinHeap()
        for m in 0..<n where indegree[m] == 0 { heap.push(hardness[m] &* n &+ m) }
        var result: [Int] = []
        result.reserveCapacity(n)
        var done = [Bool](repeating: false, count: n)
        while result.count < n {
            guard let key = heap.pop() else {
                // A precedence cycle: place the rest by index; the search handles them.
                for m in 0..<n where !done[m] { result.append(m); done[m] = true }
                break
            }
            let m = key % n
            if done[m] { continue }
            done[m] = true
            result.append(m)
            for i in c.precByMeetingStart[m]..<c.precByMeetingStart[m + 1] {
                let k = c.precByMeeting[i]
                if c.precFirst[k] != m { continue }
                let t = c.precThen[k]
                indegree[t] -= 1
                // A successor held close by maxDays goes next, while its
                // partner's neighbourhood still has room for it.
                if indegree[t] == 0 { heap.push(c.precMax[k] == Int.max ? hardness[t] &* n &+ t : t) }
            }
        }
        return result
    }

    /// The cheapest option (by delta) that fits; options are scanned by cost
    /// and the scan stops once the cost alone reaches the best delta.
    private func cheapestFitting(_ engine: SearchEngine, _ m: Int) -> Int? {
        let c = engine.c
        var best = -1, bestDelta = Int.max
        let rootEnd = c.optionStart[m] + engine.rootSize[m]
        for i in c.optionStart[m]..<c.optionStart[m + 1] {
            let o = c.byCost[i]
            if c.optCost[o] >= bestDelta { break }
            if engine.position[o] >= rootEnd || !engine.canPlace(o) { continue }
            let d = engine.delta(o)
            if d < bestDelta && leavesPartnersAnOption(engine, o) {
                best = o
                bestDelta = d
            }
        }
        return best >= 0 ? best : nil
    }

    /// One-step look-ahead on precedences: every unplaced partner keeps a
    /// root option that satisfies the precedence with `o` and fits now.
    private func leavesPartnersAnOption(_ engine: SearchEngine, _ o: Int) -> Bool {
        let c = engine.c
        let m = c.optMeeting[o]
        for i in c.precByMeetingStart[m]..<c.precByMeetingStart[m + 1] {
            let k = c.precByMeeting[i]
            let isFirst = c.precFirst[k] == m
            let other = isFirst ? c.precThen[k] : c.precFirst[k]
            if engine.assign[other] >= 0 { continue }
            var found = false
            let base = c.optionStart[other]
            for j in base..<(base + engine.rootSize[other]) {
                let p = engine.store[j]
                let holds = isFirst ? c.precedenceHolds(k, first: o, then: p) : c.precedenceHolds(k, first: p, then: o)
                if holds && engine.attendeesFit(p) && engine.venueFits(p) {
                    found = true
                    break
                }
            }
            if !found { return false }
        }
        return true
    }

    /// Frees the placed meetings that block one of m's cheap options and
    /// re-places them with m by branch-and-bound; tries a few options.
    private mutating func repair(_ engine: SearchEngine, _ m: Int) -> Bool {
        let c = engine.c
        repairs += 1
        // Rank m's cheapest root options by how many placed meetings block them.
        var ranked: [Int] = []
        let rootEnd = c.optionStart[m] + engine.rootSize[m]
        var scanned = 0
        for i in c.optionStart[m]..<c.optionStart[m + 1] where scanned < 96 {
            let o = c.byCost[i]
            if engine.position[o] >= rootEnd { continue }
            scanned += 1
            collectBlockers(engine, o)
            ranked.append(blockers.count &* c.optionCount &+ o)
        }
        ranked.sort()
        // Widen step by step: the blockers, then the placed meetings nearest
        // in time that share attendees with the meeting or a freed partner.
        // The first pass gives up early: a restart with the failed meeting
        // moved forward is usually cheaper than a large repair.
        for budget in attempts <= 1 ? [8, 20] : [8, 20, 40] {
            for key in ranked.prefix(2) {
                if engine.timeUp() { return false }
                let o = key % c.optionCount
                collectBlockers(engine, o)
                var free = [m]
                stampValue += 1
                stamp[m] = stampValue
                for b in blockers where free.count < budget {
                    stamp[b] = stampValue
                    free.append(b)
                }
                var next = 0
                while next < free.count && free.count < budget {
                    let x = free[next]
                    let time = x == m ? c.optBegin[o] : c.optBegin[engine.assign[x]]
                    addNearest(engine, to: x, around: time, into: &free, upTo: min(budget, free.count + 4))
                    next += 1
                }
                let saved = free.map { engine.assign[$0] }
                for x in free { engine.unplace(x) }
                // Any placement will do: large-neighbourhood search improves it later.
                var search = BranchAndBound(
                    free: free, upperBound: Int.max, nodeLimit: 300 * budget, firstOnly: true, boundsBeforeIncumbent: false)
                search.run(engine)
                if let best = search.best {
                    for o in best { engine.place(o) }
                    return true
                }
                for o in saved where o >= 0 { engine.place(o) }
            }
        }
        return false
    }

    /// Adds placed meetings sharing an attendee with x, nearest to `time` first.
    private mutating func addNearest(_ engine: SearchEngine, to x: Int, around time: Int, into free: inout [Int], upTo limit: Int) {
        let c = engine.c
        nearest.removeAll(keepingCapacity: true)
        for i in c.neighbourStart[x]..<c.neighbourStart[x + 1] {
            let y = c.neighbourList[i]
            if stamp[y] == stampValue || engine.assign[y] < 0 { continue }
            nearest.append(abs(c.optBegin[engine.assign[y]] - time) &* c.meetingCount &+ y)
        }
        nearest.sort()
        for key in nearest where free.count < limit {
            let y = key % c.meetingCount
            stamp[y] = stampValue
            free.append(y)
        }
        // Precedence partners come along: they are the usual reason for a wipe-out.
        for i in c.precByMeetingStart[x]..<c.precByMeetingStart[x + 1] {
            let k = c.precByMeeting[i]
            let y = c.precFirst[k] == x ? c.precThen[k] : c.precFirst[k]
            if stamp[y] != stampValue && engine.assign[y] >= 0 && free.count < limit + 2 {
                stamp[y] = stampValue
                free.append(y)
            }
        }
    }

    /// The placed meetings that keep option o out (see `collectBlockers`).
    mutating func blockersOf(_ engine: SearchEngine, _ o: Int) -> [Int] {
        collectBlockers(engine, o)
        return blockers
    }

    /// The placed meetings that keep option o out: shared attendees too
    /// close in time, occupants of its venue at that time, and precedence
    /// partners it would break.
    private mutating func collectBlockers(_ engine: SearchEngine, _ o: Int) {
        let c = engine.c
        let m = c.optMeeting[o]
        stampValue += 1
        blockers.removeAll(keepingCapacity: true)
        let b = c.optBegin[o], e = c.optEnd[o], s = c.optSite[o]
        for i in c.attendeeStart[m]..<c.attendeeStart[m + 1] {
            let line = engine.attendeeLine[c.attendeeList[i]]
            // An attendee's slots are disjoint: ends are sorted like starts.
            let idx = SearchEngine.lowerBound(line, b)
            var k = idx - 1
            while k >= 0, line[k].end + c.maxTravel > b {
                let slot = line[k]
                let travelIn = slot.site == s ? 0 : c.travel[slot.site * c.siteCount + s]
                if slot.end + travelIn > b { mark(slot.meeting) }
                k -= 1
            }
            k = idx
            while k < line.count, line[k].begin < e + c.maxTravel {
                let slot = line[k]
                let travelOut = slot.site == s ? 0 : c.travel[s * c.siteCount + slot.site]
                if e + travelOut > slot.begin { mark(slot.meeting) }
                k += 1
            }
        }
        let v = c.optVenue[o]
        if !c.venueUnlimited[v] && !engine.venueFits(o) {
            let line = engine.venueLine[v]
            var k = SearchEngine.lowerBound(line, b - c.venueMaxDuration[v] + 1)
            while k < line.count, line[k].begin < e {
                if line[k].end > b { mark(line[k].meeting) }
                k += 1
            }
        }
        for i in c.precByMeetingStart[m]..<c.precByMeetingStart[m + 1] {
            let k = c.precByMeeting[i]
            if c.precFirst[k] == m {
                let t = engine.assign[c.precThen[k]]
                if t >= 0 && !c.precedenceHolds(k, first: o, then: t) { mark(c.precThen[k]) }
            } else {
                let f = engine.assign[c.precFirst[k]]
                if f >= 0 && !c.precedenceHolds(k, first: f, then: o) { mark(c.precFirst[k]) }
            }
        }
    }

    private mutating func mark(_ meeting: Int) {
        if stamp[meeting] != stampValue {
            stamp[meeting] = stampValue
            blockers.append(meeting)
        }
    }
}
