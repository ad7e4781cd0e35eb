import ConveneTestSupport
import Foundation
import Testing

/// The agenda commands end to end, through the built binary: `plan` writes
/// the agendas, `export agenda` and `zones` read the plan back.
@Suite(.serialized) struct AgendaCommandTests {
    /// Plans ACCSM 21 into a fresh temporary folder and returns it.
    static func planned() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("convene-agenda-\(UUID().uuidString)")
        let result = try ConveneProcess.run(["plan", "Scenarios/accsm-21-vietnam.yaml", "-o", folder.path])
        #expect(result.status == 0, "\(result.standardError)")
        return folder
    }

    @Test func planWritesEnglishAndHostLanguageAgendas() throws {
        let folder = try Self.planned()
        defer { try? FileManager.default.removeItem(at: folder) }
        let agendas = folder.appendingPathComponent("agendas")
        for name in ["heads.md", "heads.html", "heads.vi.html", "prep.md", "prep.html", "prep.vi.html"] {
            #expect(FileManager.default.fileExists(atPath: agendas.appendingPathComponent(name).path), "\(name)")
        }
        let vietnamese = try String(contentsOf: agendas.appendingPathComponent("heads.vi.html"), encoding: .utf8)
        #expect(vietnamese.contains("<html lang=\"vi\">"))
        #expect(vietnamese.contains("Chuyển giao vai trò Chủ tịch luân phiên cho Brunei"))  // CLDR's Vietnamese name
    }

    @Test func exportAgendaToStandardOutputAndErrors() throws {
        let folder = try Self.planned()
        defer { try? FileManager.default.removeItem(at: folder) }
        let plan = folder.appendingPathComponent("plan.json").path
        let html = try ConveneProcess.run(["export", "agenda", plan, "--meeting", "som", "--format", "html"])
        #expect(html.status == 0)
        #expect(html.standardOutput.hasPrefix("<!DOCTYPE html>"))
        #expect(!html.standardOutput.contains("http"))  // self-contained: nothing fetched

        let unknown = try ConveneProcess.run(["export", "agenda", plan, "--meeting", "nope"])
        #expect(unknown.status == 64)
        #expect(unknown.standardError.contains("no meeting 'nope' in the plan"))

        let fallback = try ConveneProcess.run(["export", "agenda", plan, "--meeting", "som", "--lang", "ja"])
        #expect(fallback.standardOutput.contains("No ja translation"))
    }

    @Test func zonesRatesAndSuggests() throws {
        let folder = try Self.planned()
        defer { try? FileManager.default.removeItem(at: folder) }
        let plan = folder.appendingPathComponent("plan.json").path
        let zones = try ConveneProcess.run(["zones", plan, "--meeting", "prep", "--suggest"])
        #expect(zones.status == 0, "\(zones.standardError)")
        #expect(zones.standardOutput.contains("MM          Asia/Yangon        UTC+06:30  09:00-11:00  comfortable"))
        #expect(zones.standardOutput.contains("fairest first"))

        let inPerson = try ConveneProcess.run(["zones", plan, "--meeting", "heads"])
        #expect(inPerson.status == 64)
    }
}
