import Foundation

/// Writes a run's files into its output folder as a whole
/// (Docs/Reliability.md, "The output folder"): the files go to a fresh
/// sibling folder `.<NAME>.convene-<pid>.staging`, every entry of the old
/// folder that the run does not write is carried over (hard links, or a
/// copy where a link cannot be made; links and folders recreated), and the
/// two folders are exchanged in one rename; the old one is then removed.
///
/// Where a sibling cannot be made (the parent is read-only, or the output
/// folder is a mount point), the file system cannot exchange folders, or
/// the folder is the working folder or holds it,
/// the files are staged inside the folder and renamed into place one by
/// one: each file whole, the folder not.
struct FolderStaging<FileSystem: OutputFileSystem> {
    /// What went wrong, and the path to name in the message.
    struct Failure: Error {
        let path: String
        let what: String
        let failure: OutputFileFailure
    }

    let folder: OutputFolder
    let fileSystem: FileSystem

    /// Writes `files` (paths relative to the folder) into the folder.
    func commit(_ files: [(relative: String, data: Data)]) throws(Failure) {
        try checkWay(files.map(\.relative))
        let target = folder.resolved
        let parent = (target as NSString).deletingLastPathComponent
        let sibling = parent + "/" + StagingLeftovers.siblingPrefix(of: target) + "\(getpid()).staging"
        if !folder.inPlace, sameDevice(target, parent), mkdir(sibling, 0o700) == 0 {
            do throws(Failure) {
                try write(files, into: sibling)
                try carryOver(from: target, to: sibling, written: files.map(\.relative))
                var status = stat()
                if stat(target, &status) == 0 { chmod(sibling, status.st_mode & 0o7777) }
            } catch {
                StagingLeftovers.removeTree(sibling)
                throw error
            }
            let code = FolderExchange.exchange(sibling, target)
            if code == 0 {
                // The sibling now holds the old folder.
                StagingLeftovers.removeTree(sibling)
                return
            }
            guard FolderExchange.isUnsupported(code) else {
                StagingLeftovers.removeTree(sibling)
                throw Failure(path: folder.path, what: "folder",
                              failure: .cannotWrite(reason: "cannot swap in the new folder: \(String(cString: strerror(code)))"))
            }
            StagingLeftovers.removeTree(sibling)
        }
        try commitFileByFile(files)
    }

    /// The fallback: staged inside the folder, renamed file by file.
    private func commitFileByFile(_ files: [(relative: String, data: Data)]) throws(Failure) {
        let staging = folder.resolved + "/" + StagingLeftovers.insidePrefix + "\(getpid())"
        StagingLeftovers.removeTree(staging)
        do throws(Failure) {
            try write(files, into: staging)
            for file in files {
                let final = folder.resolved + "/" + file.relative
                let parent = (final as NSString).deletingLastPathComponent
                do throws(OutputFileFailure) {
                    try fileSystem.makeFolder(parent)
                    try fileSystem.replace(final, with: staging + "/" + file.relative)
                } catch {
                    throw Failure(path: display(file.relative), what: "file", failure: error)
                }
            }
        } catch {
            StagingLeftovers.removeTree(staging)
            throw error
        }
        StagingLeftovers.removeTree(staging)
    }

    private func write(_ files: [(relative: String, data: Data)], into staging: String) throws(Failure) {
        for file in files {
            let path = staging + "/" + file.relative
            let parent = (path as NSString).deletingLastPathComponent
            do throws(OutputFileFailure) {
                try fileSystem.makeFolder(parent)
            } catch {
                throw Failure(path: display((file.relative as NSString).deletingLastPathComponent), what: "folder", failure: error)
            }
            do throws(OutputFileFailure) {
                try fileSystem.writeNew(path, file.data)
            } catch {
                throw Failure(path: display(file.relative), what: "file", failure: error)
            }
        }
    }

    /// Refuses, before anything is written, a symbolic link or a file on
    /// the way to a file the run writes (writing through `calendars` linked
    /// elsewhere would put files outside the folder), and a folder where a
    /// file must go.
    private func checkWay(_ relatives: [String]) throws(Failure) {
        var checked = Set<String>()
        for relative in relatives {
            let parts = relative.split(separator: "/").map(String.init)
            var prefix = ""
            for (index, part) in parts.enumerated() {
                prefix = prefix.isEmpty ? part : prefix + "/" + part
                let isLast = index == parts.count - 1
                guard isLast || checked.insert(prefix).inserted else { continue }
                var status = stat()
                guard lstat(folder.resolved + "/" + prefix, &status) == 0 else { break }
                let type = status.st_mode & S_IFMT
                if isLast {
                    if type == S_IFDIR {
                        throw Failure(path: display(prefix), what: "file", failure: .cannotCreate(reason: "a folder of that name is in the way"))
                    }
                } else if type == S_IFLNK {
                    let target = (try? FileManager.default.destinationOfSymbolicLink(atPath: folder.resolved + "/" + prefix)) ?? "?"
                    throw Failure(path: display(prefix), what: "folder", failure: .cannotCreate(
                        reason: "it is a symbolic link (to \(target)); convene never writes through a link in its output folder, "
                            + "so that nothing lands outside it: remove the link or choose another folder"))
                } else if type != S_IFDIR {
                    throw Failure(path: display(prefix), what: "folder", failure: .cannotCreate(reason: "a file of that name is in the way"))
                }
            }
        }
    }

    /// Recreates in `staging` every entry of `old` the run does not write.
    private func carryOver(from old: String, to staging: String, written: [String]) throws(Failure) {
        let files = Set(written)
        var stack = [""]
        while let relative = stack.popLast() {
            let source = relative.isEmpty ? old : old + "/" + relative
            let names = (try? FileManager.default.contentsOfDirectory(atPath: source)) ?? []
            for name in names.sorted() {
                let path = relative.isEmpty ? name : relative + "/" + name
                if files.contains(path) || StagingLeftovers.isLeftover(name) { continue }
                let from = old + "/" + path, to = staging + "/" + path
                var status = stat()
                guard lstat(from, &status) == 0 else { continue }
                let mode = status.st_mode & 0o7777
                switch status.st_mode & S_IFMT {
                case S_IFDIR:
                    if mkdir(to, mode) != 0, errno != EEXIST { throw carryFailure(path) }
                    chmod(to, mode)
                    stack.append(path)
                case S_IFREG:
                    if link(from, to) != 0 {
                        do { try FileManager.default.copyItem(atPath: from, toPath: to) } catch { throw carryFailure(path) }
                    }
                case S_IFLNK:
                    guard let target = try? FileManager.default.destinationOfSymbolicLink(atPath: from),
                          symlink(target, to) == 0 else { throw carryFailure(path) }
                default:
                    throw Failure(path: display(path), what: "folder", failure: .cannotCreate(
                        reason: "a FIFO, socket or device in the output folder cannot be carried over to the new one; move it away"))
                }
            }
        }
    }

    private func carryFailure(_ relative: String) -> Failure {
        Failure(path: display(relative), what: "file",
                failure: .cannotCreate(reason: "cannot carry it over to the new folder: \(String(cString: strerror(errno)))"))
    }

    private func display(_ relative: String) -> String {
        relative.isEmpty ? folder.path : (folder.path.hasSuffix("/") ? folder.path : folder.path + "/") + relative
    }

    private func sameDevice(_ first: String, _ second: String) -> Bool {
        var a = stat(), b = stat()
        return stat(first, &a) == 0 && stat(second, &b) == 0 && a.st_dev == b.st_dev
    }
}
