import ConveneTestSupport
import Foundation
import Testing

/// The run-up as a user meets it: `export runup` in each format, the
/// chair's calendar from `plan`, and `check --today`.
@Suite struct RunupCommandTests {
    static let scenario = """
    body: { name: Test Body, short: TB }
    cycle: 3
    chair: BN
    members: [BN, SG]
    horizon: { from: 2023-01-01, to: 2023-12-31 }
    venues:
      - { id: icc, rooms: 2 }
    meetings:
      - { id: prep, kind: preparatory, days: 1, venues: [icc], date: 2023-05-09 }
      - id: som
        kind: som
        days: 1
        venues: [icc]
        date: 2023-05-10
        after: { meeting: prep, days: 1 }
        runup: { invitation: 40 }

    """

    static func folder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("convene-runup-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try scenario.write(to: folder.appendingPathComponent("pinned.yaml"), atomically: true, encoding: .utf8)
        return folder
    }

    /// `check --today` on a pinned scenario: the SOM's registration closed
    /// the day before, a warning; its delegation lists are due in 6 days,
    /// a note; no hard conflict, so the exit status stays 0.
    @Test func checkTodayWarnsOfPastDeadlines() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try ConveneProcess.run(["check", "pinned.yaml", "--today", "2023-04-27"], in: folder)
        #expect(result.status == 0, "\(result.standardError)")
        let out = result.standardOutput
        #expect(out.contains("run-up as of Thu 2023-04-27"))
        #expect(out.contains("warning: past: Registration closes for 3rd TB Senior Officials Meeting (SOM) [som] was due Wednesday 2023-04-26, 1 day ago"))
        #expect(out.contains("note: soon: Delegation lists confirmed for 3rd TB Senior Officials Meeting (SOM) [som] is due in 6 days"))
        #expect(out.contains("run-up deadlines past"))
        let json = try ConveneProcess.run(["check", "pinned.yaml", "--today", "2023-04-27", "--format", "json"], in: folder)
        #expect(json.status == 0)
        let object = try JSONSerialization.jsonObject(with: Data(json.standardOutput.utf8)) as? [String: Any]
        let runup = object?["runup"] as? [[String: Any]] ?? []
        #expect(runup.contains { $0["kind"] as? String == "past" && $0["task"] as? String == "registration-closes" && $0["due"] as? String == "2023-04-26" })
        #expect(object?["today"] as? String == "2023-04-27")
        // Without --today the report says nothing of the run-up.
        let plain = try ConveneProcess.run(["check", "pinned.yaml"], in: folder)
        #expect(!plain.standardOutput.contains("run-up"))
        let bad = try ConveneProcess.run(["check", "pinned.yaml", "--today", "27/04/2023"], in: folder)
        #expect(bad.status == 64)
        #expect(bad.standardError.contains("--today must be a date YYYY-MM-DD"))
    }

    /// `plan` puts the run-up in the chair's calendar as all-day events and
    /// in no one else's; `export runup` lists it as Markdown, CSV and JSON.
    @Test func planAndExport() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let planned = try ConveneProcess.run(["plan", "pinned.yaml", "-o", "out"], in: folder,
                                             environment: ["SOURCE_DATE_EPOCH": "1700000000"])
        #expect(planned.status == 0, "\(planned.standardError)")
        let chair = try String(contentsOf: folder.appendingPathComponent("out/calendars/BN.ics"), encoding: .utf8)
        #expect(chair.contains("UID:tb-3-som-runup-invitation@convene.asean\r\n"))
        #expect(chair.contains("DTSTART;VALUE=DATE:20230330\r\nDTEND;VALUE=DATE:20230331\r\n"))
        #expect(chair.contains("SUMMARY:Due: Invitation letter (note verbale) sent — 3rd TB Senior Offici"))
        #expect(chair.contains("TRANSP:TRANSPARENT\r\n"))
        let other = try String(contentsOf: folder.appendingPathComponent("out/calendars/SG.ics"), encoding: .utf8)
        #expect(!other.contains("runup"))
        // export ics for the chair gives the same run-up events.
        let exported = try ConveneProcess.run(["export", "ics", "out/plan.json", "--delegation", "BN"], in: folder,
                                              environment: ["SOURCE_DATE_EPOCH": "1700000000"])
        #expect(exported.status == 0, "\(exported.standardError)")
        #expect(exported.standardOutput.contains("UID:tb-3-som-runup-invitation@convene.asean\r\n"))

        let markdown = try ConveneProcess.run(["export", "runup", "out/plan.json"], in: folder)
        #expect(markdown.status == 0, "\(markdown.standardError)")
        #expect(markdown.standardOutput.contains("| 2023-03-30 | Thu | 3rd TB Senior Officials Meeting (SOM) [som] | Invitation letter (note verbale) sent | 2023-05-10 | 41 | moved from 2023-03-31: 2023-03-31 Friday, a weekend day in Brunei Darussalam; lead set for the meeting at pinned.yaml:16:26 |"))
        let csv = try ConveneProcess.run(["export", "runup", "out/plan.json", "--format", "csv"], in: folder)
        #expect(csv.standardOutput.hasPrefix("due,weekday,meeting,"))
        let json = try ConveneProcess.run(["export", "runup", "out/plan.json", "--format", "json"], in: folder)
        let object = try JSONSerialization.jsonObject(with: Data(json.standardOutput.utf8)) as? [String: Any]
        #expect(object?["format"] as? String == "convene-runup/1")
        #expect((object?["deadlines"] as? [Any])?.count == 14)
    }
}
