import Solving

/// A seeded generator of ASEAN-scale flat models for tests and release
/// measurements: `attendees` delegations each attending 40% of the
/// meetings (600 a year each at 1,500 meetings: about half of their
/// slots), 60% of meetings on a virtual platform, the rest at 1 to 3 of
/// `venues` venues in `cities` cities, five 90-minute slots a day (5% full-day
/// and 2% two-day meetings),
/// windows of 30 to 100 days over a year, precedence chains of up to four
/// meetings and same-venue links inside them. Same arguments, same model.
enum SyntheticModel {
    static func make(
        meetings count: Int, seed: UInt64, attendees: Int = 11, venues venueCount: Int = 300,
        cities: Int = 60, days: Int = 365
    ) -> FlatModel {
        var rng = TestRandom(seed: seed)
        // Cities on a 2,000 km square; travel 90 min plus a minute per 4 km.
        let points = (0..<cities).map { _ in (rng.below(2000), rng.below(2000)) }
        var sites = (0..<cities).map { "city-\($0)" }
        sites.append("online")
        var travel = [[Int]](repeating: [Int](repeating: 0, count: cities + 1), count: cities + 1)
        for a in 0..<cities {
            for b in 0..<cities where a != b {
                let dx = Double(points[a].0 - points[b].0), dy = Double(points[a].1 - points[b].1)
                travel[a][b] = 90 + Int((dx * dx + dy * dy).squareRoot() / 4)
            }
        }
        var venues = (0..<venueCount).map { FlatModel.Venue(id: ModelVenueID("venue-\($0)"), site: $0 % cities, rooms: 1 + rng.below(3)) }
        venues.append(FlatModel.Venue(id: "online", site: cities, rooms: 1000))
        let slots = [(0, 90), (105, 195), (240, 330), (345, 435), (450, 540)]
        let delegations = (0..<attendees).map { "D\($0)" }

        var meetings: [FlatModel.Meeting] = []
        var precedences: [FlatModel.Precedence] = []
        var sameVenue: [FlatModel.SameVenue] = []
        while meetings.count < count {
            let chain = min(1 + rng.below(4), count - meetings.count)
            var windowStart = rng.below(days - 60)
            // A body's meetings prefer the same place in their windows, so
            // preferred days follow the chain as a real cycle's do.
            let offset = rng.below(30)
            var previous: (id: ModelMeetingID, inPerson: Bool)?
            for _ in 0..<chain {
                let id = ModelMeetingID("m\(meetings.count)")
                let virtual = rng.below(100) < 60
                let kind = rng.below(100)  // < 5 full day, < 7 two days, else one slot
                let length = 30 + rng.below(71)
                let preferred = windowStart + min(offset + rng.below(3), length - 1)
                let places = virtual ? [venueCount] : (0..<(1 + rng.below(3))).map { _ in rng.below(venueCount) }
                var who = delegations.filter { _ in rng.below(100) < 40 }
                if who.isEmpty { who = [delegations[rng.below(attendees)]] }
                var options: [FlatModel.Option] = []
                for day in windowStart..<min(days - 2, windowStart + length) {
                    for (rank, place) in Set(places).sorted().enumerated() {
                        let venue = venues[place].id
                        let dayCost = 10 * abs(day - preferred) + 15 * rank
                        if kind < 5 {
                            options.append(.init(venue: venue, day: day, lastDay: day, start: day * 1440, end: day * 1440 + 540, cost: dayCost))
                        } else if kind < 7 {
                            options.append(.init(venue: venue, day: day, lastDay: day + 1, start: day * 1440, end: (day + 1) * 1440 + 540, cost: dayCost))
                        } else {
                            for (s, slot) in slots.enumerated() {
                                options.append(.init(venue: venue, day: day, lastDay: day, start: day * 1440 + slot.0, end: day * 1440 + slot.1, cost: dayCost + 2 * s))
                            }
                        }
                    }
                }
                meetings.append(FlatModel.Meeting(id: id, attendees: who.map { ModelAttendeeID($0) }, options: options))
                if let previous {
                    let sameDay = rng.below(100) < 20
                    precedences.append(FlatModel.Precedence(
                        first: previous.id, then: id, minDays: sameDay ? 0 : 1, maxDays: sameDay ? 2 : nil,
                        preferMinDays: sameDay ? 0 : 1, preferMaxDays: sameDay ? 0 : 7, costPerDay: 3))
                    if previous.inPerson && !virtual {
                        sameVenue.append(FlatModel.SameVenue(a: previous.id, b: id, cost: 20))
                    }
                }
                previous = (id, !virtual)
                windowStart = min(days - 40, windowStart + 2 + rng.below(9))
            }
        }
        return FlatModel(
            epoch: "2024-01-01", sites: sites, travelMinutes: travel, venues: venues,
            meetings: meetings, precedences: precedences, sameVenue: sameVenue)
    }
}

/// The test side draws from the Solver's own public generator.
typealias TestRandom = SplitMix64
