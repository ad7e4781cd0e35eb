extension SearchEngine {
    /// Whether meeting m takes part in propagation: free and not yet assigned.
    @inline(__always)
    func isOpen(_ m: Int) -> Bool { isFree[m] && assign[m] < 0 }

    /// Queues the precedences of m whose both ends are open.
    func enqueuePrecedences(of m: Int) {
        for i in c.precByMeetingStart[m]..<c.precByMeetingStart[m + 1] {
            let k = c.precByMeeting[i]
            if queued[k] { continue }
            if isOpen(c.precFirst[k]) && isOpen(c.precThen[k]) {
                queued[k] = true
                queue.append(k)
            }
        }
    }

    /// Precedences as a simple temporal network on days: narrows each open
    /// meeting's day bounds by its open partners' bounds until nothing
    /// changes, removing options outside them. Returns false on a wipe-out.
    /// Partners that are placed are handled pairwise by forward checking.
    func propagateBounds() -> Bool {
        var head = 0
        var ok = true
        while head < queue.count {
            let k = queue[head]
            head += 1
            queued[k] = false
            if !ok { continue }
            let f = c.precFirst[k], t = c.precThen[k]
            computeBounds(f)
            computeBounds(t)
            let minGap = c.precMin[k], maxGap = c.precMax[k]
            // then.day in [f.lastLo + min, f.lastHi + max]
            let tLo = lastLo[f] + minGap
            let tHi = maxGap == Int.max ? Int.max : lastHi[f] + maxGap
            if dayLo[t] < tLo || dayHi[t] > tHi {
                var i = c.optionStart[t]
                while i < c.optionStart[t] + size[t] {
                    let o = store[i]
                    if c.optDay[o] < tLo || c.optDay[o] > tHi { remove(o) } else { i += 1 }
                }
                if size[t] == 0 { ok = false; continue }
                enqueuePrecedences(of: t)
            }
            // first.lastDay in [t.dayLo - max, t.dayHi - min]
            computeBounds(t)
            let fLo = maxGap == Int.max ? Int.min : dayLo[t] - maxGap
            let fHi = dayHi[t] - minGap
            if lastLo[f] < fLo || lastHi[f] > fHi {
                var i = c.optionStart[f]
                while i < c.optionStart[f] + size[f] {
                    let o = store[i]
                    if c.optLastDay[o] < fLo || c.optLastDay[o] > fHi { remove(o) } else { i += 1 }
                }
                if size[f] == 0 { ok = false; continue }
                enqueuePrecedences(of: f)
            }
        }
        queue.removeAll(keepingCapacity: true)
        return ok
    }

    /// After meeting m took option o: removes from every other open meeting
    /// the options that no longer fit beside o (shared attendee, precedence,
    /// rooms of o's venue), then re-runs the day-bound propagation from the
    /// meetings that lost options. Returns false on a wipe-out.
    func forwardCheck(_ m: Int, _ o: Int, free: [Int]) -> Bool {
        let v = c.optVenue[o]
        let limitedVenue = !c.venueUnlimited[v]
        let b = c.optBegin[o], e = c.optEnd[o]
        for j in free where assign[j] < 0 {
            let shares = c.shareAttendee(m, j)
            var linked = false
            for i in c.precByMeetingStart[m]..<c.precByMeetingStart[m + 1] {
                let k = c.precByMeeting[i]
                if c.precFirst[k] == j || c.precThen[k] == j { linked = true; break }
            }
            if !shares && !linked && !limitedVenue { continue }
            let before = size[j]
            var i = c.optionStart[j]
            while i < c.optionStart[j] + size[j] {
                let p = store[i]
                var fits = !shares || c.attendeeCompatible(o, p)
                if fits && linked {
                    for x in c.precByMeetingStart[m]..<c.precByMeetingStart[m + 1] {
                        let k = c.precByMeeting[x]
                        if c.precFirst[k] == m && c.precThen[k] == j {
                            if !c.precedenceHolds(k, first: o, then: p) { fits = false; break }
                        } else if c.precThen[k] == m && c.precFirst[k] == j {
                            if !c.precedenceHolds(k, first: p, then: o) { fits = false; break }
                        }
                    }
                }
                if fits && limitedVenue && c.optVenue[p] == v && c.optBegin[p] < e && c.optEnd[p] > b {
                    fits = venueFits(p)
                }
                if fits { i += 1 } else { remove(p) }
            }
            if size[j] == 0 {
                clearQueue()
                return false
            }
            if size[j] != before { enqueuePrecedences(of: j) }
        }
        return propagateBounds()
    }

    /// Drops pending propagation work after a wipe-out.
    func clearQueue() {
        for k in queue { queued[k] = false }
        queue.removeAll(keepingCapacity: true)
    }

    /// Opens `free` for a search: resets their domains to the root domains,
    /// drops options that clash with what is placed, and propagates day
    /// bounds among them. The meetings must be unplaced. False on a wipe-out.
    func openDomains(_ free: [Int]) -> Bool {
        for m in free { isFree[m] = true; size[m] = rootSize[m] }
        var ok = true
        for m in free {
            var i = c.optionStart[m]
            while i < c.optionStart[m] + size[m] {
                let o = store[i]
                if canPlace(o) { i += 1 } else { remove(o) }
            }
            if size[m] == 0 { ok = false }
        }
        if !ok { return false }
        for m in free { enqueuePrecedences(of: m) }
        return propagateBounds()
    }

    /// Ends a search over `free`: they stop being free (domains are reset
    /// by the next `openDomains`).
    func closeDomains(_ free: [Int]) {
        for m in free { isFree[m] = false }
    }

    /// Root propagation over the whole model, before anything is placed:
    /// day bounds of all precedences. Its result becomes the root domains.
    /// Returns false when the model is infeasible by precedences alone.
    func propagateRoot() -> Bool {
        let all = Array(0..<c.meetingCount)
        for m in all where size[m] == 0 { return false }
        for m in all { isFree[m] = true }
        for m in all { enqueuePrecedences(of: m) }
        let ok = propagateBounds()
        for m in all { isFree[m] = false }
        rootSize = size
        return ok
    }

    /// An admissible bound on the objective: the cheapest root option of
    /// every meeting plus, per precedence, the soft cost that the root day
    /// bounds make unavoidable. Valid after `propagateRoot`.
    func rootLowerBound() -> Int {
        var total = 0
        for m in 0..<c.meetingCount {
            var best = Int.max
            let base = c.optionStart[m]
            for i in base..<(base + rootSize[m]) { best = min(best, c.optCost[store[i]]) }
            if best != Int.max { total += best }
            computeBounds(m)
        }
        for k in c.precFirst.indices where c.precCostPerDay[k] > 0 {
            total += unavoidablePrecedenceCost(k)
        }
        return total
    }

    /// Soft cost of precedence k that every pair of alive options pays,
    /// from the current day bounds of both ends.
    @inline(__always)
    func unavoidablePrecedenceCost(_ k: Int) -> Int {
        let f = c.precFirst[k], t = c.precThen[k]
        let gLo = dayLo[t] - lastHi[f], gHi = dayHi[t] - lastLo[f]
        let pLo = c.precPreferMin[k], pHi = c.precPreferMax[k]
        if gHi < pLo { return c.precCostPerDay[k] * (pLo - gHi) }
        if gLo > pHi { return c.precCostPerDay[k] * (gLo - pHi) }
        return 0
    }
}
