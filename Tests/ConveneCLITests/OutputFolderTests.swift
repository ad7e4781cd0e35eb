import ArgumentParser
import ConveneTestSupport
import Foundation
import Testing
@testable import ConveneCLI

/// The output folder as a whole (Docs/Reliability.md, "The output
/// folder"): refused when it must never be replaced, never written through
/// a link, one run at a time, swapped in whole, leftovers of killed runs
/// removed.
@Suite struct OutputFolderTests {
    func withScratch(_ body: (URL) throws -> Void) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("convene-folder-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try body(folder)
    }

    /// Every file and link under `folder`, relative to it, sorted; hidden ones too.
    func entries(under folder: URL) -> [String] {
        ((FileManager.default.enumerator(atPath: folder.path)?.allObjects as? [String]) ?? []).sorted()
    }

    func contents(under folder: URL) throws -> [String: Data] {
        var result: [String: Data] = [:]
        for path in entries(under: folder) {
            var isDirectory: ObjCBool = false
            let url = folder.appendingPathComponent(path)
            if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue {
                result[path] = try Data(contentsOf: url)
            }
        }
        return result
    }

    // MARK: Folders that must never be replaced

    @Test(arguments: ["", "/", "//", "/..", "/tmp", "/etc/", "/tmp/../usr"])
    func anUnreasonableOutputFolderIsAUsageError(output: String) throws {
        do {
            _ = try ConveneCommand.parseAsRoot(["plan", "Scenarios/accsm-22-brunei.yaml", "-o", output])
            Issue.record("'-o \(output)' was accepted")
        } catch {
            #expect(ConveneCommand.exitCode(for: error).rawValue == 64)
            #expect(ConveneCommand.message(for: error).contains("will not write to the output folder"))
        }
    }

    @Test func theHomeFolderIsRefusedAndTheWorkingFolderIsWrittenInPlace() throws {
        let home = ProcessInfo.processInfo.environment["HOME"] ?? "/root"
        #expect(OutputFolderPolicy.refusal(for: home) != nil)
        #expect(OutputFolderPolicy.refusal(for: "out/accsm") == nil)
        #expect(OutputFolderPolicy.refusal(for: ".") == nil)
        #expect(OutputFolderPolicy.holdsTheWorkingFolder(OutputFolderPolicy.absolute(".")))
        #expect(OutputFolderPolicy.holdsTheWorkingFolder(OutputFolderPolicy.absolute("..")))
        #expect(!OutputFolderPolicy.holdsTheWorkingFolder(OutputFolderPolicy.absolute("out/accsm")))
    }

    @Test func theWorkingFolderKeepsItsIdentity() throws {
        try withScratch { folder in
            try ScenarioFixtures.minimal.write(to: folder.appendingPathComponent("s.yaml"), atomically: true, encoding: .utf8)
            var before = stat(), after = stat()
            stat(folder.path, &before)
            let result = try ConveneProcess.run(["plan", "s.yaml", "-o", "."], in: folder)
            #expect(result.status == 0, "\(result.standardError)")
            stat(folder.path, &after)
            #expect(before.st_ino == after.st_ino)
            #expect(entries(under: folder).contains("plan.json"))
            #expect(entries(under: folder).allSatisfy { !$0.contains(".convene-") })
        }
    }

    @Test func anEmptyOutputFileIsAUsageError() throws {
        for arguments in [["generate", "asean", "--year", "2024", "-o", ""], ["export", "ics", "plan.json", "-o", ""]] {
            do {
                _ = try ConveneCommand.parseAsRoot(arguments)
                Issue.record("\(arguments) was accepted")
            } catch {
                #expect(ConveneCommand.exitCode(for: error).rawValue == 64)
            }
        }
    }

    @Test func anEmptyOutputFolderWritesNothing() throws {
        try withScratch { folder in
            try ScenarioFixtures.minimal.write(to: folder.appendingPathComponent("s.yaml"), atomically: true, encoding: .utf8)
            let result = try ConveneProcess.run(["plan", "s.yaml", "-o", ""], in: folder)
            #expect(result.status == 64)
            #expect(result.standardError.contains("will not write to the output folder '': the path is empty"))
            #expect(entries(under: folder) == ["s.yaml"])
        }
    }

    // MARK: Links

    @Test(arguments: ["calendars", "agendas"])
    func aLinkInTheOutputFolderIsNeverWrittenThrough(name: String) throws {
        try withScratch { folder in
            try ScenarioFixtures.minimal.write(to: folder.appendingPathComponent("s.yaml"), atomically: true, encoding: .utf8)
            #expect(try ConveneProcess.run(["plan", "s.yaml", "-o", "out"], in: folder).status == 0)
            let before = try contents(under: folder.appendingPathComponent("out"))
            let elsewhere = folder.appendingPathComponent("elsewhere")
            try FileManager.default.createDirectory(at: elsewhere, withIntermediateDirectories: true)
            let link = folder.appendingPathComponent("out/\(name)")
            try FileManager.default.removeItem(at: link)
            try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: elsewhere.path)

            let result = try ConveneProcess.run(["plan", "s.yaml", "-o", "out"], in: folder)
            #expect(result.status == 73)
            #expect(result.standardError.contains("out/\(name): error: cannot create the folder: it is a symbolic link (to \(elsewhere.path))"))
            #expect(entries(under: elsewhere).isEmpty)
            var after = try contents(under: folder.appendingPathComponent("out"))
            after = after.filter { !$0.key.hasPrefix(name + "/") }
            #expect(after == before.filter { !$0.key.hasPrefix(name + "/") })
            #expect(entries(under: folder).allSatisfy { !$0.contains(".convene-") })
        }
    }

    @Test func anOutputFolderThatIsItselfALinkIsWrittenWhereItPoints() throws {
        try withScratch { folder in
            try ScenarioFixtures.minimal.write(to: folder.appendingPathComponent("s.yaml"), atomically: true, encoding: .utf8)
            let real = folder.appendingPathComponent("real")
            try FileManager.default.createDirectory(at: real, withIntermediateDirectories: true)
            try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("out").path, withDestinationPath: "real")
            let result = try ConveneProcess.run(["plan", "s.yaml", "-o", "out"], in: folder)
            #expect(result.status == 0, "\(result.standardError)")
            #expect(FileManager.default.fileExists(atPath: real.appendingPathComponent("plan.json").path))
            #expect(try FileManager.default.destinationOfSymbolicLink(atPath: folder.appendingPathComponent("out").path) == "real")
        }
    }

    // MARK: One run at a time

    @Test func aSecondRunIntoAHeldFolderSaysWhyItDidNotWrite() throws {
        try withScratch { folder in
            try ScenarioFixtures.minimal.write(to: folder.appendingPathComponent("s.yaml"), atomically: true, encoding: .utf8)
            #expect(try ConveneProcess.run(["plan", "s.yaml", "-o", "out", "--seed", "1"], in: folder).status == 0)
            let before = try contents(under: folder.appendingPathComponent("out"))
            // Another run holding the folder, as `plan` holds it.
            let descriptor = open(folder.appendingPathComponent("out").path, O_RDONLY | O_DIRECTORY)
            #expect(flock(descriptor, LOCK_EX) == 0)
            let refused = try ConveneProcess.run(["plan", "s.yaml", "-o", "out", "--seed", "2"], in: folder)
            close(descriptor)
            #expect(refused.status == 73)
            #expect(refused.standardError.contains("out: error: another convene run is writing this folder; nothing was written"))
            #expect(try contents(under: folder.appendingPathComponent("out")) == before)
            #expect(try ConveneProcess.run(["plan", "s.yaml", "-o", "out", "--seed", "2"], in: folder).status == 0)
        }
    }

    @Test func twoConcurrentRunsLeaveOneRunsWholeOutput() throws {
        try withScratch { folder in
            // Two scenarios that give different plans, each planned alone for reference.
            let other = ScenarioFixtures.minimal.replacingOccurrences(of: "2023-05-01..2023-05-31", with: "2023-06-01..2023-06-30")
            try ScenarioFixtures.minimal.write(to: folder.appendingPathComponent("a.yaml"), atomically: true, encoding: .utf8)
            try other.write(to: folder.appendingPathComponent("b.yaml"), atomically: true, encoding: .utf8)
            let environment = ["SOURCE_DATE_EPOCH": "0"]
            #expect(try ConveneProcess.run(["plan", "a.yaml", "-o", "ref/a", "--max-iterations", "1000"], in: folder, environment: environment).status == 0)
            #expect(try ConveneProcess.run(["plan", "b.yaml", "-o", "ref/b", "--max-iterations", "1000"], in: folder, environment: environment).status == 0)
            let references = try [contents(under: folder.appendingPathComponent("ref/a")), contents(under: folder.appendingPathComponent("ref/b"))]
            #expect(references[0] != references[1])
            for round in 0..<4 {
                let out = "out\(round)"
                // One slot per run, each written by its own thread only.
                let results = UnsafeMutableBufferPointer<ConveneProcess.Result?>.allocate(capacity: 2)
                results.initialize(repeating: nil)
                defer { results.deallocate() }
                nonisolated(unsafe) let slots = results
                DispatchQueue.concurrentPerform(iterations: 2) { index in
                    slots[index] = try? ConveneProcess.run(["plan", index == 0 ? "a.yaml" : "b.yaml", "-o", out, "--max-iterations", "1000"],
                                                           in: folder, environment: environment)
                }
                let finished = results.compactMap { $0 }
                #expect(finished.count == 2)
                #expect(finished.contains { $0.status == 0 })
                for result in finished where result.status != 0 {
                    #expect(result.status == 73)
                    #expect(result.standardError.contains("another convene run is writing this folder; nothing was written"))
                }
                let written = try contents(under: folder.appendingPathComponent(out))
                #expect(references.contains(written), "round \(round): the folder is not one run's whole output")
            }
            #expect(entries(under: folder).allSatisfy { !$0.contains(".convene-") && !$0.hasSuffix(".tmp") })
        }
    }

    // MARK: Leftovers of killed runs

    @Test func leftoversOfKilledRunsAreRemovedByTheNextRun() throws {
        try withScratch { folder in
            try ScenarioFixtures.minimal.write(to: folder.appendingPathComponent("s.yaml"), atomically: true, encoding: .utf8)
            #expect(try ConveneProcess.run(["plan", "s.yaml", "-o", "out"], in: folder).status == 0)
            let manager = FileManager.default
            try manager.createDirectory(at: folder.appendingPathComponent(".out.convene-999999.staging/agendas"), withIntermediateDirectories: true)
            try "half".write(to: folder.appendingPathComponent(".out.convene-999999.staging/plan.json"), atomically: true, encoding: .utf8)
            try "half".write(to: folder.appendingPathComponent("out/.plan.json.999999.tmp"), atomically: true, encoding: .utf8)
            try "half".write(to: folder.appendingPathComponent("out/calendars/.BN.ics.999999.tmp"), atomically: true, encoding: .utf8)
            try manager.createDirectory(at: folder.appendingPathComponent("out/.convene-staging.999999"), withIntermediateDirectories: true)
            try "mine".write(to: folder.appendingPathComponent("out/notes.txt"), atomically: true, encoding: .utf8)

            let result = try ConveneProcess.run(["plan", "s.yaml", "-o", "out"], in: folder)
            #expect(result.status == 0, "\(result.standardError)")
            let left = entries(under: folder)
            #expect(left.allSatisfy { !$0.contains(".convene-") && !$0.hasSuffix(".tmp") }, "\(left)")
            #expect(left.contains("out/notes.txt"))
        }
    }

    // MARK: Staging

    @Test func aWriteThatFailsWhileStagingLeavesTheOldFolderWholeAndNoLeftovers() throws {
        try withScratch { scratch in
            let out = scratch.appendingPathComponent("out")
            let claimed = try OutputFolder.claim(out.path)
            var first = OutputFiles(folder: claimed)
            first.add(out.path + "/plan.json", "old plan")
            first.add(out.path + "/agendas/som.md", "old agenda")
            try first.commit()
            let before = try contents(under: out)

            var second = OutputFiles(folder: claimed)
            second.add(out.path + "/plan.json", "new plan")
            second.add(out.path + "/agendas/som.md", "new agenda")
            do {
                try second.commit(to: OutputFilesTests.FullDisk(failingWrite: 2))
                Issue.record("expected a failure")
            } catch {
                #expect((error as? ExitCode)?.rawValue == 74)
            }
            #expect(try contents(under: out) == before)
            #expect(entries(under: scratch).sorted() == ["out", "out/agendas", "out/agendas/som.md", "out/plan.json"])
        }
    }

    @Test func theFolderIsSwappedInOneStep() throws {
        try withScratch { scratch in
            let out = scratch.appendingPathComponent("out")
            let claimed = try OutputFolder.claim(out.path)
            var first = OutputFiles(folder: claimed)
            first.add(out.path + "/plan.json", "old plan")
            try first.commit()
            var inode = stat()
            stat(out.path, &inode)
            let oldInode = inode.st_ino
            var second = OutputFiles(folder: claimed)
            second.add(out.path + "/plan.json", "new plan")
            try second.commit()
            stat(out.path, &inode)
            // A new folder took the old one's place: nobody saw a half-replaced one.
            #expect(inode.st_ino != oldInode)
            #expect(try String(contentsOf: out.appendingPathComponent("plan.json"), encoding: .utf8) == "new plan")
        }
    }
}
