import Foundation

/// Prints an HTML page to PDF with headless Chromium (`--print-to-pdf`),
/// which honours the page's CSS paged media: A4, margins, the running
/// header with the title and the page number. Chromium is looked for on
/// PATH as `chromium`, `chromium-browser`, `google-chrome` or
/// `google-chrome-stable`, or given by `CONVENE_CHROMIUM`.
enum HeadlessChromium {
    static let names = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"]

    /// The browser to run, or nil when none is installed.
    static func executable(environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        if let given = environment["CONVENE_CHROMIUM"], !given.isEmpty {
            return FileManager.default.isExecutableFile(atPath: given) ? given : nil
        }
        let folders = (environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":").map(String.init)
        for name in names {
            for folder in folders {
                let path = (folder as NSString).appendingPathComponent(name)
                if FileManager.default.isExecutableFile(atPath: path) { return path }
            }
        }
        return nil
    }

    enum Failure: Error, CustomStringConvertible {
        case notInstalled
        case failed(status: Int32, detail: String)

        var description: String {
            switch self {
            case .notInstalled:
                "PDF needs headless Chromium, which is not installed (Debian: apt-get install chromium; or set "
                    + "CONVENE_CHROMIUM to the browser); --format html writes a page any browser prints the same way"
            case .failed(let status, let detail):
                "headless Chromium could not print the page (exit status \(status))\(detail.isEmpty ? "" : ": " + detail)"
            }
        }
    }

    /// The PDF of `html`. The page is written to a private temporary
    /// folder, printed there, read back and the folder removed.
    static func pdf(html: String) throws(Failure) -> Data {
        guard let browser = executable() else { throw .notInstalled }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("convene-pdf-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let page = folder.appendingPathComponent("agenda.html"), output = folder.appendingPathComponent("agenda.pdf")
        let process = Process()
        let errors = Pipe()
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try Data(html.utf8).write(to: page)
            process.executableURL = URL(fileURLWithPath: browser)
            // No sandbox: it cannot start as root in a container; the page is
            // our own and fetches nothing. No header or footer of the
            // browser's own: the page prints its own.
            process.arguments = ["--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                                 "--user-data-dir=" + folder.appendingPathComponent("profile").path,
                                 "--print-to-pdf=" + output.path, page.absoluteString]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = errors
            try process.run()
        } catch {
            throw .failed(status: -1, detail: "\(error)")
        }
        let detail = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0, let data = try? Data(contentsOf: output), data.starts(with: Array("%PDF".utf8)) else {
            let last = detail.split(separator: "\n").last.map(String.init) ?? ""
            throw .failed(status: process.terminationStatus, detail: last)
        }
        return data
    }
}
