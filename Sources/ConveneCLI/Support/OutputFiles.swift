import ArgumentParser
import Foundation

/// Writes a run's output files whole or not at all: each goes to a
/// temporary file in its own folder, and only when every one is written
/// are they renamed into place. A failure removes the temporaries and
/// leaves earlier outputs as they were; files in the folders that the run
/// does not write are never touched.
struct OutputFiles {
    private var pending: [(path: String, data: Data)] = []

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
    func commit(to fileSystem: some OutputFileSystem) throws {
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
        for file in pending {
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
            // Listed before writing, so a file that fails half written is removed too.
            written.append((temporary, file.path))
            do throws(OutputFileFailure) {
                try fileSystem.writeNew(temporary, file.data)
            } catch {
                throw fail(file.path, "file", error)
            }
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
}
