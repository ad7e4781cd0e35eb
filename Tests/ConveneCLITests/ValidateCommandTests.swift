import ConveneTestSupport
import Foundation
import Testing

/// `convene validate` run as a user would, through the built binary.
@Suite struct ValidateCommandTests {
    @Test func validScenarioPrintsASummaryAndExitsZero() throws {
        let result = try ConveneProcess.run(["validate", "Scenarios/accsm-22-brunei.yaml"])
        #expect(result.status == 0)
        #expect(result.standardOutput.hasPrefix("Scenarios/accsm-22-brunei.yaml: valid: ACCSM 22, chair BN;"))
        #expect(result.standardOutput.contains("meetings"))
        #expect(result.standardOutput.contains("horizon 2022-08-06 to 2024-06-30"))
        #expect(result.standardError.isEmpty)
    }

    @Test func invalidScenarioPrintsEveryErrorWithCaretAndExits65() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("convene-validate-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let text = ScenarioFixtures.minimal
            .replacingOccurrences(of: "chair: BN", with: "chair: BX")
            .replacingOccurrences(of: "kind: som", with: "kind: soms")
        try text.write(to: folder.appendingPathComponent("bad.yaml"), atomically: true, encoding: .utf8)
        let result = try ConveneProcess.run(["validate", "bad.yaml"], in: folder)
        #expect(result.status == 65)
        #expect(result.standardOutput.isEmpty)
        #expect(result.standardError.contains("bad.yaml:3:8: error: unknown country code 'BX' for the chair; did you mean 'BN'?\nchair: BX\n       ^"))
        #expect(result.standardError.contains("bad.yaml:15:11: error: unknown meeting kind 'soms'; did you mean 'som'?"))
        #expect(result.standardError.contains("2 errors in bad.yaml"))
    }

    @Test func missingFileExits66() throws {
        let result = try ConveneProcess.run(["validate", "no-such-file.yaml"])
        #expect(result.status == 66)
        #expect(result.standardError.contains("no-such-file.yaml: error: no such file"))
    }

    @Test func missingArgumentIsAUsageError() throws {
        let result = try ConveneProcess.run(["validate"])
        #expect(result.status == 64)
    }

    @Test func helpListsOnlyBuiltCommands() throws {
        let result = try ConveneProcess.run(["--help"])
        #expect(result.status == 0)
        #expect(result.standardOutput.contains("validate"))
        #expect(result.standardOutput.contains("rotation"))
    }
}
