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
}
