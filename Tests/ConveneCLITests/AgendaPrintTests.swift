import ConveneTestSupport
import Foundation
import Testing

/// Printed agendas: A4 pages with the meeting's title and the page number
/// at the top of each, through headless Chromium. These tests need
/// `chromium` and `pdfinfo` (poppler-utils), which .ci/run installs; they
/// fail, saying so, when either is missing.
@Suite struct AgendaPrintTests {
    static func tool(_ name: String) -> String? {
        for folder in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin").split(separator: ":") {
            let path = "\(folder)/\(name)"
            if FileManager.default.isExecutableFile(atPath: path) { return path }
        }
        return nil
    }

    static func planned() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("convene-print-\(UUID().uuidString)")
        let result = try ConveneProcess.run(["plan", "Scenarios/accsm-20-thailand.yaml", "-o", folder.appendingPathComponent("plan").path])
        #expect(result.status == 0, "\(result.standardError)")
        return folder
    }

    /// The virtual heads meeting of ACCSM 20 (its programme, then every
    /// delegation's local times) prints on two A4 pages, in English and Thai.
    @Test(arguments: ["en", "th"])
    func twoPageAgendaPrintsOnA4(language: String) throws {
        guard Self.tool("chromium") != nil || Self.tool("chromium-browser") != nil else {
            Issue.record("headless Chromium is not installed: apt-get install chromium (.ci/run does)")
            return
        }
        guard let pdfinfo = Self.tool("pdfinfo") else {
            Issue.record("pdfinfo is not installed: apt-get install poppler-utils (.ci/run does)")
            return
        }
        let folder = try Self.planned()
        defer { try? FileManager.default.removeItem(at: folder) }
        let pdf = folder.appendingPathComponent("heads.pdf").path
        let result = try ConveneProcess.run(["export", "agenda", folder.appendingPathComponent("plan/plan.json").path,
                                             "--meeting", "heads", "--lang", language, "--format", "pdf", "-o", pdf])
        #expect(result.status == 0, "\(result.standardError)")
        let info = Process()
        info.executableURL = URL(fileURLWithPath: pdfinfo)
        info.arguments = [pdf]
        let pipe = Pipe()
        info.standardOutput = pipe
        try info.run()
        let text = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        info.waitUntilExit()
        #expect(text.contains("Pages:           2"), "\(text)")
        #expect(text.contains("(A4)"), "\(text)")
    }

    @Test func pdfNeedsAnOutputFileAndABrowser() throws {
        let folder = try Self.planned()
        defer { try? FileManager.default.removeItem(at: folder) }
        let plan = folder.appendingPathComponent("plan/plan.json").path
        let noFile = try ConveneProcess.run(["export", "agenda", plan, "--meeting", "heads", "--format", "pdf"])
        #expect(noFile.status == 64)
        #expect(noFile.standardError.contains("--format pdf writes a file: give -o FILE.pdf"))
        let out = folder.appendingPathComponent("x.pdf").path
        let noBrowser = try ConveneProcess.run(["export", "agenda", plan, "--meeting", "heads", "--format", "pdf", "-o", out],
                                               environment: ["CONVENE_CHROMIUM": "/nonexistent/chromium"])
        #expect(noBrowser.status == 73)
        #expect(noBrowser.standardError.contains("PDF needs headless Chromium, which is not installed"))
        #expect(!FileManager.default.fileExists(atPath: out))
    }
}
