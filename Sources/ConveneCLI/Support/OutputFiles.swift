import ArgumentParser
import Foundation

/// Writes a run's output files whole or not at all: each goes to a
/// temporary file in its own folder, and only when every one is written
/// are they renamed into place. A failure removes the temporaries and
/// leaves earlier outputs as they were.
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
        let manager = FileManager.default
        var written: [(temporary: String, final: String)] = []
        func rollback() {
            for file in written { try? manager.removeItem(atPath: file.temporary) }
        }
        for file in pending {
            let folder = (file.path as NSString).deletingLastPathComponent
            if !folder.isEmpty {
                do {
                    try manager.createDirectory(atPath: folder, withIntermediateDirectories: true)
                } catch {
                    rollback()
                    Console.error("\(folder): error: cannot create the folder: \(Self.reason(error))")
                    throw ExitStatus.cannotCreate
                }
            }
            let name = (file.path as NSString).lastPathComponent
            let temporary = (folder.isEmpty ? "." : folder) + "/.\(name).\(ProcessInfo.processInfo.processIdentifier).tmp"
            guard manager.createFile(atPath: temporary, contents: nil) else {
                rollback()
                Console.error("\(file.path): error: cannot create the file (is the folder writable?)")
                throw ExitStatus.cannotCreate
            }
            written.append((temporary, file.path))
            do {
                let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: temporary))
                // No fsync: the rename gives whole-or-nothing against a failed
                // or interrupted run; flushing thousands of agenda files to
                // disk one by one would cost seconds for no gain there.
                try handle.write(contentsOf: file.data)
                try handle.close()
            } catch {
                rollback()
                Console.error("\(file.path): error: cannot write: \(Self.reason(error))")
                throw ExitStatus.ioError
            }
        }
        for file in written where rename(file.temporary, file.final) != 0 {
            rollback()
            Console.error("\(file.final): error: cannot put the file in place: \(String(cString: strerror(errno)))")
            throw ExitStatus.ioError
        }
    }

    private static func reason(_ error: Error) -> String {
        (error as NSError).localizedFailureReason ?? (error as NSError).localizedDescription
    }
}
