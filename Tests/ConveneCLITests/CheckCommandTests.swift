import ConveneTestSupport
import Foundation
import Testing

/// `convene check` run as a user would, through the built binary: each
/// kind of input, both formats, and the documented exit codes.
@Suite struct CheckCommandTests {
    /// A pinned scenario that breaks two rules: the preparatory meeting on
    /// Brunei's Friday weekend, and the SOM three days after it instead of one.
    static let conflicted = """
    body: { name: Test Body, short: TB }
    cycle: 3
    chair: BN
    members: [BN, SG]
    horizon: { from: 2023-01-01, to: 2023-12-31 }
    venues:
      - { id: icc, rooms: 2 }
    meetings:
      - { id: prep, kind: preparatory, days: 1, venues: [icc], date: 2023-05-12 }
      - { id: som, kind: som, days: 1, venues: [icc], date: 2023-05-15, after: { meeting: prep, days: 1 } }

    """

    /// A fresh folder holding `files`, removed by the caller.
    static func folder(_ files: [String: String]) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("convene-check-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for (name, text) in files {
            try text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        return folder
    }

    /// Imported calendars count for `check` as they do for `plan`: a
    /// meeting pinned on the 42nd ASEAN Summit (an imported `fixed: ics`)
    /// clashes with it.
    @Test func importedCalendarsAreChecked() throws {
        let summit = try String(contentsOf: RepositoryPaths.root.appendingPathComponent("Tests/PlanningTests/Fixtures/asean-2023.ics"),
                                encoding: .utf8)
        let scenario = """
        body: { name: Test Body, short: TB }
        chair: BN
        members: [BN, SG]
        horizon: { from: 2023-05-01, to: 2023-05-31 }
        venues:
          - { id: icc, rooms: 2 }
        meetings:
          - { id: som, kind: som, days: 1, venues: [icc], date: 2023-05-10 }
        fixed:
          - { ics: asean-2023.ics }

        """
        let folder = try Self.folder(["pinned.yaml": scenario, "asean-2023.ics": summit])
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try ConveneProcess.run(["check", "pinned.yaml", "--format", "json"], in: folder)
        #expect(result.status == 1, "\(result.standardError)")
        #expect(result.standardOutput.contains("\"rule\": \"fixed-event-clash\""))
        #expect(result.standardOutput.contains("42nd ASEAN Summit"))
    }

    @Test func pinnedRecordChecksClean() throws {
        let result = try ConveneProcess.run(["check", "Scenarios/accsm-22-brunei-held.yaml"])
        #expect(result.status == 0)
        #expect(result.standardOutput.hasPrefix("Scenarios/accsm-22-brunei-held.yaml: 5 meetings checked\nsom  Mon 2024-08-05 09:00-12:00 at bsb\n  ok\n"))
        #expect(result.standardOutput.hasSuffix("0 hard conflicts, 0 soft costs; objective 0\n"))
        #expect(result.standardError.isEmpty)
    }

    @Test func sessionsWithoutStartAreLeftOutWithAWarning() throws {
        let result = try ConveneProcess.run(["check", "Scenarios/accsm-21-vietnam.yaml"])
        #expect(result.status == 0)
        #expect(result.standardError.contains("warning: meeting 'prep' is pinned to 2021-04-08 but has no start: a session needs one to be checked; it is left out\n    date: 2021-04-08\n          ^"))
    }

    @Test func conflictsAreListedByMeetingAndExitOne() throws {
        let folder = try Self.folder(["pinned.yaml": Self.conflicted])
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try ConveneProcess.run(["check", "pinned.yaml"], in: folder)
        #expect(result.status == 1)
        #expect(result.standardOutput == """
        pinned.yaml: 2 meetings checked
        prep  Fri 2023-05-12 09:00-17:30 at icc
          hard  weekend: preparatory meeting on Friday 2023-05-12 at icc: Friday is a weekend day in Brunei Darussalam
        som  Mon 2023-05-15 09:00-17:30 at icc
          hard  precedence-broken: SOM on 2023-05-15 comes 3 days after the preparatory meeting ends on 2023-05-12; the scenario asks for 1 day after it
        2 hard conflicts, 0 soft costs; objective 0

        """)
    }

    @Test func jsonHasStableKeysInOrder() throws {
        let folder = try Self.folder(["pinned.yaml": Self.conflicted])
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try ConveneProcess.run(["check", "pinned.yaml", "--format", "json"], in: folder)
        #expect(result.status == 1)
        #expect(result.standardOutput.hasPrefix("""
        {
          "hard": [
            {"rule": "weekend", "meetings": ["prep"], "dates": ["2023-05-12"], "who": ["BN"], "message": "preparatory meeting on Friday 2023-05-12 at icc: Friday is a weekend day in Brunei Darussalam", "cost": 0},
        """))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any])
        #expect(object["objective"] as? Int == 0)
        #expect((object["hard"] as? [Any])?.count == 2)
        #expect((object["soft"] as? [Any])?.isEmpty == true)
    }

    @Test func planIsCheckedAgainstTheScenarioItRecords() throws {
        let text = try String(contentsOf: RepositoryPaths.scenarios.appendingPathComponent("accsm-22-brunei.yaml"), encoding: .utf8)
        let folder = try Self.folder(["accsm-22.yaml": text])
        defer { try? FileManager.default.removeItem(at: folder) }
        let planned = try ConveneProcess.run(["plan", "accsm-22.yaml", "-o", "."], in: folder)
        #expect(planned.status == 0)
        // From another folder: the recorded "accsm-22.yaml" is found beside the plan.
        let checked = try ConveneProcess.run(["check", folder.appendingPathComponent("plan.json").path, "--format", "json"])
        #expect(checked.status == 0, "\(checked.standardError)")
        let plan = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: folder.appendingPathComponent("plan.json"))) as? [String: Any])
        let report = try #require(try JSONSerialization.jsonObject(with: Data(checked.standardOutput.utf8)) as? [String: Any])
        #expect(report["objective"] as? Int == plan["objective"] as? Int)
        #expect((report["hard"] as? [Any])?.isEmpty == true)
    }

    @Test func calendarsNeedAScenario() throws {
        let result = try ConveneProcess.run(["check", "plan.ics"])
        #expect(result.status == 64)
        #expect(result.standardError.contains("checking .ics files needs --scenario"))
    }

    @Test func calendarIsCheckedAgainstTheScenario() throws {
        let ics = [
            "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//test//EN",
            "BEGIN:VEVENT", "UID:tb-3-prep@convene", "DTSTAMP:20230101T000000Z", "SUMMARY:Prep",
            "DTSTART;TZID=Asia/Brunei:20230510T090000", "DTEND;TZID=Asia/Brunei:20230510T173000", "END:VEVENT",
            "BEGIN:VEVENT", "UID:tb-3-som@convene", "DTSTAMP:20230101T000000Z", "SUMMARY:SOM",
            "DTSTART;TZID=Asia/Brunei:20230511T090000", "DTEND;TZID=Asia/Brunei:20230511T173000", "END:VEVENT",
            "END:VCALENDAR", "",
        ].joined(separator: "\r\n")
        let folder = try Self.folder(["pinned.yaml": Self.conflicted, "plan.ics": ics])
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try ConveneProcess.run(["check", "plan.ics", "--scenario", "pinned.yaml"], in: folder)
        // The calendar moved both meetings to Wednesday and Thursday; the scenario still pins them elsewhere.
        #expect(result.status == 1)
        #expect(result.standardOutput.contains("hard  window-missed: preparatory meeting on Wednesday 2023-05-10 at icc: the scenario pins it to 2023-05-12"))
        #expect(!result.standardOutput.contains("precedence-broken"))
    }

    @Test func missingFileExits66AndBadPlanExits65() throws {
        let missing = try ConveneProcess.run(["check", "no-such-plan.json"])
        #expect(missing.status == 66)
        let folder = try Self.folder(["plan.json": "{\n  \"format\": 3,\n"])
        defer { try? FileManager.default.removeItem(at: folder) }
        let bad = try ConveneProcess.run(["check", "plan.json"], in: folder)
        #expect(bad.status == 65)
        #expect(bad.standardError.hasPrefix("plan.json:"))
    }

    @Test func mixedInputsAreAUsageError() throws {
        let result = try ConveneProcess.run(["check", "a.yaml", "b.json"])
        #expect(result.status == 64)
    }
}
