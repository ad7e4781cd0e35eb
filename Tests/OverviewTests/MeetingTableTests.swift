import ConveneTestSupport
import Foundation
import Overview
import Planning
import Testing

/// The calendar of meetings as CSV, read back by independent readers.
@Suite struct MeetingTableTests {
    static func plan() throws -> Plan {
        var plan = try OverviewPageTests.plan()
        // A title with every character CSV must quote, and non-Latin script.
        plan.meetings[0].title = "Hội nghị \"SOM\", phiên 1\nở Hà Nội"
        return plan
    }

    @Test func rowsAreSortedByDateWithBodyChairAndLocalTime() throws {
        let table = MeetingTable(plan: try Self.plan())
        #expect(table.rows.map(\.id) == ["morning", "evening"])
        #expect(table.rows[0].body == "ACCSM 20")
        #expect(table.rows[0].chair == "Thailand")
        #expect(table.rows[0].localTime == "09:30–12:30 (UTC+07:00)")
        let markdown = String(decoding: try table.render(.md), as: UTF8.self)
        #expect(markdown.contains("| 17 Nov 2020 | Hội nghị \"SOM\", phiên 1 ở Hà Nội | ACCSM 20 | Thailand |"))
    }

    @Test func csvReadsBackIntactInPythonsCSVModule() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("convene-table-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("meetings.csv")
        try MeetingTable(plan: try Self.plan()).render(.csv).write(to: file)
        let python = try ExternalTool.find(["python3"], install: "apt-get install python3")
        let script = """
            import csv, json, sys
            with open(sys.argv[1], newline='', encoding='utf-8-sig') as f:
                print(json.dumps(list(csv.reader(f))))
            """
        let result = try ExternalTool.run(python, ["-c", script, file.path])
        #expect(result.status == 0)
        let rows = try JSONDecoder().decode([[String]].self, from: Data(result.output.utf8))
        #expect(rows.count == 3)
        #expect(rows[0].first == "From")
        #expect(rows[1][2] == "Hội nghị \"SOM\", phiên 1\nở Hà Nội")
        #expect(rows[2][2] == "Session evening")
        #expect(rows.allSatisfy { $0.count == 10 })
    }

    @Test func csvOpensInLibreOfficeWithEveryRowIntact() throws {
        let office = try ExternalTool.find(["soffice", "libreoffice"], install: "apt-get install libreoffice-calc-nogui")
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("convene-office-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try MeetingTable(plan: try Self.plan()).render(.csv).write(to: folder.appendingPathComponent("meetings.csv"))
        // Its own profile folder, so a running office or another test does not
        // block it; the import filter says what the file is: comma-separated,
        // double-quoted, UTF-8 (character set 76): what a user picks in
        // Calc's text import dialog for this file.
        let converted = try ExternalTool.run(office, [
            "-env:UserInstallation=file://\(folder.path)/profile", "--headless", "--infilter=CSV:44,34,76,1", "--convert-to", "xlsx",
            "--outdir", folder.path, folder.appendingPathComponent("meetings.csv").path,
        ])
        #expect(converted.status == 0)
        let python = try ExternalTool.find(["python3"], install: "apt-get install python3")
        // The workbook's cells, read with the standard library alone (an .xlsx is zipped XML).
        let script = """
            import json, sys, zipfile, xml.etree.ElementTree as ET
            ns = {'m': 'http://schemas.openxmlformats.org/spreadsheetml/2006/main'}
            z = zipfile.ZipFile(sys.argv[1])
            shared = []
            if 'xl/sharedStrings.xml' in z.namelist():
                for si in ET.fromstring(z.read('xl/sharedStrings.xml')).findall('m:si', ns):
                    shared.append(''.join(t.text or '' for t in si.iter('{%s}t' % ns['m'])))
            rows = []
            for row in ET.fromstring(z.read('xl/worksheets/sheet1.xml')).iter('{%s}row' % ns['m']):
                cells = []
                for c in row.findall('m:c', ns):
                    v = c.find('m:v', ns)
                    text = '' if v is None else v.text
                    cells.append(shared[int(text)] if c.get('t') == 's' else text)
                rows.append(cells)
            print(json.dumps(rows))
            """
        let result = try ExternalTool.run(python, ["-c", script, folder.appendingPathComponent("meetings.xlsx").path])
        #expect(result.status == 0)
        let rows = try JSONDecoder().decode([[String]].self, from: Data(result.output.utf8))
        #expect(rows.count == 3)
        #expect(rows[0] == ["From", "To", "Meeting", "Id", "Body and cycle", "Chair", "Venue", "City", "Local time", "Attendees"])
        #expect(rows[1].contains("Hội nghị \"SOM\", phiên 1\nở Hà Nội"))
        #expect(rows[2].contains("Session evening"))
        #expect(rows[2].contains("19:00–21:00 (UTC+07:00)"))
        #expect(rows[2].contains("MM, TH, KR"))
    }
}
