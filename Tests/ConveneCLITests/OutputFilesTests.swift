import ArgumentParser
import Foundation
import Testing
@testable import ConveneCLI

/// `OutputFiles` against a file system that fails part way: the disk fills
/// in the middle of the second file. Earlier outputs stay as they were and
/// no temporary file is left behind.
@Suite struct OutputFilesTests {
    /// The real file system, except that write number `failingWrite` (from
    /// 1) writes half its bytes and then fails as a full disk would.
    final class FullDisk: OutputFileSystem {
        let real = LocalFileSystem()
        let failingWrite: Int
        private(set) var writes = 0

        init(failingWrite: Int) { self.failingWrite = failingWrite }

        func makeFolder(_ path: String) throws(OutputFileFailure) { try real.makeFolder(path) }
        func writeNew(_ path: String, _ data: Data) throws(OutputFileFailure) {
            writes += 1
            guard writes == failingWrite else { return try real.writeNew(path, data) }
            try real.writeNew(path, data.prefix(data.count / 2))
            throw .cannotWrite(reason: "No space left on device")
        }
        func replace(_ destination: String, with source: String) throws(OutputFileFailure) { try real.replace(destination, with: source) }
        func isFolder(_ path: String) -> Bool { real.isFolder(path) }
        func remove(_ path: String) { real.remove(path) }
    }

    func withFolder(_ body: (URL) throws -> Void) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("convene-output-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try body(folder)
    }

    @Test func aWriteThatFailsPartWayLeavesTheOldFilesIntact() throws {
        try withFolder { folder in
            let plan = folder.appendingPathComponent("plan.json").path
            let agenda = folder.appendingPathComponent("agendas/som.md").path
            var first = OutputFiles()
            first.add(plan, "old plan")
            first.add(agenda, "old agenda")
            try first.commit()

            var second = OutputFiles()
            second.add(plan, String(repeating: "new plan ", count: 1_000))
            second.add(agenda, String(repeating: "new agenda ", count: 1_000))
            do {
                try second.commit(to: FullDisk(failingWrite: 2))
                Issue.record("expected a failure")
            } catch {
                #expect((error as? ExitCode)?.rawValue == 74)
            }
            #expect(try String(contentsOfFile: plan, encoding: .utf8) == "old plan")
            #expect(try String(contentsOfFile: agenda, encoding: .utf8) == "old agenda")
            let left = (FileManager.default.enumerator(atPath: folder.path)?.allObjects as? [String]) ?? []
            #expect(left.sorted() == ["agendas", "agendas/som.md", "plan.json"])
        }
    }

    @Test func aFileThatCannotBeCreatedExits73AndLeavesNothing() throws {
        try withFolder { folder in
            let blocker = folder.appendingPathComponent("blocker").path
            try "x".write(toFile: blocker, atomically: true, encoding: .utf8)
            var files = OutputFiles()
            files.add(folder.appendingPathComponent("a.txt").path, "a")
            files.add(blocker + "/b.txt", "b")
            do {
                try files.commit()
                Issue.record("expected a failure")
            } catch {
                #expect((error as? ExitCode)?.rawValue == 73)
            }
            #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["blocker"])
        }
    }
}

/// The last guard between data and a file name.
@Suite struct SafeFileNameTests {
    @Test(arguments: ["som", "plus-three-som", "ACCSM_22", "a", String(repeating: "x", count: 64)])
    func identifiersAreSafe(name: String) {
        #expect(SafeFileName.isSafe(name))
    }

    @Test(arguments: ["", "..", ".", "../x", "/etc/x", "a/b", "-rf", "_x", "a b", "é", "a\u{1B}b", "a\r\nb", "a\u{0}b", "som.md",
                      String(repeating: "x", count: 65)])
    func anythingElseIsNot(name: String) {
        #expect(!SafeFileName.isSafe(name))
    }
}
