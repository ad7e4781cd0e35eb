import ConveneTestSupport
import Foundation
import Testing

/// `convene export ics` and the calendars `convene plan` writes, run as a
/// user would, through the built binary.
@Suite struct ExportCommandTests {
    /// Indonesia chairs; the SOM's window overlaps the 42nd ASEAN Summit,
    /// which an imported calendar brings in.
    static let scenario = """
    body: { name: Test Body, short: TB }
    cycle: 3
    chair: ID
    members: [ID, SG]
    partners: [AU]
    horizon: { from: 2023-01-01, to: 2023-12-31 }
    venues:
      - { id: jcc, name: Jakarta Convention Center, city: Jakarta, country: ID, latitude: -6.2146, longitude: 106.8006 }
      - { id: online, name: TB online platform, virtual: true, joinURL: "https://meet.example.invalid/tb3" }
    meetings:
      - { id: som, kind: som, days: 2, venues: [jcc], window: 2023-05-08..2023-06-16 }
      - { id: dialogue, kind: dialogue, hours: 2, venues: [online], attendees: [members, AU], after: { meeting: som, days: 7.. } }
    fixed:
      - { ics: calendars/asean-2023.ics }

    """

    static let epoch = ["SOURCE_DATE_EPOCH": "1700000000"]

    /// A fresh folder holding the scenario and its imported calendar.
    static func workspace(_ scenario: String = scenario) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("convene-export-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("calendars"), withIntermediateDirectories: true)
        try scenario.write(to: folder.appendingPathComponent("scenario.yaml"), atomically: true, encoding: .utf8)
        let fixture = RepositoryPaths.root.appendingPathComponent("Tests/PlanningTests/Fixtures/asean-2023.ics")
        try FileManager.default.copyItem(at: fixture, to: folder.appendingPathComponent("calendars/asean-2023.ics"))
        return folder
    }

    static func read(_ url: URL) throws -> String {
        String(decoding: try Data(contentsOf: url), as: UTF8.self)
    }

    @Test func planWritesTheWholeCalendarAndOnePerDelegation() throws {
        let folder = try Self.workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try ConveneProcess.run(["plan", "scenario.yaml", "-o", "out"], in: folder, environment: Self.epoch)
        #expect(result.status == 0, "\(result.standardError)")
        let whole = try Self.read(folder.appendingPathComponent("out/calendar.ics"))
        #expect(whole.hasPrefix("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Convene//Convene 1.0//EN\r\n"))
        #expect(whole.contains("X-WR-CALNAME:TB 3 — Indonesia\r\n"))
        #expect(whole.contains("DTSTAMP:20231114T221320Z\r\n"))
        #expect(whole.contains("UID:tb-3-som@convene.asean\r\n"))
        #expect(whole.contains("GEO:-6.2146;106.8006\r\n"))
        #expect(whole.contains("URL:https://meet.example.invalid/tb3\r\n"))
        // The imported Summit (9-11 May) keeps the two-day SOM off those days.
        let plan = try Self.read(folder.appendingPathComponent("out/plan.json"))
        #expect(!plan.contains("\"date\" : \"2023-05-09\"") && !plan.contains("\"date\" : \"2023-05-10\"")
            && !plan.contains("\"date\" : \"2023-05-11\""))
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("out/calendars").path).sorted()
        #expect(files == ["AU.ics", "ID.ics", "SG.ics"])
        let australia = try Self.read(folder.appendingPathComponent("out/calendars/AU.ics"))
        #expect(australia.contains("X-WR-CALNAME:TB 3 — Australia delegation\r\n"))
        #expect(australia.contains("UID:tb-3-dialogue@convene.asean\r\n"))
        #expect(!australia.contains("UID:tb-3-som@convene.asean"))

        // Same scenario, seed and SOURCE_DATE_EPOCH: the same bytes.
        let again = try ConveneProcess.run(["plan", "scenario.yaml", "-o", "again"], in: folder, environment: Self.epoch)
        #expect(again.status == 0)
        #expect(try Self.read(folder.appendingPathComponent("again/calendar.ics")) == whole)
        #expect(try Self.read(folder.appendingPathComponent("again/calendars/AU.ics")) == australia)
    }

    @Test func exportWritesThePlansCalendarToStandardOutputOrAFile() throws {
        let folder = try Self.workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try ConveneProcess.run(["plan", "scenario.yaml", "-o", "out"], in: folder, environment: Self.epoch).status == 0)
        let written = try Self.read(folder.appendingPathComponent("out/calendar.ics"))

        let stdout = try ConveneProcess.run(["export", "ics", "out/plan.json", "--scenario", "scenario.yaml"], in: folder, environment: Self.epoch)
        #expect(stdout.status == 0, "\(stdout.standardError)")
        #expect(stdout.standardOutput == written)

        let file = try ConveneProcess.run(["export", "ics", "out/plan.json", "--delegation", "sg", "-o", "sg.ics"], in: folder, environment: Self.epoch)
        #expect(file.status == 0)
        #expect(file.standardOutput.isEmpty)
        let singapore = try Self.read(folder.appendingPathComponent("sg.ics"))
        #expect(singapore.contains("X-WR-CALNAME:TB 3 — Singapore delegation\r\n"))
        // The scenario the plan records is found beside it: GEO and the join link come from it.
        #expect(singapore.contains("GEO:") && singapore.contains("URL:"))

        // With --sessions, each agenda item is its own event, on the item's times.
        let sessions = try ConveneProcess.run(["export", "ics", "out/plan.json", "--sessions"], in: folder, environment: Self.epoch)
        #expect(sessions.status == 0)
        #expect(sessions.standardOutput.contains("UID:tb-3-som-item-1@convene.asean\r\n"))
        #expect(sessions.standardOutput.contains("UID:tb-3-dialogue-item-1@convene.asean\r\n"))
        #expect(!sessions.standardOutput.contains("UID:tb-3-som@convene.asean"))
        let unfolded = sessions.standardOutput.replacingOccurrences(of: "\r\n ", with: "")
        #expect(unfolded.contains("SUMMARY:TB Senior Officials Meeting (SOM): 1. Opening remarks by the Chair\r\n")
                || unfolded.contains(": 1. Opening remarks by the Chair\r\n"))

        // Without any scenario (moved away), per-day events, no GEO, no link.
        try FileManager.default.moveItem(at: folder.appendingPathComponent("scenario.yaml"), to: folder.appendingPathComponent("elsewhere.yaml"))
        let bare = try ConveneProcess.run(["export", "ics", "out/plan.json", "--sessions"], in: folder, environment: Self.epoch)
        #expect(bare.status == 0)
        #expect(bare.standardOutput.contains("UID:tb-3-som-day-1@convene.asean\r\n"))
        #expect(bare.standardOutput.contains("UID:tb-3-som-day-2@convene.asean\r\n"))
        #expect(!bare.standardOutput.contains("GEO:") && !bare.standardOutput.contains("URL:"))
    }

    @Test func eventDescriptionsCarryTheTimedProgramme() throws {
        let folder = try Self.workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try ConveneProcess.run(["plan", "scenario.yaml", "-o", "out"], in: folder, environment: Self.epoch).status == 0)
        let calendar = try Self.read(folder.appendingPathComponent("out/calendar.ics"))
        let unfolded = calendar.replacingOccurrences(of: "\r\n ", with: "")
        #expect(unfolded.contains("Programme (local time at the venue):"))
        #expect(unfolded.contains("1. Opening remarks by the Chair"))
    }

    /// The stamp is taken when the plan is made (SOURCE_DATE_EPOCH, else
    /// the clock) and kept in plan.json; exporting later uses it.
    @Test func withoutSourceDateEpochThePlansStampIsNow() throws {
        let folder = try Self.workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        let before = Int(Date().timeIntervalSince1970)
        var environment = ProcessInfo.processInfo.environment
        environment.removeValue(forKey: "SOURCE_DATE_EPOCH")
        let planned = Process()
        planned.executableURL = ConveneProcess.executable
        planned.arguments = ["plan", "scenario.yaml", "-o", "out"]
        planned.currentDirectoryURL = folder
        planned.environment = environment
        planned.standardOutput = FileHandle.nullDevice
        try planned.run()
        planned.waitUntilExit()
        #expect(planned.terminationStatus == 0)
        let process = Process()
        process.executableURL = ConveneProcess.executable
        process.arguments = ["export", "ics", "out/plan.json"]
        process.currentDirectoryURL = folder
        process.environment = environment
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let output = String(decoding: PipeReader.readAll(pipe.fileHandleForReading), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyyMMdd'T'HHmmss'Z'"
        let stamp = output.components(separatedBy: "\r\n").first { $0.hasPrefix("DTSTAMP:") }.map { String($0.dropFirst(8)) }
        let seconds = try #require(stamp.flatMap(formatter.date(from:))).timeIntervalSince1970
        #expect(Int(seconds) >= before - 1 && Int(seconds) <= Int(Date().timeIntervalSince1970) + 1)
        // A later export with another SOURCE_DATE_EPOCH keeps the plan's stamps.
        let later = try ConveneProcess.run(["export", "ics", "out/plan.json"], in: folder, environment: ["SOURCE_DATE_EPOCH": "0"])
        #expect(later.standardOutput.contains("DTSTAMP:\(stamp ?? "-")\r\n"))
    }

    @Test func aMeetingThatMovesKeepsItsUIDAndRaisesItsSequence() throws {
        let folder = try Self.workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try ConveneProcess.run(["plan", "scenario.yaml", "-o", "v1"], in: folder, environment: Self.epoch).status == 0)
        var closed: [String] = []
        for version in 2...3 {
            // Close the venue on the SOM's current days: it has to move.
            let plan = try Self.read(folder.appendingPathComponent("v\(version - 1)/plan.json"))
            let som = try #require(try JSONSerialization.jsonObject(with: Data(plan.utf8)) as? [String: Any])["meetings"]
                .flatMap { ($0 as? [[String: Any]])?.first { $0["id"] as? String == "som" } }
            let first = try #require(som?["date"] as? String), last = try #require(som?["lastDate"] as? String)
            closed.append("\(first)..\(last)")
            let scenario = Self.scenario.replacingOccurrences(
                of: "latitude: -6.2146", with: "closed: [\(closed.joined(separator: ", "))], latitude: -6.2146")
            try scenario.write(to: folder.appendingPathComponent("scenario.yaml"), atomically: true, encoding: .utf8)
            let result = try ConveneProcess.run(["plan", "scenario.yaml", "--keep", "v\(version - 1)/plan.json", "-o", "v\(version)"],
                                                in: folder, environment: Self.epoch)
            #expect(result.status == 0, "\(result.standardError)")
            let calendar = try Self.read(folder.appendingPathComponent("v\(version)/calendar.ics"))
            #expect(calendar.contains("UID:tb-3-som@convene.asean\r\nSEQUENCE:\(version - 1)\r\n"))
        }
    }

    @Test func feedsCarryTheRefreshIntervalAndPublishURLAsked() throws {
        let folder = try Self.workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try ConveneProcess.run(["plan", "scenario.yaml", "-o", "out", "--refresh", "PT6H",
                                             "--publish-url", "https://cal.example.invalid/tb3"], in: folder, environment: Self.epoch)
        #expect(result.status == 0, "\(result.standardError)")
        let whole = try Self.read(folder.appendingPathComponent("out/calendar.ics"))
        #expect(whole.contains("REFRESH-INTERVAL;VALUE=DURATION:PT6H\r\nX-PUBLISHED-TTL:PT6H\r\n"))
        #expect(whole.contains("URL:https://cal.example.invalid/tb3/calendar.ics\r\n"))
        let singapore = try Self.read(folder.appendingPathComponent("out/calendars/SG.ics"))
        #expect(singapore.contains("SOURCE;VALUE=URI:https://cal.example.invalid/tb3/calendars/SG.ics\r\n"))
        let bad = try ConveneProcess.run(["export", "ics", "out/plan.json", "--refresh", "daily"], in: folder)
        #expect(bad.status == 64)
        #expect(bad.standardError.contains("--refresh must be a positive ISO 8601 duration"))
    }

    /// A change that only the SOM's delegations see: its title. They get
    /// an iTIP REQUEST and a notice; Australia, which attends only the
    /// dialogue, gets nothing.
    @Test func changeMessagesGoOnlyToTouchedDelegations() throws {
        let withEmails = Self.scenario
            .replacingOccurrences(of: "body: { name: Test Body, short: TB }",
                                  with: "body: { name: Test Body, short: TB, email: secretariat@tb.example.org }\n"
                                      + "delegations: [{ id: SG, country: SG, email: sg-delegation@tb.example.org }]")
        let folder = try Self.workspace(withEmails)
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try ConveneProcess.run(["plan", "scenario.yaml", "-o", "v1"], in: folder, environment: Self.epoch).status == 0)
        let retitled = withEmails.replacingOccurrences(of: "{ id: som, kind: som, days: 2,",
                                                       with: "{ id: som, kind: som, title: Special SOM, days: 2,")
        try retitled.write(to: folder.appendingPathComponent("scenario.yaml"), atomically: true, encoding: .utf8)
        let replanned = try ConveneProcess.run(["plan", "scenario.yaml", "--keep", "v1/plan.json", "-o", "v2"], in: folder,
                                               environment: ["SOURCE_DATE_EPOCH": "1700086400"])
        #expect(replanned.status == 0, "\(replanned.standardError)")
        let result = try ConveneProcess.run(["export", "changes", "v1/plan.json", "v2/plan.json", "-o", "changes"], in: folder)
        #expect(result.status == 0, "\(result.standardError)")
        let changes = folder.appendingPathComponent("changes")
        #expect(try FileManager.default.contentsOfDirectory(atPath: changes.path).sorted() == ["ID", "SG"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: changes.appendingPathComponent("SG").path).sorted()
            == ["notice.md", "notice.txt", "tb-3-som-day-2-request.ics", "tb-3-som-request.ics"])
        let request = try Self.read(changes.appendingPathComponent("SG/tb-3-som-request.ics")).replacingOccurrences(of: "\r\n ", with: "")
        #expect(request.contains("METHOD:REQUEST\r\n"))
        #expect(request.contains("SEQUENCE:1\r\n"))
        #expect(request.contains(":mailto:secretariat@tb.example.org\r\n"))
        #expect(request.contains(":mailto:sg-delegation@tb.example.org\r\n"))
        #expect(request.contains("ATTENDEE;CN=Indonesia;CUTYPE=GROUP;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:id@tb.invalid"))
        let notice = try Self.read(changes.appendingPathComponent("SG/notice.txt"))
        #expect(notice.contains("- Special SOM (day 1 of 2) changed."))
        let markdown = try Self.read(changes.appendingPathComponent("SG/notice.md"))
        #expect(markdown.hasPrefix("# TB 3: changes for the Singapore delegation"))
        #expect(result.standardOutput.contains("2 delegations touched (SG, ID); 1 untouched get nothing"))
        // Nothing changed: no folder at all.
        let same = try ConveneProcess.run(["export", "changes", "v2/plan.json", "v2/plan.json", "-o", "none"], in: folder)
        #expect(same.status == 0)
        #expect(same.standardOutput.contains("no delegation is touched"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("none").path))
    }

    @Test func anUnknownDelegationIsAUsageErrorNamingTheKnownOnes() throws {
        let folder = try Self.workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try ConveneProcess.run(["plan", "scenario.yaml", "-o", "out"], in: folder, environment: Self.epoch).status == 0)
        let result = try ConveneProcess.run(["export", "ics", "out/plan.json", "--delegation", "VN"], in: folder)
        #expect(result.status == 64)
        #expect(result.standardOutput.isEmpty)
        #expect(result.standardError.contains("no delegation 'VN'"))
        #expect(result.standardError.contains("known: ID, SG, AU"))
    }

    @Test func aMissingPlanExits66AndABadOneExits65WithItsPlace() throws {
        let folder = try Self.workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        let missing = try ConveneProcess.run(["export", "ics", "nowhere.json"], in: folder)
        #expect(missing.status == 66)
        #expect(missing.standardError.contains("nowhere.json: error: no such file"))
        try "{\n  \"format\": \"convene-plan/1\",\n  oops\n}\n".write(to: folder.appendingPathComponent("bad.json"), atomically: true, encoding: .utf8)
        let bad = try ConveneProcess.run(["export", "ics", "bad.json"], in: folder)
        #expect(bad.status == 65)
        #expect(bad.standardError.range(of: #"bad\.json:\d+:\d+: error: "#, options: .regularExpression) != nil, "\(bad.standardError)")
    }

    @Test func aMalformedSourceDateEpochIsRefused() throws {
        let folder = try Self.workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try ConveneProcess.run(["plan", "scenario.yaml", "-o", "out"], in: folder, environment: Self.epoch).status == 0)
        let result = try ConveneProcess.run(["export", "ics", "out/plan.json"], in: folder, environment: ["SOURCE_DATE_EPOCH": "yesterday"])
        #expect(result.status == 64)
        #expect(result.standardError.contains("SOURCE_DATE_EPOCH"))
    }

    @Test func aMissingImportedCalendarExits66NamingTheScenarioEntry() throws {
        let folder = try Self.workspace(Self.scenario.replacingOccurrences(of: "calendars/asean-2023.ics", with: "calendars/nope.ics"))
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try ConveneProcess.run(["plan", "scenario.yaml", "-o", "out"], in: folder)
        #expect(result.status == 66)
        #expect(result.standardError.contains("scenario.yaml:14:12: error: no calendar file 'calendars/nope.ics'"), "\(result.standardError)")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("out").path))
    }

    @Test func aBrokenImportedCalendarExits65NamingItsLine() throws {
        let folder = try Self.workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        let broken = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nDTSTART;VALUE=DATE:2023-05-09\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
        try broken.write(to: folder.appendingPathComponent("calendars/asean-2023.ics"), atomically: true, encoding: .utf8)
        let result = try ConveneProcess.run(["plan", "scenario.yaml", "-o", "out"], in: folder)
        #expect(result.status == 65)
        #expect(result.standardError.contains("calendars/asean-2023.ics:4: error: "), "\(result.standardError)")
    }

    @Test func theImportedSummitMakesASummitOnlyWindowInfeasible() throws {
        let folder = try Self.workspace(Self.scenario.replacingOccurrences(of: "window: 2023-05-08..2023-06-16", with: "window: 2023-05-09..2023-05-11")
            .replacingOccurrences(of: "days: 2,", with: "days: 1,"))
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try ConveneProcess.run(["plan", "scenario.yaml", "-o", "out"], in: folder)
        #expect(result.status == 1)
        #expect(result.standardError.contains("42nd ASEAN Summit"), "\(result.standardError)")
    }
}
