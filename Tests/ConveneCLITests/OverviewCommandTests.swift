import ConveneTestSupport
import Foundation
import Testing

/// `convene plan` writes overview.html, and `convene export overview|table`
/// write the page, its SVG and the calendar of meetings; the page is
/// loaded in headless Chromium as a reader would open it.
@Suite struct OverviewCommandTests {
    private func planned() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("convene-overview-\(UUID().uuidString)")
        let result = try ConveneProcess.run(["plan", "Scenarios/accsm-22-brunei.yaml", "-o", folder.path])
        #expect(result.status == 0)
        return folder
    }

    static let meetings = ["prep", "som", "dialogue-au", "plus-three-som", "focal-points", "forum", "heads", "plus-three-heads"]

    @Test func chromiumShowsEveryMeetingAndTheSelectedOnesDetailsWithoutScriptErrors() throws {
        let chromium = try ExternalTool.find(["chromium", "chromium-browser", "google-chrome"], install: "apt-get install chromium")
        let folder = try planned()
        defer { try? FileManager.default.removeItem(at: folder) }
        let page = folder.appendingPathComponent("overview.html")
        let dump = try ExternalTool.run(chromium, [
            "--headless", "--no-sandbox", "--disable-gpu", "--user-data-dir=\(folder.path)/chromium",
            "--dump-dom", page.absoluteString + "#m=som",
        ])
        #expect(dump.status == 0)
        // The page's script ends by marking the page ready: no error stopped it.
        #expect(dump.output.contains("data-overview=\"ready\""))
        let plan = try JSONSerialization.jsonObject(with: Data(contentsOf: folder.appendingPathComponent("plan.json"))) as? [String: Any]
        let entries = plan?["meetings"] as? [[String: Any]] ?? []
        #expect(entries.count == Self.meetings.count)
        for (index, entry) in entries.enumerated() {
            let title = try #require(entry["title"] as? String)
            #expect(dump.output.contains("<button data-i=\"\(index)\">\(title.replacingOccurrences(of: "&", with: "&amp;"))</button>"))
            #expect(dump.output.contains("data-i=\"\(index)\" x="))
        }
        // #m=som selected the SOM: the panel shows it, with its agenda link.
        #expect(dump.output.contains("<h2>22nd ACCSM Senior Officials Meeting (SOM)</h2>"))
        #expect(dump.output.contains("href=\"agendas/som.html\""))
        #expect(dump.output.contains("UTC+08:00 09:00–17:30 in the room: BN, KH, ID, LA, MY, MM, PH, SG, TH, VN"))
    }

    @Test func exportWritesTheSVGAndTheTableInEveryFormat() throws {
        let folder = try planned()
        defer { try? FileManager.default.removeItem(at: folder) }
        let plan = folder.appendingPathComponent("plan.json").path
        let svg = try ConveneProcess.run(["export", "overview", plan, "--format", "svg", "--rows", "venue"])
        #expect(svg.status == 0)
        #expect(svg.standardOutput.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\""))
        #expect(svg.standardOutput.contains("<title>International Convention Centre, Bandar Seri Begawan</title>"))
        let csv = try ConveneProcess.run(["export", "table", plan, "--format", "csv"])
        #expect(csv.status == 0)
        #expect(csv.standardOutput.hasPrefix("\u{FEFF}From,To,Meeting,Id,Body and cycle,Chair,Venue,City,Local time,Attendees\r\n"))
        #expect(csv.standardOutput.contains("2023-05-10,2023-05-10,22nd ACCSM Senior Officials Meeting (SOM),som,ACCSM 22,Brunei Darussalam,"))
        let markdown = try ConveneProcess.run(["export", "table", plan, "--format", "md"])
        #expect(markdown.standardOutput.contains("| 10 May 2023 | 22nd ACCSM Senior Officials Meeting (SOM) | ACCSM 22 | Brunei Darussalam |"))
        let html = try ConveneProcess.run(["export", "table", plan, "--format", "html", "-o", folder.appendingPathComponent("t.html").path])
        #expect(html.status == 0)
        let page = try String(contentsOf: folder.appendingPathComponent("t.html"), encoding: .utf8)
        #expect(page.contains("<td>10 May 2023</td><td>22nd ACCSM Senior Officials Meeting (SOM)</td>"))
    }

    @Test func aReportThatIsNotACheckReportIsBadData() throws {
        let folder = try planned()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try ConveneProcess.run([
            "export", "overview", folder.appendingPathComponent("plan.json").path, "--check", folder.appendingPathComponent("plan.json").path,
        ])
        #expect(result.status == 65)
        #expect(result.standardError.contains("not a report of 'convene check --format json'"))
    }
}
