import ArgumentParser
import Foundation

/// A run's output folder, claimed for the run and replaced as a whole
/// (Docs/Reliability.md, "The output folder").
///
/// `claim` refuses a folder that must never be replaced (`/`, the home
/// folder, the working folder or one holding it, one holding an input),
/// creates the folder when it is missing, takes an advisory lock on it
/// (`flock`) for the rest of the run, and removes what killed runs left
/// beside it. `OutputFiles` then stages the run's files in a sibling
/// folder, carries over every file the run does not write, and swaps the
/// two folders in one `renameat2(RENAME_EXCHANGE)`: a reader, a second run
/// or a kill at any moment sees the whole old folder or the whole new one.
final class OutputFolder {
    /// The folder as the user named it, for messages and `WrittenFiles`.
    let path: String
    /// Its absolute path with symbolic links resolved: what is swapped.
    let resolved: String
    /// The open folder whose `flock` is held for the run.
    private let descriptor: Int32
    /// Whether this run made the folder; an empty one is removed again
    /// when the run writes nothing (an infeasible plan, bad input).
    private let created: Bool
    private(set) var committed = false
    /// The working folder or one holding it: written file by file in
    /// place, never swapped (`OutputFolderPolicy`).
    var inPlace: Bool { OutputFolderPolicy.holdsTheWorkingFolder(resolved) }

    private init(path: String, resolved: String, descriptor: Int32, created: Bool) {
        self.path = path
        self.resolved = resolved
        self.descriptor = descriptor
        self.created = created
    }

    deinit {
        if created, !committed { rmdir(resolved) }
        close(descriptor)
    }

    /// Claims `path` for this run: exit 64 for a folder that must not be
    /// replaced, 73 when it cannot be made or another run holds it.
    static func claim(_ path: String) throws -> OutputFolder {
        if let reason = OutputFolderPolicy.refusal(for: path) {
            Console.error("error: will not write to the output folder '\(path)': \(reason)")
            throw ExitStatus.usage
        }
        let absolute = OutputFolderPolicy.absolute(path)
        for _ in 0..<100 {
            var created = false
            var status = stat()
            if lstat(absolute, &status) != 0 {
                let parent = (absolute as NSString).deletingLastPathComponent
                do {
                    try FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: true)
                } catch {
                    Console.error("\(path): error: cannot create the folder: \(Self.reason(error))")
                    throw ExitStatus.cannotCreate
                }
                if mkdir(absolute, 0o777) == 0 {
                    created = true
                } else if errno != EEXIST {
                    Console.error("\(path): error: cannot create the folder: \(String(cString: strerror(errno)))")
                    throw ExitStatus.cannotCreate
                }
            }
            guard let resolved = realpathString(absolute) else { continue }
            // The user may name a link to a folder; links further in are refused when written through.
            if let reason = OutputFolderPolicy.refusal(for: resolved), resolved != absolute {
                Console.error("error: will not write to the output folder '\(path)' (a link to \(resolved)): \(reason)")
                throw ExitStatus.usage
            }
            let descriptor = open(resolved, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
            guard descriptor >= 0 else {
                let failure = errno
                if failure == ENOENT { continue }
                Console.error("\(path): error: cannot open the output folder: "
                    + (failure == ENOTDIR ? "a file of that name is in the way" : String(cString: strerror(failure))))
                throw ExitStatus.cannotCreate
            }
            if flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
                close(descriptor)
                Console.error("\(path): error: another convene run is writing this folder; nothing was written "
                    + "(run again when it has finished)")
                throw ExitStatus.cannotCreate
            }
            // A run that swapped the folder while this one waited leaves the
            // lock on the folder it replaced: claim the folder now at the path.
            var held = stat(), current = stat()
            guard fstat(descriptor, &held) == 0, stat(resolved, &current) == 0,
                  held.st_dev == current.st_dev, held.st_ino == current.st_ino else {
                close(descriptor)
                continue
            }
            let folder = OutputFolder(path: path, resolved: resolved, descriptor: descriptor, created: created)
            StagingLeftovers.removeStale(besides: resolved)
            return folder
        }
        Console.error("\(path): error: the output folder keeps changing under this run; nothing was written")
        throw ExitStatus.cannotCreate
    }

    /// Whether `file` (as the command built it) lies inside the folder,
    /// and its path relative to it.
    func relativePath(of file: String) -> String? {
        let prefix = OutputFolderPolicy.absolute(path) + "/"
        let absolute = OutputFolderPolicy.absolute(file)
        guard absolute.hasPrefix(prefix), absolute.count > prefix.count else { return nil }
        return String(absolute.dropFirst(prefix.count))
    }

    /// Records that the run's files are in place.
    func markCommitted() { committed = true }

    private static func reason(_ error: Error) -> String {
        (error as NSError).localizedFailureReason ?? (error as NSError).localizedDescription
    }
}

/// `realpath(3)` as a String; nil when the path does not exist.
func realpathString(_ path: String) -> String? {
    guard let pointer = realpath(path, nil) else { return nil }
    defer { free(pointer) }
    return String(cString: pointer)
}
