import Foundation
import Testing

/// Golden files under `Tests/AgendaTests/Snapshots/`, found from this
/// file's place so they can be re-recorded in the source tree. With
/// `RECORD_SNAPSHOTS=1` (or when a file is missing) the actual output is
/// written and the test fails once, so a recording is never mistaken for
/// a pass.
enum Snapshot {
    static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // Support
        .deletingLastPathComponent()  // AgendaTests
        .appendingPathComponent("Snapshots")

    static func expect(_ actual: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let url = folder.appendingPathComponent(name)
        let recording = ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"].map { !$0.isEmpty && $0 != "0" } ?? false
        guard !recording, let expected = try? String(contentsOf: url, encoding: .utf8) else {
            do {
                try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
                try Data(actual.utf8).write(to: url)
                Issue.record("recorded snapshot \(name); review it and run the tests again", sourceLocation: sourceLocation)
            } catch {
                Issue.record("cannot record snapshot \(name): \(error)", sourceLocation: sourceLocation)
            }
            return
        }
        guard expected != actual else { return }
        let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false)
        let line = zip(expectedLines, actualLines).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(expectedLines.count, actualLines.count)
        let want = line < expectedLines.count ? String(expectedLines[line]) : "(end of file)"
        let got = line < actualLines.count ? String(actualLines[line]) : "(end of file)"
        Issue.record("""
            snapshot \(name) differs at line \(line + 1):
              expected: \(want)
              actual:   \(got)
            (re-record with RECORD_SNAPSHOTS=1 swift test --filter AgendaTests)
            """, sourceLocation: sourceLocation)
    }
}
