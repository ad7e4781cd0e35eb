import ConveneTestSupport
import Foundation
import Testing

/// The README's tour, run as written on the files it names (`Examples/`):
/// if the tour stops working for a newcomer, these fail.
@Suite struct ReadmeTourTests {
    private func scratchFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("convene-tour-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    @Test func brokenScenarioReportsItsThreeMistakes() throws {
        let result = try ConveneProcess.run(["validate", "Examples/broken.yaml"])
        #expect(result.status == 65)
        #expect(result.standardError.contains(
            "Examples/broken.yaml:13:15: error: unknown IANA time zone 'Asia/Brunie' for the venue's time zone; did you mean 'Asia/Brunei'?"))
        #expect(result.standardError.contains("Examples/broken.yaml:16:11: error: unknown meeting kind 'soms'; did you mean 'som'?"))
        #expect(result.standardError.contains("Examples/broken.yaml:31:13: error: 'after' rules form a cycle: a → b → a"))
        #expect(result.standardError.contains("3 errors in Examples/broken.yaml"))
    }

    @Test func replanAfterTheVenueClosesMovesTheSOMAndWhatFollowsIt() throws {
        let folder = try scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let first = folder.appendingPathComponent("v1").path, second = folder.appendingPathComponent("v2").path
        let plan = try ConveneProcess.run(["plan", "Scenarios/accsm-22-brunei.yaml", "-o", first])
        #expect(plan.status == 0)
        let replan = try ConveneProcess.run(["plan", "Examples/changed.yaml", "--keep", first + "/plan.json", "-o", second])
        #expect(replan.status == 0)
        #expect(replan.standardOutput.contains("moved since the kept plan: 4"))
        #expect(replan.standardOutput.contains("som: 2023-05-10 09:00 at icc → 2023-05-16 09:00 at icc: venue icc is closed on 2023-05-10"))
        #expect(!replan.standardOutput.contains("heads:"))
    }

    @Test func handEditedPlanShowsTheFridaySOMConflicts() throws {
        let result = try ConveneProcess.run(["check", "Examples/edited.json"])
        #expect(result.status == 1)
        #expect(result.standardOutput.contains("weekend: SOM on Friday 2023-05-12 at icc: Friday is a weekend day in Brunei Darussalam"))
        // The fifth: the forum on Saturday 20 April 2024, a day Myanmar may add to Thingyan.
        #expect(result.standardOutput.contains("5 hard conflicts"))
    }

    @Test func infeasibleScenarioNamesTheRulesThatCannotAllHold() throws {
        let folder = try scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try ConveneProcess.run(["plan", "Examples/infeasible.yaml", "-o", folder.appendingPathComponent("out").path])
        #expect(result.status == 1)
        #expect(result.standardError.contains("no plan exists; these rules cannot all hold"))
        #expect(result.standardError.contains("[heads] must come 400 days or more after"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("out/plan.json").path))
    }
}
