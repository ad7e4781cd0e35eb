/// A flat model compiled once into dense integer arrays, so the search works
/// on indices and its hot loops allocate nothing. Options of all meetings sit
/// in one global array: meeting `m` owns `optionStart[m] ..< optionStart[m+1]`,
/// in the model's own order, so a global option index maps back by subtraction.
struct CompiledModel: Sendable {
    let meetingCount: Int
    let optionCount: Int
    let venueCount: Int
    let siteCount: Int
    let attendeeCount: Int

    // Options, indexed by global option index.
    let optionStart: [Int]
    let optMeeting: [Int]
    let optVenue: [Int]
    let optSite: [Int]
    let optDay: [Int]
    let optLastDay: [Int]
    let optBegin: [Int]
    let optEnd: [Int]
    let optCost: [Int]
    /// Per meeting, its global option indices by (cost, start, index): value order.
    let byCost: [Int]

    /// `travel[a * siteCount + b]`, minutes from site a to site b.
    let travel: [Int]
    let maxTravel: Int

    let venueRooms: [Int]
    /// True when the venue has at least as many rooms as meetings that could use it.
    let venueUnlimited: [Bool]
    /// Longest option interval at the venue: bounds the scan for overlaps.
    let venueMaxDuration: [Int]

    /// Attendees per meeting (CSR) and as bitsets of `attendeeWords` words.
    let attendeeStart: [Int]
    let attendeeList: [Int]
    let attendeeWords: Int
    let attendeeBits: [UInt64]
    /// Meetings sharing at least one attendee with each meeting (CSR).
    let neighbourStart: [Int]
    let neighbourList: [Int]

    // Precedences.
    let precFirst: [Int]
    let precThen: [Int]
    let precMin: [Int]
    /// `Int.max` when the model says null.
    let precMax: [Int]
    let precPreferMin: [Int]
    let precPreferMax: [Int]
    let precCostPerDay: [Int]
    /// Precedences touching each meeting (CSR).
    let precByMeetingStart: [Int]
    let precByMeeting: [Int]

    // Same-venue links.
    let sameA: [Int]
    let sameB: [Int]
    let sameCost: [Int]
    let sameByMeetingStart: [Int]
    let sameByMeeting: [Int]

    init(_ model: FlatModel) throws(ModelError) {
        try model.validate()
        meetingCount = model.meetings.count
        siteCount = model.sites.count
        venueCount = model.venues.count
        var venueIndex: [ModelVenueID: Int] = [:]
        for (i, venue) in model.venues.enumerated() { venueIndex[venue.id] = i }
        var meetingIndex: [ModelMeetingID: Int] = [:]
        for (i, meeting) in model.meetings.enumerated() { meetingIndex[meeting.id] = i }
        var attendeeIndex: [ModelAttendeeID: Int] = [:]
        for meeting in model.meetings {
            for a in meeting.attendees where attendeeIndex[a] == nil { attendeeIndex[a] = attendeeIndex.count }
        }
        attendeeCount = attendeeIndex.count

        var optionStart = [0]
        var optMeeting: [Int] = [], optVenue: [Int] = [], optSite: [Int] = [], optDay: [Int] = []
        var optLastDay: [Int] = [], optBegin: [Int] = [], optEnd: [Int] = [], optCost: [Int] = []
        let total = model.meetings.reduce(0) { $0 + $1.options.count }
        optMeeting.reserveCapacity(total); optVenue.reserveCapacity(total); optSite.reserveCapacity(total)
        optDay.reserveCapacity(total); optLastDay.reserveCapacity(total); optBegin.reserveCapacity(total)
        optEnd.reserveCapacity(total); optCost.reserveCapacity(total)
        var venueUsers = [Int](repeating: 0, count: venueCount)
        var venueMaxDuration = [Int](repeating: 0, count: venueCount)
        for (m, meeting) in model.meetings.enumerated() {
            var venuesSeen = Set<Int>()
            for option in meeting.options {
                // Validation has resolved every venue; a miss would be a programmer error.
                let v = venueIndex[option.venue] ?? 0
                optMeeting.append(m)
                optVenue.append(v)
                optSite.append(model.venues[v].site)
                optDay.append(option.day)
                optLastDay.append(option.lastDay)
                optBegin.append(option.start)
                optEnd.append(option.end)
                optCost.append(option.cost)
                venueMaxDuration[v] = max(venueMaxDuration[v], option.end - option.start)
                venuesSeen.insert(v)
            }
            for v in venuesSeen { venueUsers[v] += 1 }
            optionStart.append(optMeeting.count)
        }
        optionCount = optMeeting.count
        var byCost: [Int] = []
        byCost.reserveCapacity(optionCount)
        for m in 0..<meetingCount {
            let range = optionStart[m]..<optionStart[m + 1]
            byCost.append(contentsOf: range.sorted { a, b in
                (optCost[a], optBegin[a], a) < (optCost[b], optBegin[b], b)
            })
        }
        self.optionStart = optionStart
        self.optMeeting = optMeeting
        self.optVenue = optVenue
        self.optSite = optSite
        self.optDay = optDay
        self.optLastDay = optLastDay
        self.optBegin = optBegin
        self.optEnd = optEnd
        self.optCost = optCost
        self.byCost = byCost

        var travel = [Int](repeating: 0, count: siteCount * siteCount)
        var maxTravel = 0
        for a in 0..<siteCount {
            for b in 0..<siteCount where a != b {
                travel[a * siteCount + b] = model.travelMinutes[a][b]
                maxTravel = max(maxTravel, model.travelMinutes[a][b])
            }
        }
        self.travel = travel
        self.maxTravel = maxTravel
        venueRooms = model.venues.map(\.rooms)
        venueUnlimited = (0..<venueCount).map { model.venues[$0].rooms >= venueUsers[$0] }
        self.venueMaxDuration = venueMaxDuration

        let words = max(1, (attendeeCount + 63) / 64)
        attendeeWords = words
        var attendeeStart = [0], attendeeList: [Int] = []
        var bits = [UInt64](repeating: 0, count: meetingCount * words)
        var meetingsOf = [[Int]](repeating: [], count: attendeeCount)
        for (m, meeting) in model.meetings.enumerated() {
            var seen = Set<Int>()
            for id in meeting.attendees {
                guard let a = attendeeIndex[id], seen.insert(a).inserted else { continue }
                attendeeList.append(a)
                bits[m * words + a / 64] |= 1 << UInt64(a % 64)
                meetingsOf[a].append(m)
            }
            attendeeStart.append(attendeeList.count)
        }
        self.attendeeStart = attendeeStart
        self.attendeeList = attendeeList
        attendeeBits = bits
        var neighbourStart = [0], neighbourList: [Int] = []
        var mark = [Int](repeating: -1, count: meetingCount)
        for m in 0..<meetingCount {
            for i in attendeeStart[m]..<attendeeStart[m + 1] {
                for other in meetingsOf[attendeeList[i]] where other != m && mark[other] != m {
                    mark[other] = m
                    neighbourList.append(other)
                }
            }
            neighbourStart.append(neighbourList.count)
        }
        self.neighbourStart = neighbourStart
        self.neighbourList = neighbourList

        precFirst = model.precedences.map { meetingIndex[$0.first] ?? 0 }
        precThen = model.precedences.map { meetingIndex[$0.then] ?? 0 }
        precMin = model.precedences.map(\.minDays)
        precMax = model.precedences.map { $0.maxDays ?? Int.max }
        precPreferMin = model.precedences.map(\.preferMinDays)
        precPreferMax = model.precedences.map { $0.preferMaxDays ?? Int.max }
        precCostPerDay = model.precedences.map(\.costPerDay)
        (precByMeetingStart, precByMeeting) = Self.incidence(meetingCount, precFirst, precThen)
        sameA = model.sameVenue.map { meetingIndex[$0.a] ?? 0 }
        sameB = model.sameVenue.map { meetingIndex[$0.b] ?? 0 }
        sameCost = model.sameVenue.map(\.cost)
        (sameByMeetingStart, sameByMeeting) = Self.incidence(meetingCount, sameA, sameB)
    }

    /// Links touching each meeting, as compressed rows.
    private static func incidence(_ count: Int, _ a: [Int], _ b: [Int]) -> ([Int], [Int]) {
        var lists = [[Int]](repeating: [], count: count)
        for i in a.indices {
            lists[a[i]].append(i)
            lists[b[i]].append(i)
        }
        var start = [0], flat: [Int] = []
        for list in lists {
            flat.append(contentsOf: list)
            start.append(flat.count)
        }
        return (start, flat)
    }

    /// Whether two meetings share an attendee (bitset test, no allocation).
    @inline(__always)
    func shareAttendee(_ a: Int, _ b: Int) -> Bool {
        var i = 0
        while i < attendeeWords {
            if attendeeBits[a * attendeeWords + i] & attendeeBits[b * attendeeWords + i] != 0 { return true }
            i += 1
        }
        return false
    }

    /// Whether options `p` and `q` of two meetings sharing an attendee keep
    /// apart: no overlap and, across sites, the travel time between them.
    @inline(__always)
    func attendeeCompatible(_ p: Int, _ q: Int) -> Bool {
        let sp = optSite[p], sq = optSite[q]
        if optEnd[p] <= optBegin[q] {
            return sp == sq || optEnd[p] + travel[sp * siteCount + sq] <= optBegin[q]
        }
        if optEnd[q] <= optBegin[p] {
            return sp == sq || optEnd[q] + travel[sq * siteCount + sp] <= optBegin[p]
        }
        return false
    }

    /// The hard part of precedence `k` between option `f` of its first
    /// meeting and option `t` of its then meeting.
    @inline(__always)
    func precedenceHolds(_ k: Int, first f: Int, then t: Int) -> Bool {
        let g = optDay[t] - optLastDay[f]
        if g < precMin[k] || g > precMax[k] { return false }
        return g != 0 || optBegin[t] >= optEnd[f]
    }

    /// The soft cost of precedence `k` for the two chosen options.
    @inline(__always)
    func precedenceCost(_ k: Int, first f: Int, then t: Int) -> Int {
        let g = optDay[t] - optLastDay[f]
        return precCostPerDay[k] * Self.distance(g, precPreferMin[k], precPreferMax[k])
    }

    /// Days from g to the interval [lo, hi] (0 inside it).
    @inline(__always)
    static func distance(_ g: Int, _ lo: Int, _ hi: Int) -> Int {
        g < lo ? lo - g : (g > hi ? g - hi : 0)
    }
}
