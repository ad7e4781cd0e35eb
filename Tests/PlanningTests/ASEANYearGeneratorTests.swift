import Calendars
import ConveneTestSupport
import Testing
@testable import Planning
@testable import Scenarios

@Suite struct ASEANYearGeneratorTests {
    @Test func sameSeedSameText() {
        let a = ASEANYearGenerator(year: 2024, bodies: 20, seed: 7).yaml()
        #expect(a == ASEANYearGenerator(year: 2024, bodies: 20, seed: 7).yaml())
        #expect(a != ASEANYearGenerator(year: 2024, bodies: 20, seed: 8).yaml())
    }

    @Test func twoHundredBodiesMakeAboutFifteenHundredValidMeetings() throws {
        let text = ASEANYearGenerator(year: 2024, bodies: 200, seed: 1).yaml()
        let result = ScenarioLoader().load(text: text, file: "generated.yaml")
        #expect(result.errors.isEmpty, "\(result.errors.prefix(3).map(\.description))")
        let scenario = try #require(result.scenario)
        #expect((1_400...1_650).contains(scenario.meetings.count))
        #expect(scenario.fixed.count == 2)
        #expect(Set(scenario.venues.map(\.country)).count == 10)
    }

    @Test func timorLesteTakesPartFrom2026() throws {
        let text = ASEANYearGenerator(year: 2026, bodies: 5, seed: 1).yaml()
        let scenario = try #require(ScenarioLoader().load(text: text, file: "g.yaml").scenario)
        #expect(scenario.members.contains("TL"))
    }

    /// The Summits' host is the ASEAN Chair of the year, as held.
    @Test func summitHostIsTheASEANChairOfTheYear() throws {
        for (year, chair) in [(2024, "LA"), (2025, "MY"), (2026, "PH"), (2027, "SG")] as [(Int, CountryCode)] {
            let generator = ASEANYearGenerator(year: year, bodies: 10, seed: 1)
            #expect(generator.summitHost() == chair)
            let scenario = try #require(ScenarioLoader().load(text: generator.yaml(), file: "g.yaml").scenario)
            #expect(scenario.chair == chair)
        }
    }

    /// A documented mix: one body in ten follows the ASEAN Chair, three in
    /// ten have two-year terms, the rest rotate yearly, each from its own
    /// anchor, so that chairs differ between bodies in a year.
    @Test func eachBodyHasItsOwnRotationAndChair() throws {
        let bodies = ASEANYearGenerator(year: 2025, bodies: 200, seed: 1).generatedBodies()
        #expect(bodies.filter { $0.kind == .aseanChair }.count == 20)
        #expect(bodies.filter { $0.kind == .twoYearly }.count == 60)
        #expect(bodies.filter { $0.kind == .yearly }.count == 120)
        #expect(bodies.filter { $0.kind == .aseanChair }.allSatisfy { $0.chair == "MY" })
        let chairs = Dictionary(grouping: bodies, by: \.chair)
        #expect(chairs.count == 10, "every member of 2025 chairs some body")
        #expect(chairs.values.allSatisfy { $0.count < 60 })
        // Each chair is its rotation's chair of the cycle under way.
        for body in bodies {
            #expect(try body.rotation.chair(of: body.cycle) == body.chair)
        }
    }

    /// A yearly body's chair moves on each year; a two-year body keeps its
    /// chair through its term.
    @Test func termLengthsShowFromYearToYear() throws {
        let a = ASEANYearGenerator(year: 2023, bodies: 40, seed: 3).generatedBodies()
        let b = ASEANYearGenerator(year: 2024, bodies: 40, seed: 3).generatedBodies()
        for (x, y) in zip(a, b) {
            switch x.kind {
            case .yearly, .aseanChair: #expect(x.chair != y.chair, "\(x.id)")
            case .twoYearly: #expect((x.cycle == y.cycle) == (x.chair == y.chair), "\(x.id)")
            }
        }
        #expect(zip(a, b).contains { $0.kind == .twoYearly && $0.chair == $1.chair })
    }

    /// Every meeting of a body is at its chair's venues or online.
    @Test func bodiesMeetInTheirChairsCountry() throws {
        let generator = ASEANYearGenerator(year: 2026, bodies: 30, seed: 2)
        let scenario = try #require(ScenarioLoader().load(text: generator.yaml(), file: "g.yaml").scenario)
        for body in generator.generatedBodies() {
            let meetings = scenario.meetings.filter { $0.id.rawValue.hasPrefix(body.id + "-") }
            #expect(!meetings.isEmpty)
            for meeting in meetings {
                for venue in meeting.venues.compactMap({ scenario.venue($0.value) }) where !venue.isVirtual {
                    #expect(venue.country == body.chair, "\(meeting.id)")
                }
            }
        }
    }
}
