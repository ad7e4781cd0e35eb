import ConveneTestSupport
import Testing
@testable import Planning

@Suite struct DayBoundsTests {
    func bounds(_ meetings: String) throws -> [String] {
        let text = PlannerTests.scenario(meetings: meetings)
        let scenario = try #require(ScenarioFixtures.load(text).scenario)
        return try #require(DayBounds(scenario: scenario)).ranges.map(\.description)
    }

    @Test func afterRangesNarrowBothWays() throws {
        let ranges = try bounds("""
          - { id: som, kind: som, days: 2, venues: [icc], window: 2023-06-05..2023-06-16 }
          - { id: min, kind: heads, days: 1, venues: [icc], after: { meeting: som, days: 1..2 } }
          - { id: prep, kind: preparatory, days: 1, venues: [icc], window: 2023-05-01..2023-12-31 }
          - { id: late, kind: other, days: 1, venues: [icc], window: 2023-06-01..2023-06-10, after: { meeting: prep, days: 3 } }

        """)
        // som may start 06-05..06-15 (2 days within the window); min follows
        // its last day by 1 or 2 days.
        #expect(ranges[0] == "2023-06-05..2023-06-15")
        #expect(ranges[1] == "2023-06-07..2023-06-18")
        // prep must be exactly 3 days before a day in 06-01..06-10.
        #expect(ranges[2] == "2023-05-29..2023-06-07")
        #expect(ranges[3] == "2023-06-01..2023-06-10")
    }

    @Test func conflictingRulesAreNotNarrowed() throws {
        let text = PlannerTests.scenario(meetings: """
          - { id: a, kind: other, days: 1, venues: [icc], window: 2023-06-01..2023-06-10 }
          - { id: b, kind: other, days: 1, venues: [icc], window: 2023-06-01..2023-06-10, after: { meeting: a, days: 30.. } }

        """)
        let scenario = try #require(ScenarioFixtures.load(text).scenario)
        #expect(DayBounds(scenario: scenario) == nil)
    }
}
