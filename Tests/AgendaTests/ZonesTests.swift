import Agenda
import Testing

/// Remote sessions: how each delegation's hours rate, and which starts are
/// fairest.
@Suite struct ZonesTests {
    static let yangon = DelegationClock(delegation: "MM", zone: "Asia/Yangon", offsetSeconds: 23_400)
    static let jayapura = DelegationClock(delegation: "ID-east", zone: "Asia/Jayapura", offsetSeconds: 32_400)
    static let brunei = 28_800

    @Test func ratings() {
        #expect(ZoneRating.rate(start: 540, end: 1020) == .comfortable)
        #expect(ZoneRating.rate(start: 480, end: 600) == .acceptable)
        #expect(ZoneRating.rate(start: 1200, end: 1300) == .outside)
        #expect(ZoneRating.minutesOutsideComfortable(start: 480, end: 600) == 60)
        #expect(ZoneRating.minutesOutsideComfortable(start: 1380, end: 1500) == 120)
    }

    @Test func localHoursAcrossTheRegion() {
        // 10:00-12:00 in Brunei is 02:00-04:00 UTC.
        let west = LocalHours(clock: Self.yangon, utcStart: 120, utcEnd: 240)
        let east = LocalHours(clock: Self.jayapura, utcStart: 120, utcEnd: 240)
        #expect(OffsetText.clock(west.start) == "08:30")
        #expect(west.rating == .acceptable && west.minutesOutsideComfortable == 30)
        #expect(OffsetText.clock(east.start) == "11:00")
        #expect(east.rating == .comfortable)
    }

    /// An 8-hour session cannot sit inside 09:00-17:00 for both Yangon and
    /// Jayapura (they share only 5 h 30 min of it). The fairest start
    /// splits the 150 minutes outside evenly: 09:15 in Brunei, 75 minutes
    /// each; 09:00 and 09:30 come next (worst 90), earlier first.
    @Test func suggestRanksWorstOffFirstThenTotal() {
        let ranked = StartSuggester.suggest(clocks: [Self.yangon, Self.jayapura], venueOffsetSeconds: Self.brunei, duration: 480)
        #expect(ranked.map(\.start).prefix(3) == [555, 540, 570])
        #expect(ranked.first?.worstMinutesOutside == 75)
        #expect(ranked.first?.totalMinutesOutside == 150)
        for suggestion in ranked {
            #expect(suggestion.hours.allSatisfy { $0.rating != .outside })
        }
        let worsts = ranked.map(\.worstMinutesOutside)
        #expect(worsts == worsts.sorted())
    }

    @Test func suggestNeverProposesAStartOutsideSomeonesAcceptableHours() {
        // Yangon and Auckland-like +13: no 10-hour stretch is within 07:00-21:00 for both.
        let far = DelegationClock(delegation: "NZ", zone: "Pacific/Auckland", offsetSeconds: 46_800)
        #expect(StartSuggester.suggest(clocks: [Self.yangon, far], venueOffsetSeconds: Self.brunei, duration: 600).isEmpty)
    }
}
