/// The mutable state of one solve over a compiled model: the current
/// placement (per-attendee and per-venue timelines sorted by start), option
/// domains as sparse sets (removal is a swap, undo is restoring a size), and
/// the counters and limits shared by every search phase.
///
/// A meeting is in one of three roles: placed (`assign[m] >= 0`), free (in
/// the current branch-and-bound, maybe assigned), or absent (not yet placed
/// by the greedy pass: no rule involving it is checked).
final class SearchEngine {
    let c: CompiledModel
    var assign: [Int]
    var attendeeLine: [[Slot]]
    var venueLine: [[Slot]]

    /// Sparse-set domains: meeting m's alive options are
    /// `store[optionStart[m] ..< optionStart[m] + size[m]]`.
    var store: [Int]
    var position: [Int]
    var size: [Int]
    /// Domain sizes after root propagation; resetting to them restores the root domains.
    var rootSize: [Int]

    // Branch-and-bound work areas, sized once per search.
    var isFree: [Bool]
    var queued: [Bool]
    var queue: [Int]
    var changed: [Int]
    var minDelta: [Int]
    var dayLo: [Int], dayHi: [Int], lastLo: [Int], lastHi: [Int]

    // Limits and counters.
    var nodes = 0
    var maxNodes: Int
    let clock = ContinuousClock()
    let started: ContinuousClock.Instant
    let deadline: ContinuousClock.Instant?
    var stop: StopReason?

    init(_ compiled: CompiledModel, options: SolveOptions) {
        c = compiled
        assign = [Int](repeating: -1, count: c.meetingCount)
        attendeeLine = [[Slot]](repeating: [], count: c.attendeeCount)
        venueLine = [[Slot]](repeating: [], count: c.venueCount)
        store = Array(0..<c.optionCount)
        position = Array(0..<c.optionCount)
        size = (0..<compiled.meetingCount).map { compiled.optionStart[$0 + 1] - compiled.optionStart[$0] }
        rootSize = size
        isFree = [Bool](repeating: false, count: c.meetingCount)
        queued = [Bool](repeating: false, count: c.precFirst.count)
        queue = []
        queue.reserveCapacity(c.precFirst.count)
        changed = []
        changed.reserveCapacity(c.meetingCount)
        minDelta = [Int](repeating: 0, count: c.meetingCount)
        dayLo = [Int](repeating: 0, count: c.meetingCount)
        dayHi = dayLo
        lastLo = dayLo
        lastHi = dayLo
        maxNodes = options.maxNodes ?? Int.max
        let now = ContinuousClock.now
        started = now
        deadline = options.timeLimit.map { now + $0 }
    }

    var elapsed: Double {
        (clock.now - started).seconds
    }

    /// Counts a node and says whether a limit has been reached; the clock is
    /// read only every 128 nodes, so the check costs nothing in hot loops.
    @inline(__always)
    func tick() -> Bool {
        if stop != nil { return true }
        nodes += 1
        if nodes >= maxNodes {
            stop = .nodeLimit
            return true
        }
        if nodes & 127 == 0, let deadline, clock.now >= deadline {
            stop = .timeLimit
            return true
        }
        return false
    }

    func timeUp() -> Bool {
        if stop != nil { return true }
        if let deadline, clock.now >= deadline {
            stop = .timeLimit
            return true
        }
        return false
    }

    // MARK: Placement

    /// First index in `line` whose slot begins at or after `minute`.
    @inline(__always)
    static func lowerBound(_ line: [Slot], _ minute: Int) -> Int {
        var lo = 0, hi = line.count
        while lo < hi {
            let mid = (lo + hi) >> 1
            if line[mid].begin < minute { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    /// Places option `o` of its meeting: records it and enters it in the timelines.
    func place(_ o: Int) {
        let m = c.optMeeting[o]
        assign[m] = o
        let slot = Slot(begin: c.optBegin[o], end: c.optEnd[o], site: c.optSite[o], meeting: m)
        for i in c.attendeeStart[m]..<c.attendeeStart[m + 1] {
            let a = c.attendeeList[i]
            attendeeLine[a].insert(slot, at: Self.lowerBound(attendeeLine[a], slot.begin))
        }
        let v = c.optVenue[o]
        if !c.venueUnlimited[v] {
            venueLine[v].insert(slot, at: Self.lowerBound(venueLine[v], slot.begin))
        }
    }

    /// Undoes `place` for meeting m.
    func unplace(_ m: Int) {
        let o = assign[m]
        guard o >= 0 else { return }
        assign[m] = -1
        let begin = c.optBegin[o]
        for i in c.attendeeStart[m]..<c.attendeeStart[m + 1] {
            let a = c.attendeeList[i]
            var k = Self.lowerBound(attendeeLine[a], begin)
            while k < attendeeLine[a].count, attendeeLine[a][k].meeting != m { k += 1 }
            if k < attendeeLine[a].count { attendeeLine[a].remove(at: k) }
        }
        let v = c.optVenue[o]
        if !c.venueUnlimited[v] {
            var k = Self.lowerBound(venueLine[v], begin)
            while k < venueLine[v].count, venueLine[v][k].meeting != m { k += 1 }
            if k < venueLine[v].count { venueLine[v].remove(at: k) }
        }
    }

    /// Whether option `o` fits beside everything placed: attendees, rooms and
    /// precedences with placed partners.
    func canPlace(_ o: Int) -> Bool {
        attendeesFit(o) && venueFits(o) && precedencesFit(o)
    }

    /// No attendee of the meeting is busy, or travelling, during option `o`.
    /// Each attendee's slots are disjoint, so both starts and ends are sorted
    /// and the scan stops once the travel horizon is passed.
    func attendeesFit(_ o: Int) -> Bool {
        let m = c.optMeeting[o]
        let b = c.optBegin[o], e = c.optEnd[o], s = c.optSite[o]
        let horizon = c.maxTravel
        for i in c.attendeeStart[m]..<c.attendeeStart[m + 1] {
            let a = c.attendeeList[i]
            let idx = Self.lowerBound(attendeeLine[a], b)
            var k = idx - 1
            while k >= 0 {
                let slot = attendeeLine[a][k]
                if slot.end + horizon <= b { break }
                if slot.meeting != m {
                    if slot.end > b && slot.begin < e { return false }
                    if slot.site != s && slot.end + c.travel[slot.site * c.siteCount + s] > b { return false }
                }
                k -= 1
            }
            k = idx
            let count = attendeeLine[a].count
            while k < count {
                let slot = attendeeLine[a][k]
                if slot.begin >= e + horizon { break }
                if slot.meeting != m {
                    if slot.begin < e && slot.end > b { return false }
                    if slot.site != s && e + c.travel[s * c.siteCount + slot.site] > slot.begin { return false }
                }
                k += 1
            }
        }
        return true
    }

    /// At every minute of option `o`, fewer than `rooms` other meetings use its venue.
    func venueFits(_ o: Int) -> Bool {
        let v = c.optVenue[o]
        if c.venueUnlimited[v] { return true }
        let b = c.optBegin[o], e = c.optEnd[o]
        if e <= b { return true }
        let rooms = c.venueRooms[v]
        let first = Self.lowerBound(venueLine[v], b - c.venueMaxDuration[v] + 1)
        var overlapping = 0
        var k = first
        while k < venueLine[v].count, venueLine[v][k].begin < e {
            if venueLine[v][k].end > b { overlapping += 1 }
            k += 1
        }
        if overlapping < rooms { return true }
        // Depth peaks at the start of the option or of one of the slots inside it.
        let last = k
        var p = first - 1
        while p < last {
            let q = p < first ? b : venueLine[v][p].begin
            p += 1
            if q < b || q >= e { continue }
            var depth = 1
            var j = first
            while j < last {
                let slot = venueLine[v][j]
                if slot.begin <= q && slot.end > q { depth += 1 }
                j += 1
            }
            if depth > rooms { return false }
        }
        return true
    }

    /// Precedences between option `o` and placed partners hold.
    func precedencesFit(_ o: Int) -> Bool {
        let m = c.optMeeting[o]
        for i in c.precByMeetingStart[m]..<c.precByMeetingStart[m + 1] {
            let k = c.precByMeeting[i]
            if c.precFirst[k] == m {
                let t = assign[c.precThen[k]]
                if t >= 0 && !c.precedenceHolds(k, first: o, then: t) { return false }
            } else {
                let f = assign[c.precFirst[k]]
                if f >= 0 && !c.precedenceHolds(k, first: f, then: o) { return false }
            }
        }
        return true
    }

    /// Cost of choosing `o` given placed partners: option cost plus the soft
    /// precedence and same-venue terms whose other end is placed. Each pair
    /// term is thus counted once, by whichever end is placed second.
    @inline(__always)
    func delta(_ o: Int) -> Int {
        let m = c.optMeeting[o]
        var total = c.optCost[o]
        for i in c.precByMeetingStart[m]..<c.precByMeetingStart[m + 1] {
            let k = c.precByMeeting[i]
            if c.precCostPerDay[k] == 0 { continue }
            if c.precFirst[k] == m {
                let t = assign[c.precThen[k]]
                if t >= 0 { total += c.precedenceCost(k, first: o, then: t) }
            } else {
                let f = assign[c.precFirst[k]]
                if f >= 0 { total += c.precedenceCost(k, first: f, then: o) }
            }
        }
        for i in c.sameByMeetingStart[m]..<c.sameByMeetingStart[m + 1] {
            let k = c.sameByMeeting[i]
            let other = c.sameA[k] == m ? c.sameB[k] : c.sameA[k]
            let p = assign[other]
            if p >= 0 && c.optVenue[p] != c.optVenue[o] { total += c.sameCost[k] }
        }
        return total
    }

    /// The objective of the current (complete) placement, by rule.
    func breakdown() -> ObjectiveBreakdown {
        var options = 0, precedence = 0, same = 0
        for m in 0..<c.meetingCount where assign[m] >= 0 { options += c.optCost[assign[m]] }
        for k in c.precFirst.indices {
            let f = assign[c.precFirst[k]], t = assign[c.precThen[k]]
            if f >= 0 && t >= 0 { precedence += c.precedenceCost(k, first: f, then: t) }
        }
        for k in c.sameA.indices {
            let a = assign[c.sameA[k]], b = assign[c.sameB[k]]
            if a >= 0 && b >= 0 && c.optVenue[a] != c.optVenue[b] { same += c.sameCost[k] }
        }
        return ObjectiveBreakdown(options: options, precedence: precedence, sameVenue: same)
    }

    /// The part of the objective that involves any of `meetings`: their
    /// option costs and every pair term with at least one end among them.
    func contribution(of meetings: [Int]) -> Int {
        for m in meetings { isFree[m] = true }
        var total = 0
        for m in meetings {
            let o = assign[m]
            total += c.optCost[o]
            for i in c.precByMeetingStart[m]..<c.precByMeetingStart[m + 1] {
                let k = c.precByMeeting[i]
                let other = c.precFirst[k] == m ? c.precThen[k] : c.precFirst[k]
                // A pair inside the set is counted by its first end only.
                if isFree[other] && other < m { continue }
                let f = assign[c.precFirst[k]], t = assign[c.precThen[k]]
                if f >= 0 && t >= 0 { total += c.precedenceCost(k, first: f, then: t) }
            }
            for i in c.sameByMeetingStart[m]..<c.sameByMeetingStart[m + 1] {
                let k = c.sameByMeeting[i]
                let other = c.sameA[k] == m ? c.sameB[k] : c.sameA[k]
                if isFree[other] && other < m { continue }
                let p = assign[other]
                if p >= 0 && c.optVenue[p] != c.optVenue[o] { total += c.sameCost[k] }
            }
        }
        for m in meetings { isFree[m] = false }
        return total
    }

    // MARK: Domains

    @inline(__always)
    func remove(_ o: Int) {
        let m = c.optMeeting[o]
        let p = position[o]
        let last = c.optionStart[m] + size[m] - 1
        let other = store[last]
        store[last] = o
        position[o] = last
        store[p] = other
        position[other] = p
        size[m] -= 1
    }

    /// Recomputes the day bounds of meeting m from its alive options.
    func computeBounds(_ m: Int) {
        var dl = Int.max, dh = Int.min, ll = Int.max, lh = Int.min
        let base = c.optionStart[m]
        for i in base..<(base + size[m]) {
            let o = store[i]
            let d = c.optDay[o], l = c.optLastDay[o]
            if d < dl { dl = d }
            if d > dh { dh = d }
            if l < ll { ll = l }
            if l > lh { lh = l }
        }
        dayLo[m] = dl
        dayHi[m] = dh
        lastLo[m] = ll
        lastHi[m] = lh
    }
}
