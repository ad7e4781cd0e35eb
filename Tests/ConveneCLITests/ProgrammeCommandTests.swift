import ConveneTestSupport
import Foundation
import Testing

/// The scenario's logo as a user meets it: embedded in every HTML agenda
/// `plan` writes, refused when too large or not an image.
@Suite struct ProgrammeCommandTests {
    static let scenario = """
    body: { name: Test Body, short: TB }
    cycle: 3
    chair: BN
    members: [BN, SG]
    horizon: { from: 2023-01-01, to: 2023-12-31 }
    logo: logo.svg
    venues:
      - { id: icc, rooms: 2 }
    meetings:
      - { id: som, kind: som, days: 1, venues: [icc], date: 2023-05-10 }

    """

    static func folder(logo: Data) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("convene-logo-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try scenario.write(to: folder.appendingPathComponent("s.yaml"), atomically: true, encoding: .utf8)
        try logo.write(to: folder.appendingPathComponent("logo.svg"))
        return folder
    }

    @Test func logoIsEmbeddedInEveryHTMLAgenda() throws {
        let svg = Data(#"<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10"/></svg>"#.utf8)
        let folder = try Self.folder(logo: svg)
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try ConveneProcess.run(["plan", "s.yaml", "-o", "out"], in: folder)
        #expect(result.status == 0, "\(result.standardError)")
        for name in ["som.html", "som.ms.html"] {
            let html = try String(contentsOf: folder.appendingPathComponent("out/agendas/\(name)"), encoding: .utf8)
            #expect(html.contains("<img class=\"logo\" src=\"data:image/svg+xml;base64,\(svg.base64EncodedString())\""), "\(name)")
        }
        let exported = try ConveneProcess.run(["export", "agenda", "out/plan.json", "--meeting", "som", "--format", "html"], in: folder)
        #expect(exported.standardOutput.contains("data:image/svg+xml;base64,"))
    }

    @Test func oversizeOrFakeLogoIsRefusedAtItsEntry() throws {
        let big = Data("<svg>".utf8) + Data(repeating: 0x20, count: 300 * 1024)
        let folder = try Self.folder(logo: big)
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try ConveneProcess.run(["plan", "s.yaml", "-o", "out"], in: folder)
        #expect(result.status == 65)
        #expect(result.standardError.contains("s.yaml:6:7: error: the logo is 307205 bytes; the limit is 262144"), "\(result.standardError)")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("out/plan.json").path))
        try Data("GIF89a".utf8).write(to: folder.appendingPathComponent("logo.svg"))
        let fake = try ConveneProcess.run(["plan", "s.yaml", "-o", "out"], in: folder)
        #expect(fake.status == 65)
        #expect(fake.standardError.contains("'logo.svg' is not an SVG image"))
        try FileManager.default.removeItem(at: folder.appendingPathComponent("logo.svg"))
        let missing = try ConveneProcess.run(["plan", "s.yaml", "-o", "out"], in: folder)
        #expect(missing.status == 66)
    }
}
