import ConveneTestSupport
import Foundation
import Testing

/// Hostile and broken input through the built binary: limits fail fast with
/// exit 65 and a place, ids never become paths, nothing is written outside
/// the output folder or beside files the run does not own, a run that
/// cannot write exits 73 or 74 and leaves earlier outputs whole, and text
/// from the scenario stays text in the agendas.
@Suite struct HostileInputCLITests {
    /// A fresh folder under the system's temporary folder, removed by `body`'s end.
    func withScratch(_ body: (URL) throws -> Void) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("convene-hostile-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try body(folder)
    }

    /// Every file under `folder`, relative to it, sorted.
    func files(under folder: URL) -> [String] {
        let enumerator = FileManager.default.enumerator(atPath: folder.path)
        var found: [String] = []
        while let path = enumerator?.nextObject() as? String {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: folder.appendingPathComponent(path).path, isDirectory: &isDirectory), !isDirectory.boolValue {
                found.append(path)
            }
        }
        return found.sorted()
    }

    // MARK: Limits

    @Test func billionLaughsFailsFastWith65() throws {
        let started = ContinuousClock.now
        let result = try ConveneProcess.run(["validate", "Tests/PlanningTests/Fixtures/hostile/billion-laughs.yaml"])
        #expect(result.status == 65)
        #expect(result.standardError.contains("billion-laughs.yaml:6:"))
        #expect(result.standardError.contains("error: the file expands to more than 1000000 YAML nodes"))
        #expect(result.standardError.hasSuffix("1 error in Tests/PlanningTests/Fixtures/hostile/billion-laughs.yaml\n"))
        #expect(ContinuousClock.now - started < .seconds(15))
    }

    @Test func oversizedScenarioIsRefusedBeforeItIsRead() throws {
        try withScratch { folder in
            let path = folder.appendingPathComponent("big.yaml")
            try Data(repeating: UInt8(ascii: "#"), count: 16 * 1024 * 1024 + 1).write(to: path)
            let result = try ConveneProcess.run(["validate", path.path])
            #expect(result.status == 65)
            #expect(result.standardError == "\(path.path):1:1: error: the file is 16777217 bytes; the limit is 16777216\n")
        }
    }

    @Test func deepNestingIs65WithAPlace() throws {
        try withScratch { folder in
            let path = folder.appendingPathComponent("deep.yaml")
            try ("theme: " + String(repeating: "[", count: 100_000) + "\n").write(to: path, atomically: true, encoding: .utf8)
            let result = try ConveneProcess.run(["validate", path.path])
            #expect(result.status == 65)
            #expect(result.standardError.contains("error: the file nests deeper than 32 levels"))
            // The 100,000-character line is shown cut around the column.
            #expect(result.standardError.utf8.count < 2_000)
        }
    }

    @Test func aPlanNamingAnEndlessDeviceAsItsScenarioFailsWithoutFillingMemory() throws {
        try withScratch { folder in
            let plan = try String(contentsOf: RepositoryPaths.root.appendingPathComponent("Fuzz/Seeds/PlanJSON/accsm-22-brunei.plan.json"), encoding: .utf8)
                .replacingOccurrences(of: "\"scenario\" : \"Scenarios/accsm-22-brunei.yaml\"", with: "\"scenario\" : \"/dev/zero\"")
            #expect(plan.contains("/dev/zero"))
            try plan.write(to: folder.appendingPathComponent("plan.json"), atomically: true, encoding: .utf8)
            let result = try ConveneProcess.run(["export", "agenda", "plan.json", "--meeting", "som"], in: folder)
            #expect(result.status == 66)
            #expect(result.standardError == "/dev/zero: error: not a regular file (a device, FIFO or socket); expected a scenario file; not read\n")
        }
    }

    @Test func theWholeASEANYearIsWithinTheLimits() throws {
        try withScratch { folder in
            let path = folder.appendingPathComponent("asean.yaml").path
            let generated = try ConveneProcess.run(["generate", "asean", "--year", "2024", "--bodies", "200", "-o", path])
            #expect(generated.status == 0)
            let result = try ConveneProcess.run(["validate", path])
            #expect(result.status == 0, "\(result.standardError)")
            #expect(result.standardOutput.contains("valid: ASEAN-2024"))
        }
    }

    // MARK: Output paths

    @Test(arguments: ["../../x", "/etc/x", "a\\r\\nb", "a\\u001B[2Jb"])
    func aHostileMeetingIdIsRefusedAndNothingIsWritten(id: String) throws {
        try withScratch { folder in
            let text = ScenarioFixtures.minimal.replacingOccurrences(of: "id: som", with: "id: \"\(id)\"")
            try text.write(to: folder.appendingPathComponent("s.yaml"), atomically: true, encoding: .utf8)
            let result = try ConveneProcess.run(["plan", "s.yaml", "-o", "out"], in: folder)
            #expect(result.status == 65)
            #expect(result.standardError.contains("s.yaml:14:9: error: expected a meeting id: up to 64 letters, digits, '-' or '_'"))
            #expect(!result.standardError.unicodeScalars.contains { $0.value == 0x1B || $0 == "\r" })
            #expect(result.standardError.split(separator: "\n").count == 4)
            #expect(files(under: folder) == ["s.yaml"])
        }
    }

    @Test func planLeavesUnrelatedFilesInItsFolderAlone() throws {
        try withScratch { folder in
            try ScenarioFixtures.minimal.write(to: folder.appendingPathComponent("s.yaml"), atomically: true, encoding: .utf8)
            let out = folder.appendingPathComponent("out")
            try FileManager.default.createDirectory(at: out.appendingPathComponent("agendas"), withIntermediateDirectories: true)
            try "mine".write(to: out.appendingPathComponent("notes.txt"), atomically: true, encoding: .utf8)
            try "old".write(to: out.appendingPathComponent("agendas/retired.md"), atomically: true, encoding: .utf8)
            let result = try ConveneProcess.run(["plan", "s.yaml", "-o", "out"], in: folder)
            #expect(result.status == 0, "\(result.standardError)")
            #expect(try String(contentsOf: out.appendingPathComponent("notes.txt"), encoding: .utf8) == "mine")
            #expect(try String(contentsOf: out.appendingPathComponent("agendas/retired.md"), encoding: .utf8) == "old")
            let all = files(under: folder)
            #expect(all.contains("out/plan.json"))
            #expect(all.contains("out/agendas/som.html"))
            #expect(all.allSatisfy { $0 == "s.yaml" || $0.hasPrefix("out/") })
            #expect(!all.contains { $0.hasSuffix(".tmp") })
        }
    }

    @Test func aScenarioNamedDotDotDoesNotLeaveOut() throws {
        try withScratch { folder in
            try ScenarioFixtures.minimal.write(to: folder.appendingPathComponent("...yaml"), atomically: true, encoding: .utf8)
            let result = try ConveneProcess.run(["plan", "...yaml"], in: folder)
            #expect(result.status == 0, "\(result.standardError)")
            #expect(files(under: folder).filter { !$0.hasPrefix("out/scenario/") } == ["...yaml"])
        }
    }

    // MARK: Outputs that cannot be written

    @Test func anOutputFolderUnderARegularFileExits73() throws {
        try withScratch { folder in
            try ScenarioFixtures.minimal.write(to: folder.appendingPathComponent("s.yaml"), atomically: true, encoding: .utf8)
            try "x".write(to: folder.appendingPathComponent("blocker"), atomically: true, encoding: .utf8)
            let plan = try ConveneProcess.run(["plan", "s.yaml", "-o", "blocker/out"], in: folder)
            #expect(plan.status == 73)
            #expect(plan.standardError.hasPrefix("blocker/out: error: cannot create the folder:"))
            let generate = try ConveneProcess.run(["generate", "asean", "--year", "2024", "--bodies", "1", "-o", "/proc/version/x.yaml"], in: folder)
            #expect(generate.status == 73)
            #expect(generate.standardError.hasPrefix("/proc/version: error: cannot create the folder:"))
            #expect(files(under: folder) == ["blocker", "s.yaml"])
        }
    }

    @Test func aFailedRunLeavesThePreviousOutputsAsTheyWere() throws {
        try withScratch { folder in
            let scenario = folder.appendingPathComponent("s.yaml")
            try ScenarioFixtures.minimal.write(to: scenario, atomically: true, encoding: .utf8)
            #expect(try ConveneProcess.run(["plan", "s.yaml", "-o", "out"], in: folder).status == 0)
            let plan = folder.appendingPathComponent("out/plan.json")
            let before = try Data(contentsOf: plan)
            let agendas = files(under: folder.appendingPathComponent("out"))

            // A changed scenario whose plan would differ, and a folder where
            // one agenda file must go: found before anything is replaced.
            try ScenarioFixtures.minimal.replacingOccurrences(of: "2023-05-01..2023-05-31", with: "2023-06-01..2023-06-30")
                .write(to: scenario, atomically: true, encoding: .utf8)
            let blocked = folder.appendingPathComponent("out/agendas/som.md")
            try FileManager.default.removeItem(at: blocked)
            try FileManager.default.createDirectory(at: blocked, withIntermediateDirectories: false)
            let result = try ConveneProcess.run(["plan", "s.yaml", "-o", "out"], in: folder)
            #expect(result.status == 73)
            #expect(result.standardError.contains("out/agendas/som.md: error: cannot create the file: a folder of that name is in the way"))
            #expect(try Data(contentsOf: plan) == before)
            #expect(files(under: folder.appendingPathComponent("out")) == agendas.filter { $0 != "agendas/som.md" })
        }
    }

    // MARK: Text from the scenario stays text

    @Test func markupAndLineBreaksInTitlesStayText() throws {
        try withScratch { folder in
            let text = ScenarioFixtures.minimal
                .replacingOccurrences(of: "    kind: preparatory\n", with: "    kind: preparatory\n    title: \"<script>alert(1)</script>\"\n")
                .replacingOccurrences(of: "    kind: som\n", with: "    kind: som\n    title: \"SOM\\r\\nATTENDEE:mailto:evil@x\"\n")
            try text.write(to: folder.appendingPathComponent("s.yaml"), atomically: true, encoding: .utf8)
            let result = try ConveneProcess.run(["plan", "s.yaml", "-o", "out"], in: folder)
            #expect(result.status == 0, "\(result.standardError)")
            let agendas = folder.appendingPathComponent("out/agendas")
            let prep = try String(contentsOf: agendas.appendingPathComponent("prep.html"), encoding: .utf8)
            #expect(!prep.contains("<script>"))
            #expect(prep.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
            let prepMarkdown = try String(contentsOf: agendas.appendingPathComponent("prep.md"), encoding: .utf8)
            #expect(!prepMarkdown.contains("<script>"))
            let som = try String(contentsOf: agendas.appendingPathComponent("som.md"), encoding: .utf8)
            #expect(!som.split(whereSeparator: \.isNewline).contains { $0.hasPrefix("ATTENDEE") })

            let exported = try ConveneProcess.run(["export", "agenda", "out/plan.json", "--meeting", "prep", "--format", "html"], in: folder)
            #expect(exported.status == 0, "\(exported.standardError)")
            #expect(!exported.standardOutput.contains("<script>"))

            // In the calendars the title stays one escaped SUMMARY: no
            // ATTENDEE line is evil's (feeds carry none at all).
            for file in ["out/calendar.ics", "out/calendars/BN.ics"] {
                let calendar = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
                let lines = calendar.replacingOccurrences(of: "\r\n ", with: "").components(separatedBy: "\r\n")
                #expect(lines.contains("SUMMARY:SOM\\nATTENDEE:mailto:evil@x"), "\(file)")
                #expect(!lines.contains { $0.hasPrefix("ATTENDEE") && $0.contains("evil") }, "\(file)")
                #expect(lines.contains("SUMMARY:<script>alert(1)</script>"), "\(file)")
            }
        }
    }
}
