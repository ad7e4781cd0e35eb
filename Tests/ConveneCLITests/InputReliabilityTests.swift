import ConveneTestSupport
import Foundation
import Testing

/// Inputs as Docs/Reliability.md ("Inputs") promises to read them:
/// `validate` reads what `plan` reads, both decide alike on control
/// characters, iCalendar folds are undone on bytes, errors quote one short
/// line and never a file that is not an input of its kind.
@Suite struct InputReliabilityTests {
    func withScratch(_ body: (URL) throws -> Void) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("convene-input-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try body(folder)
    }

    func write(_ text: String, _ name: String, in folder: URL) throws {
        try text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
    }

    /// An all-day event whose SUMMARY is folded inside the two-byte "ộ"
    /// (RFC 5545 §3.1 folds by octets, so this is legal).
    static let foldedInsideACharacter: Data = {
        var bytes = Array("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\nBEGIN:VEVENT\r\nUID:retreat@test\r\nDTSTAMP:20230101T000000Z\r\nDTSTART;VALUE=DATE:20230510\r\nDTEND;VALUE=DATE:20230511\r\nSUMMARY:H".utf8)
        let character = Array("ộ".utf8)
        bytes += [character[0]] + Array("\r\n ".utf8) + character.dropFirst() + Array("i nghị\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n".utf8)
        return Data(bytes)
    }()

    // MARK: validate reads what plan reads

    @Test func validateOpensTheCalendarsAScenarioImports() throws {
        try withScratch { folder in
            try write(ScenarioFixtures.minimal + "fixed:\n  - { ics: missing.ics }\n", "s.yaml", in: folder)
            let validated = try ConveneProcess.run(["validate", "s.yaml"], in: folder)
            let planned = try ConveneProcess.run(["plan", "s.yaml", "-o", "out"], in: folder)
            #expect(validated.status == 66)
            #expect(validated.status == planned.status)
            #expect(validated.standardError.contains("s.yaml:20:12: error: no calendar file 'missing.ics'"))
        }
    }

    // MARK: iCalendar folds

    @Test func aFoldInsideAUTF8CharacterIsAccepted() throws {
        try withScratch { folder in
            try Self.foldedInsideACharacter.write(to: folder.appendingPathComponent("retreat.ics"))
            try write(ScenarioFixtures.minimal + "fixed:\n  - { ics: retreat.ics }\n", "s.yaml", in: folder)
            let validated = try ConveneProcess.run(["validate", "s.yaml"], in: folder)
            #expect(validated.status == 0, "\(validated.standardError)")
            #expect(validated.standardOutput.contains("1 imported calendar read (1 fixed events"))
            let planned = try ConveneProcess.run(["plan", "s.yaml", "-o", "out"], in: folder)
            #expect(planned.status == 0, "\(planned.standardError)")
        }
    }

    @Test func checkReadsACalendarFoldedInsideACharacter() throws {
        try withScratch { folder in
            let scenario = ScenarioFixtures.minimal.replacingOccurrences(of: "    kind: som\n", with: "    kind: som\n    title: Hội nghị SOM\n")
            try write(scenario, "s.yaml", in: folder)
            #expect(try ConveneProcess.run(["plan", "s.yaml", "-o", "out"], in: folder).status == 0)
            var calendar = try Data(contentsOf: folder.appendingPathComponent("out/calendar.ics"))
            let marker = Data("SUMMARY:H".utf8)
            let at = try #require(calendar.range(of: marker)).upperBound
            calendar.insert(contentsOf: Data("\r\n ".utf8), at: at + 1)
            #expect(String(data: calendar, encoding: .utf8) == nil)
            try calendar.write(to: folder.appendingPathComponent("folded.ics"))
            let checked = try ConveneProcess.run(["check", "folded.ics", "--scenario", "s.yaml"], in: folder)
            #expect(!checked.standardError.contains("not valid UTF-8"), "\(checked.standardError)")
            #expect(checked.standardOutput.contains("2 meetings checked"), "\(checked.standardOutput)")
        }
    }

    // MARK: Control characters

    @Test(arguments: [("\\a", "U+0007"), ("\\e", "U+001B"), ("\\N", "U+0085"), ("\\L", "U+2028")])
    func validateAndPlanRefuseAControlCharacterAlikeWithItsPlace(escape: String, code: String) throws {
        try withScratch { folder in
            let text = ScenarioFixtures.minimal.replacingOccurrences(of: "    kind: som\n", with: "    kind: som\n    title: \"SOM\(escape)x\"\n")
            try write(text, "s.yaml", in: folder)
            let validated = try ConveneProcess.run(["validate", "s.yaml"], in: folder)
            let planned = try ConveneProcess.run(["plan", "s.yaml", "-o", "out"], in: folder)
            #expect(validated.status == 65)
            #expect(planned.status == 65)
            let expected = "s.yaml:16:12: error: expected the title without control characters, found \(code) in it"
            #expect(validated.standardError.contains(expected), "\(validated.standardError)")
            #expect(planned.standardError.contains(expected), "\(planned.standardError)")
        }
    }

    // MARK: What an error may show

    @Test func aDuplicateKeyInAHugeScenarioPrintsOneShortLine() throws {
        try withScratch { folder in
            let filler = String(repeating: "# " + String(repeating: "x", count: 998) + "\n", count: 5_000)
            try write(ScenarioFixtures.minimal.replacingOccurrences(of: "cycle: 3\n", with: "cycle: 3\ncycle: 4\n") + filler, "s.yaml", in: folder)
            let result = try ConveneProcess.run(["validate", "s.yaml"], in: folder)
            #expect(result.status == 65)
            #expect(result.standardError.contains("error: YAML syntax: key 'cycle' appears twice in one mapping"))
            #expect(result.standardError.utf8.count < 1_000, "\(result.standardError.utf8.count) bytes of errors")
        }
    }

    @Test(arguments: ["/etc/passwd", "/proc/self/environ"])
    func aPlanNamingAFileThatIsNotAScenarioNeverShowsIt(target: String) throws {
        try withScratch { folder in
            try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("s.yaml").path, withDestinationPath: target)
            let plan = try String(contentsOf: RepositoryPaths.root.appendingPathComponent("Fuzz/Seeds/PlanJSON/accsm-22-brunei.plan.json"), encoding: .utf8)
            for (name, scenario) in [("direct.json", target), ("linked.json", "s.yaml")] {
                try write(plan.replacingOccurrences(of: "\"scenario\" : \"Scenarios/accsm-22-brunei.yaml\"", with: "\"scenario\" : \"\(scenario)\""),
                          name, in: folder)
                for arguments in [["check", name], ["export", "ics", name], ["export", "agenda", name, "--meeting", "som"]] {
                    let result = try ConveneProcess.run(arguments, in: folder, environment: ["CONVENE_SECRET_PROBE": "hunter2"])
                    #expect(result.status == 66, "\(arguments): \(result.standardError)")
                    #expect(result.standardError.contains("expected a scenario file, whose name ends in .yaml or .yml"))
                    #expect(!result.standardError.contains("root:"))
                    #expect(!result.standardError.contains("hunter2"))
                }
            }
        }
    }

    @Test func aLinkToADeviceIsNotRead() throws {
        try withScratch { folder in
            try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("z.yaml").path, withDestinationPath: "/dev/zero")
            let result = try ConveneProcess.run(["validate", "z.yaml"], in: folder)
            #expect(result.status == 66)
            #expect(result.standardError == "z.yaml: error: not a regular file (a device, FIFO or socket); expected a scenario file; not read\n")
        }
    }

    // MARK: Values

    @Test func aTimeZoneIsSuggestedFromEveryIANAZone() throws {
        try withScratch { folder in
            let text = ScenarioFixtures.minimal.replacingOccurrences(
                of: "  - { id: icc, name: International Convention Centre, rooms: 2 }",
                with: "  - { id: icc, name: International Convention Centre, rooms: 2, timeZone: Asia/Makasar }")
            try write(text, "s.yaml", in: folder)
            let result = try ConveneProcess.run(["validate", "s.yaml"], in: folder)
            #expect(result.status == 65)
            #expect(result.standardError.contains("unknown IANA time zone 'Asia/Makasar' for the venue's time zone; did you mean 'Asia/Makassar'?"),
                    "\(result.standardError)")
        }
    }

    @Test func aWholeDayMeetingStartingAtMidnightIsRefused() throws {
        try withScratch { folder in
            let text = ScenarioFixtures.minimal.replacingOccurrences(of: "    kind: som\n", with: "    kind: som\n    start: \"00:00\"\n")
            try write(text, "s.yaml", in: folder)
            let result = try ConveneProcess.run(["validate", "s.yaml"], in: folder)
            #expect(result.status == 65)
            #expect(result.standardError.contains("s.yaml:14:9: error: meeting 'som' lasts whole days, from its start to the venue's closing; its start 00:00 is outside the opening hours of venue 'icc' (09:00-17:30)"),
                    "\(result.standardError)")
        }
    }
}
