import Foundation
import Scenarios

/// Reads the scenario's logo (`logo:`, relative to the scenario's folder)
/// and turns it into the `data:` URI every HTML agenda embeds, so a page
/// stays one self-contained file. An SVG shown through `<img>` runs no
/// script. A missing file exits 66, one too large or not an SVG or PNG 65,
/// each naming the scenario's `logo:` entry.
enum LogoInput {
    static func dataURI(for scenario: Scenario) throws -> String? {
        guard let logo = scenario.programme.logo else { return nil }
        let file = ImportedCalendars.resolve(logo.path, in: (scenario.file as NSString).deletingLastPathComponent)
        guard let data = FileManager.default.contents(atPath: file) else {
            Console.error("\(logo.location): error: no logo file '\(logo.path)' (looked for \(file))")
            throw ExitStatus.noInput
        }
        guard data.count <= Programme.maximumLogoBytes else {
            Console.error("\(logo.location): error: the logo is \(data.count) bytes; the limit is \(Programme.maximumLogoBytes) "
                + "(it is embedded in every agenda page)")
            throw ExitStatus.dataError
        }
        let isImage: Bool = switch logo.type {
        case .png: data.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        case .svg: String(decoding: data.prefix(4096), as: UTF8.self).contains("<svg")
        }
        guard isImage else {
            Console.error("\(logo.location): error: '\(logo.path)' is not \(logo.type == .png ? "a PNG" : "an SVG") image")
            throw ExitStatus.dataError
        }
        return "data:\(logo.type.mediaType);base64,\(data.base64EncodedString())"
    }
}
