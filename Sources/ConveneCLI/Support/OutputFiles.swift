import ArgumentParser
import Foundation

/// Writes a run's output files whole or not at all. Files inside the
/// run's claimed output folder (`folder`) are staged and swapped in with
/// the folder as a whole (`FolderStaging`); any other file goes to a
/// temporary file in its own folder, renamed into place when everything is
/// written. A failure removes the temporaries and leaves earlier outputs
/// as they were; files the run does not write are kept.
struct OutputFiles {
    private var pending: [(path: String, data: Data)] = []
    /// The claimed output folder, if the command has one.
    var folder: OutputFolder?

    init(folder: OutputFolder? = nil) {
        self.folder = folder
    }

    /// Queues `data` for `path`.
    mutating func add(_ path: String, _ data: Data) {
        pending.append((path, data))
    }

    mutating func add(_ path: String, _ text: String) {
        add(path, Data(text.utf8))
    }

    var paths: [String] { pending.map(\.path) }

    /// Writes everything; exits 73 when a folder or file cannot be
    /// created, 74 when writing fails part way.
    func commit() throws {
        try commit(to: LocalFileSystem())
    }

    /// `commit()` on `fileSystem`, the seam tests use to fail a write.
    func commit<FS: OutputFileSystem>(to fileSystem: FS) throws {
        var written: [(temporary: String, final: String)] = []
        func fail(_ path: String, _ what: String, _ failure: OutputFileFailure) -> ExitCode {
            for file in written { fileSystem.remove(file.temporary) }
            switch failure {
            case .cannotCreate(let reason):
                Console.error("\(path): error: cannot create the \(what): \(reason)")
                return ExitStatus.cannotCreate
            case .cannotWrite(let reason):
                Console.error("\(path): error: cannot write the \(what): \(reason)")
                return ExitStatus.ioError
            }
        }
        var inside: [(relative: String, data: Data)] = []
        var loose: [(path: String, data: Data)] = []
        for file in pending {
            if let relative = self.folder?.relativePath(of: file.path) {
                inside.append((relative, file.data))
            } else {
                loose.append(file)
            }
        }
        for file in loose {
            let folder = (file.path as NSString).deletingLastPathComponent
            if !folder.isEmpty {
                do throws(OutputFileFailure) {
                    try fileSystem.makeFolder(folder)
                } catch {
                    throw fail(folder, "folder", error)
                }
            }
            // Found now, before any file is renamed into place, rather than
            // when the rename fails with some outputs already replaced.
            if fileSystem.isFolder(file.path) {
                throw fail(file.path, "file", .cannotCreate(reason: "a folder of that name is in the way"))
            }
            let name = (file.path as NSString).lastPathComponent
            let temporary = (folder.isEmpty ? "." : folder) + "/.\(name).\(ProcessInfo.processInfo.processIdentifier).tmp"
            Self.removeDeadTemporaries(of: name, in: folder.isEmpty ? "." : folder)
            // Listed before writing, so a file that fails half written is removed too.
            written.append((temporary, file.path))
            do throws(OutputFileFailure) {
                try fileSystem.writeNew(temporary, file.data)
            } catch {
                throw fail(file.path, "file", error)
            }
        }
        if let outputFolder = self.folder, !inside.isEmpty {
            do throws(FolderStaging<FS>.Failure) {
                try FolderStaging(folder: outputFolder, fileSystem: fileSystem).commit(inside)
            } catch {
                throw fail(error.path, error.what, error.failure)
            }
            outputFolder.markCommitted()
        }
        for (index, file) in written.enumerated() {
            do throws(OutputFileFailure) {
                try fileSystem.replace(file.final, with: file.temporary)
            } catch {
                // The files renamed before this one are already in place;
                // only the rest can still be withdrawn.
                written.removeFirst(index)
                throw fail(file.final, "file", error)
            }
        }
    }

    /// Removes `.NAME.PID.tmp` files beside `name` left by runs that were
    /// killed (their process is gone); a live run's temporary is kept.
    private static func removeDeadTemporaries(of name: String, in folder: String) {
        let prefix = ".\(name)."
        for entry in (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        where entry.hasPrefix(prefix) && entry.hasSuffix(".tmp") {
            let middle = entry.dropFirst(prefix.count).dropLast(4)
            guard let pid = Int32(middle), pid > 0 else { continue }
            if kill(pid, 0) != 0, errno == ESRCH { unlink(folder + "/" + entry) }
        }
    }
}
