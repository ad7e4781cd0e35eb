import ConveneTestSupport
import Foundation
import Testing

/// One delegation's feed in khal (a real client, Debian's package), before
/// and after a re-plan: ACCSM 22 as planned, then as held. khal keeps one
/// event per UID, so a moved meeting replaces the old one, and a cancelled
/// one shows its STATUS. Fails, saying how to install khal, when it is
/// missing.
@Suite struct KhalFeedTests {
    @Test func vietNamsFeedFollowsTheReplanInKhal() throws {
        guard let khal = ExternalTool.find("khal") else {
            Issue.record("khal is not on PATH; install it with: apt-get install khal (.ci/run does)")
            return
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("convene-khal-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = folder.appendingPathComponent("vn")
        try FileManager.default.createDirectory(at: store, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("config/khal"), withIntermediateDirectories: true)
        try """
        [calendars]
        [[vn]]
        path = \(store.path)
        type = calendar
        [locale]
        timeformat = %H:%M
        dateformat = %Y-%m-%d
        longdateformat = %Y-%m-%d
        datetimeformat = %Y-%m-%d %H:%M
        longdatetimeformat = %Y-%m-%d %H:%M
        local_timezone = Asia/Ho_Chi_Minh
        default_timezone = Asia/Ho_Chi_Minh
        [default]
        default_calendar = vn

        """.write(to: folder.appendingPathComponent("config/khal/config"), atomically: true, encoding: .utf8)
        let environment = ["XDG_CONFIG_HOME": folder.appendingPathComponent("config").path,
                           "XDG_DATA_HOME": folder.appendingPathComponent("data").path]
        let scenarios = RepositoryPaths.root.appendingPathComponent("Scenarios")
        #expect(try ConveneProcess.run(["plan", scenarios.appendingPathComponent("accsm-22-brunei.yaml").path, "-o", "v1",
                                        "--time-limit", "30"], in: folder, environment: ["SOURCE_DATE_EPOCH": "1661990400"]).status == 0)
        #expect(try ConveneProcess.run(["plan", scenarios.appendingPathComponent("accsm-22-brunei-held.yaml").path, "--keep",
                                        "v1/plan.json", "-o", "v2", "--time-limit", "30"], in: folder,
                                       environment: ["SOURCE_DATE_EPOCH": "1719792000"]).status == 0)
        func load(_ version: String) throws -> [String] {
            let imported = try ExternalTool.capture(khal, ["import", "--batch", "-a", "vn", "\(version)/calendars/VN.ics"],
                                                in: folder, environment: environment)
            #expect(imported.status == 0, "\(imported.standardError)")
            let listed = try ExternalTool.capture(khal, ["list", "--format", "{start-date} {start-time}-{end-time} {title} [{status}]",
                                                     "2023-01-01", "2024-12-31"], in: folder, environment: environment)
            #expect(listed.status == 0, "\(listed.standardError)")
            // khal pads {status} with a space: "[CONFIRMED ]".
            return listed.standardOutput.split(separator: "\n")
                .map { $0.replacingOccurrences(of: " ]", with: "]").trimmingCharacters(in: .whitespaces) }
                .filter { $0.first?.isNumber == true }
        }
        let before = try load("v1")
        #expect(before.count == 8)
        // Viet Nam's clock (UTC+7): the SOM opens at 09:00 in Brunei.
        #expect(before.contains("2023-05-10 08:00-16:15 22nd ACCSM Senior Officials Meeting (SOM) [CONFIRMED]"))
        let after = try load("v2")
        #expect(after.count == 8, "\(after)")
        #expect(!after.contains { $0.hasPrefix("2023-05-10") }, "the SOM moved, not doubled")
        #expect(after.contains { $0.hasPrefix("2024-08-05 08:00-") && $0.contains("Senior Officials Meeting (SOM) [CONFIRMED]") })
        #expect(after.contains("2023-05-09 08:00-15:15 Cancelled: Preparatory Meeting for the 22nd ACCSM [CANCELLED]"))
    }
}
