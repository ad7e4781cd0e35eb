import ConveneTestSupport
import Foundation
import Testing

/// `check` never calls a schedule clean when part of it was not checked
/// (Docs/Reliability.md, "Check"): an entry it cannot judge is an error
/// at its place and the run ends 65; an event that matches no meeting is
/// listed with the meeting it most likely meant; a placement longer than
/// its meeting is a finding.
@Suite struct CheckReliabilityTests {
    func withPlan(_ body: (URL, inout [String: Any], [[String: Any]]) throws -> Void) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("convene-checkrel-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try ScenarioFixtures.minimal.write(to: folder.appendingPathComponent("s.yaml"), atomically: true, encoding: .utf8)
        let planned = try ConveneProcess.run(["plan", "s.yaml", "-o", "out"], in: folder)
        #expect(planned.status == 0, "\(planned.standardError)")
        var plan = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: folder.appendingPathComponent("out/plan.json"))) as? [String: Any])
        let meetings = try #require(plan["meetings"] as? [[String: Any]])
        try body(folder, &plan, meetings)
    }

    func check(_ plan: [String: Any], in folder: URL) throws -> ConveneProcess.Result {
        let data = try JSONSerialization.data(withJSONObject: plan, options: [.prettyPrinted, .sortedKeys])
        try data.write(to: folder.appendingPathComponent("out/edited.json"))
        return try ConveneProcess.run(["check", "out/edited.json"], in: folder)
    }

    /// An entry changed by `edit`, the others as planned.
    static func editing(_ meetings: [[String: Any]], _ id: String, _ edit: (inout [String: Any]) -> Void) -> [[String: Any]] {
        meetings.map { entry in
            var entry = entry
            if entry["id"] as? String == id { edit(&entry) }
            return entry
        }
    }

    @Test(arguments: [
        ("unknown venue", "no venue 'nowhere' in the scenario"),
        ("end before start", "ends (2023-05-01 17:30) no later than it starts"),
        ("across midnight", "ends (DAY 01:45) no later than it starts (DAY 23:45)"),
        ("twice", "placed twice; only the first placement was checked"),
    ])
    func anEntryThatCannotBeJudgedIsAnErrorAtItsPlace(change: String, reason: String) throws {
        try withPlan { folder, plan, meetings in
            let som = try #require(meetings.first { $0["id"] as? String == "som" })
            let day = try #require(som["date"] as? String)
            switch change {
            case "unknown venue": plan["meetings"] = Self.editing(meetings, "som") { $0["venue"] = "nowhere" }
            case "end before start": plan["meetings"] = Self.editing(meetings, "som") { $0["lastDate"] = "2023-05-01"; $0["date"] = "2023-05-02" }
            case "across midnight": plan["meetings"] = Self.editing(meetings, "som") { $0["localStart"] = "23:45"; $0["localEnd"] = "01:45" }
            default: plan["meetings"] = meetings + [som]
            }
            let result = try check(plan, in: folder)
            #expect(result.status == 65, "\(change): \(result.standardOutput)")
            let expected = reason.replacingOccurrences(of: "DAY", with: day)
            #expect(result.standardError.contains("out/edited.json:"), "\(result.standardError)")
            #expect(result.standardError.contains("error: meeting 'som' not checked: \(expected)"), "\(result.standardError)")
            #expect(result.standardError.contains("not checked (listed above); the rest was"))
            #expect(result.standardOutput.contains("meeting not checked") || result.standardOutput.contains("meetings not checked"))
        }
    }

    // MARK: Calendars

    static func calendar(_ events: [String]) -> String {
        var lines: [String] = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//test//EN"]
        for event in events {
            lines += ["BEGIN:VEVENT", "DTSTAMP:20230101T000000Z"]
            lines += event.split(separator: "|").map(String.init)
            lines.append("END:VEVENT")
        }
        lines += ["END:VCALENDAR", ""]
        return lines.joined(separator: "\r\n")
    }

    func withCalendar(_ events: [String], _ body: (URL) throws -> Void) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("convene-checkrel-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try ScenarioFixtures.minimal.write(to: folder.appendingPathComponent("s.yaml"), atomically: true, encoding: .utf8)
        try Self.calendar(events).write(to: folder.appendingPathComponent("c.ics"), atomically: true, encoding: .utf8)
        try body(folder)
    }

    static let prep = "UID:tb-3-prep@test|DTSTART:20230509T090000|DTEND:20230509T173000|SUMMARY:Prep"

    @Test func anEventThatMatchesNoMeetingIsListedWithTheClosestMeeting() throws {
        try withCalendar([Self.prep, "UID:x@test|DTSTART:20230516T090000|DTEND:20230516T173000|SUMMARY:3rd TB Senior Officials"]) { folder in
            let result = try ConveneProcess.run(["check", "c.ics", "--scenario", "s.yaml"], in: folder)
            #expect(result.status == 65)
            #expect(result.standardError.contains("c.ics:11:1: error: event '3rd TB Senior Officials' on 2023-05-16 matches no meeting of s.yaml by UID or title; not checked; did you mean 'som'"),
                    "\(result.standardError)")
            #expect(result.standardOutput.contains("1 event matched no meeting"), "\(result.standardOutput)")

            let allowed = try ConveneProcess.run(["check", "c.ics", "--scenario", "s.yaml", "--allow-unmatched"], in: folder)
            #expect(allowed.status == 0, "\(allowed.standardError)")
            #expect(allowed.standardError.contains("warning: event '3rd TB Senior Officials'"))
            #expect(allowed.standardOutput.contains("1 event matched no meeting"))
        }
    }

    @Test func aPlacementLongerThanItsMeetingIsAFinding() throws {
        try withCalendar([Self.prep, "UID:tb-3-som@test|DTSTART:20230516T090000|DTEND:20230517T173000|SUMMARY:SOM"]) { folder in
            let result = try ConveneProcess.run(["check", "c.ics", "--scenario", "s.yaml"], in: folder)
            #expect(result.status == 1, "\(result.standardError)")
            #expect(result.standardOutput.contains("hard  longer-than-meeting: "), "\(result.standardOutput)")
            #expect(result.standardOutput.contains("is placed on 2 days, but the scenario gives it 1"))
        }
    }
}
