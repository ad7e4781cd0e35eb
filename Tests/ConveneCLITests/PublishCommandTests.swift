import ConveneTestSupport
import Foundation
import Testing

/// `convene publish` against a real Radicale server on loopback, read back
/// with python caldav: ACCSM 22 as planned in 2022, re-planned to the dates
/// as held, published again, and once more with nothing changed. Needs
/// Radicale, caldav and icalendar for python3 (.ci/run installs them); the
/// test fails, saying so, when they are missing.
@Suite(.serialized) struct PublishCommandTests {
    static let install = "python3 -m pip install radicale caldav icalendar"
    static let script = RepositoryPaths.root.appendingPathComponent("Tests/Scripts/caldav_dump.py")

    /// A scratch folder with a netrc for the server's login.
    static func workspace() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("convene-publish-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try "machine 127.0.0.1\n  login convene\n  password s3cret-not-printed\n"
            .write(to: folder.appendingPathComponent("netrc"), atomically: true, encoding: .utf8)
        return folder
    }

    /// What python caldav reads back: collection → resource → fields.
    typealias Dump = [String: [String: [String: Any]]]

    static func dump(_ server: RadicaleServer, _ collections: [String]) throws -> Dump {
        let python = try #require(ExternalTool.find("python3"))
        let result = try ExternalTool.capture(python, [script.path, server.base + "convene/", "convene", "x"] + collections)
        #expect(result.status == 0, "\(result.standardError)")
        return try #require(try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? Dump)
    }

    static func publish(_ plan: String, _ server: RadicaleServer, in folder: URL, _ extra: [String] = []) throws -> ConveneProcess.Result {
        try ConveneProcess.run(["publish", plan, "--caldav", server.base + "convene/"] + extra, in: folder,
                               environment: ["NETRC": folder.appendingPathComponent("netrc").path, "HOME": folder.path])
    }

    @Test func accsm22AsPlannedThenAsHeldThenUnchanged() throws {
        if let problem = ExternalTool.pythonProblem(modules: ["radicale", "caldav", "icalendar"], install: Self.install) {
            Issue.record(Comment(rawValue: problem))
            return
        }
        let folder = try Self.workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        let server = try RadicaleServer(folder: folder)
        defer { server.stop() }
        let scenarios = RepositoryPaths.root.appendingPathComponent("Scenarios")

        // 1. As planned in 2022 (stamp 1 Sep 2022).
        let planned = try ConveneProcess.run(["plan", scenarios.appendingPathComponent("accsm-22-brunei.yaml").path, "-o", "v1",
                                              "--time-limit", "30"], in: folder, environment: ["SOURCE_DATE_EPOCH": "1661990400"])
        #expect(planned.status == 0, "\(planned.standardError)")
        let dry = try Self.publish("v1/plan.json", server, in: folder, ["--dry-run"])
        #expect(dry.status == 0, "\(dry.standardError)")
        #expect(dry.standardOutput.contains("would be made calendar accsm-22-vn/"))
        #expect(dry.standardOutput.contains("would write: 15 calendars made"))
        let first = try Self.publish("v1/plan.json", server, in: folder)
        #expect(first.status == 0, "\(first.standardError)")
        #expect(first.standardOutput.contains("published: 15 calendars made"))
        #expect(!(first.standardOutput + first.standardError).contains("s3cret"))
        let collections = ["accsm-22", "accsm-22-vn", "accsm-22-au", "accsm-22-bn"]
        let before = try Self.dump(server, collections)
        #expect(before["accsm-22"]?.count == 8)
        #expect(before["accsm-22-au"]?.keys.sorted() == ["accsm-22-dialogue-au.ics", "accsm-22-forum.ics"])

        // 2. Re-planned to the dates as held (stamp 1 Jul 2024), kept from v1.
        let held = try ConveneProcess.run(["plan", scenarios.appendingPathComponent("accsm-22-brunei-held.yaml").path,
                                           "--keep", "v1/plan.json", "-o", "v2", "--time-limit", "30"],
                                          in: folder, environment: ["SOURCE_DATE_EPOCH": "1719792000"])
        #expect(held.status == 0, "\(held.standardError)")
        let second = try Self.publish("v2/plan.json", server, in: folder)
        #expect(second.status == 0, "\(second.standardError)")
        let after = try Self.dump(server, collections)
        let moved = ["som", "plus-three-som", "forum", "heads", "plus-three-heads"]
        let removed = ["prep", "dialogue-au", "focal-points"]
        for collection in ["accsm-22", "accsm-22-vn"] {
            for meeting in moved {
                let name = "accsm-22-\(meeting).ics"
                let old = try #require(before[collection]?[name], "\(collection)/\(name)")
                let new = try #require(after[collection]?[name], "\(collection)/\(name)")
                #expect(new["sequence"] as? Int == (old["sequence"] as? Int ?? -9) + 1, "\(collection)/\(name)")
                #expect(new["status"] as? String == "CONFIRMED")
                #expect(new["dtstart"] as? String != old["dtstart"] as? String)
                #expect((new["dtstart"] as? String)?.hasPrefix("2024-08-0") == true, "\(collection)/\(name)")
            }
            for meeting in removed {
                let name = "accsm-22-\(meeting).ics"
                let old = try #require(before[collection]?[name])
                let new = try #require(after[collection]?[name], "a cancelled event stays: \(collection)/\(name)")
                #expect(new["status"] as? String == "CANCELLED", "\(collection)/\(name)")
                #expect(new["sequence"] as? Int == (old["sequence"] as? Int ?? -9) + 1)
                #expect(new["dtstart"] as? String == old["dtstart"] as? String)
            }
        }
        // Australia is not in the held scenario: its feed still tells it
        // the dialogue is cancelled and it no longer attends the forum.
        #expect(after["accsm-22-au"]?["accsm-22-dialogue-au.ics"]?["status"] as? String == "CANCELLED")
        #expect(after["accsm-22-au"]?["accsm-22-forum.ics"]?["status"] as? String == "CANCELLED")

        // 3. The same plan again: nothing written, every byte as it was.
        let third = try Self.publish("v2/plan.json", server, in: folder)
        #expect(third.status == 0, "\(third.standardError)")
        #expect(third.standardOutput.contains("published: 0 calendars made, 0 events created, 0 updated"))
        let again = try Self.dump(server, collections)
        for (collection, resources) in after {
            for (name, fields) in resources {
                #expect(again[collection]?[name]?["data"] as? String == fields["data"] as? String, "\(collection)/\(name)")
            }
        }
        let report = try String(contentsOf: folder.appendingPathComponent("v2/publish-report.txt"), encoding: .utf8)
        #expect(report.contains("0 events created, 0 updated"))

        // 4. One meeting retitled (stamp 2 Jul 2024): only its event is
        // written; every other resource keeps its bytes.
        let heldText = try String(contentsOf: scenarios.appendingPathComponent("accsm-22-brunei-held.yaml"), encoding: .utf8)
        let retitled = heldText.replacingOccurrences(of: "title: Good Governance Forum", with: "title: ASEAN Good Governance Forum")
        #expect(retitled != heldText)
        try retitled.write(to: folder.appendingPathComponent("retitled.yaml"), atomically: true, encoding: .utf8)
        let replanned = try ConveneProcess.run(["plan", "retitled.yaml", "--keep", "v2/plan.json", "-o", "v3", "--time-limit", "30"],
                                               in: folder, environment: ["SOURCE_DATE_EPOCH": "1719878400"])
        #expect(replanned.status == 0, "\(replanned.standardError)")
        let fourth = try Self.publish("v3/plan.json", server, in: folder)
        #expect(fourth.status == 0, "\(fourth.standardError)")
        let last = try Self.dump(server, collections)
        for (collection, resources) in again {
            for (name, fields) in resources {
                let now = try #require(last[collection]?[name], "\(collection)/\(name)")
                if name == "accsm-22-forum.ics" {
                    // Australia's copy stays cancelled, one SEQUENCE up like the rest.
                    #expect(now["sequence"] as? Int == (fields["sequence"] as? Int ?? -9) + 1, "\(collection)/\(name)")
                    #expect((now["data"] as? String)?.contains("ASEAN Good Governance Forum") == true)
                    #expect(now["status"] as? String == (collection == "accsm-22-au" ? "CANCELLED" : "CONFIRMED"))
                } else {
                    #expect(now["data"] as? String == fields["data"] as? String, "untouched: \(collection)/\(name)")
                }
            }
        }
    }

    @Test func aRefusedLoginStopsWithAReportAndTheNextRunConverges() throws {
        if let problem = ExternalTool.pythonProblem(modules: ["radicale", "caldav", "icalendar"], install: Self.install) {
            Issue.record(Comment(rawValue: problem))
            return
        }
        let folder = try Self.workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        let server = try RadicaleServer(folder: folder)
        defer { server.stop() }
        let planned = try ConveneProcess.run(["plan", RepositoryPaths.root.appendingPathComponent("Scenarios/accsm-22-brunei.yaml").path,
                                              "-o", "v1", "--time-limit", "30"], in: folder, environment: ["SOURCE_DATE_EPOCH": "1661990400"])
        #expect(planned.status == 0, "\(planned.standardError)")
        // Logged in as someone else: Radicale lets each user write only its own home.
        let wrong = try ConveneProcess.run(["publish", "v1/plan.json", "--caldav", server.base + "convene/", "--report", "failed.txt"],
                                           in: folder, environment: ["CONVENE_CALDAV_USER": "intruder", "CONVENE_CALDAV_PASSWORD": "pw-hidden"])
        #expect(wrong.status == 74)
        #expect(!(wrong.standardOutput + wrong.standardError).contains("pw-hidden"))
        let report = try String(contentsOf: folder.appendingPathComponent("failed.txt"), encoding: .utf8)
        #expect(report.contains("stopped after writing"))
        let right = try Self.publish("v1/plan.json", server, in: folder)
        #expect(right.status == 0, "\(right.standardError)")
        #expect(right.standardOutput.contains("published: 15 calendars made"))
    }

    @Test func credentialsInTheURLAreRefused() throws {
        let result = try ConveneProcess.run(["publish", "plan.json", "--caldav", "https://me:pw@cal.example.invalid/"])
        #expect(result.status == 64)
        #expect(result.standardError.contains("must not hold credentials"))
        #expect(!result.standardError.contains("pw@"))
    }
}
