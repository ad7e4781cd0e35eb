import ConveneTestSupport
import Foundation
import Testing
@testable import Planning
@testable import Scenarios

@Suite struct ShippedScenarioTests {
    @Test(arguments: RepositoryPaths.shippedScenarios.map(\.lastPathComponent))
    func validates(_ name: String) throws {
        let url = RepositoryPaths.scenarios.appendingPathComponent(name)
        let text = try String(contentsOf: url, encoding: .utf8)
        let result = ScenarioLoader().load(text: text, file: name)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.description))")
        #expect(result.scenario != nil)
    }

    @Test func sixScenariosShip() {
        #expect(RepositoryPaths.shippedScenarios.count >= 6)
    }
}
