import Foundation

/// Which folders a run may use as its output folder. The folder is
/// replaced as a whole (`OutputFolder`), so it must be a folder of its
/// own: never the file system's root, a top-level folder such as `/tmp` or
/// `/etc`, or the home folder or one holding it. `-o ""` used to write
/// into `/`. The working folder (or one holding it) may be named, but is
/// written file by file in place rather than swapped, so that the shell
/// the user ran Convene from is not left in a removed folder.
enum OutputFolderPolicy {
    /// Why `path` must not be the output folder, or nil when it may.
    /// Judged on the path as written and, where it exists, with links
    /// resolved.
    static func refusal(for path: String) -> String? {
        if path.isEmpty { return "the path is empty" }
        if path.utf8.contains(0) { return "the path contains a NUL character" }
        let full = absolute(path)
        for candidate in Set([full, resolvedAsFarAsItExists(full)]) {
            if candidate == "/" { return "it is the root of the file system" }
            if !candidate.dropFirst().contains("/") {
                return "it is a top-level folder of the system; name a folder of its own, such as out/plan"
            }
            if let home = ProcessInfo.processInfo.environment["HOME"].map(absolute), home != "/",
               contains(candidate, home) || contains(candidate, resolvedAsFarAsItExists(home)) {
                return "it is or holds your home folder; name a folder of its own, such as out/plan"
            }
        }
        return nil
    }

    /// Whether the folder at `resolved` is the working folder or holds it:
    /// written in place, not swapped.
    static func holdsTheWorkingFolder(_ resolved: String) -> Bool {
        let working = FileManager.default.currentDirectoryPath
        return contains(resolved, working) || contains(resolved, resolvedAsFarAsItExists(working))
    }

    /// `path` made absolute against the working folder, with `.`, `..`
    /// and repeated slashes removed (lexically: links are not followed).
    static func absolute(_ path: String) -> String {
        let joined = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        var parts: [Substring] = []
        for part in joined.split(separator: "/", omittingEmptySubsequences: true) {
            switch part {
            case ".": continue
            case "..": if !parts.isEmpty { parts.removeLast() }
            default: parts.append(part)
            }
        }
        return "/" + parts.joined(separator: "/")
    }

    /// Whether `folder` is `path` or one of its ancestors.
    static func contains(_ folder: String, _ path: String) -> Bool {
        folder == path || folder == "/" || path.hasPrefix(folder + "/")
    }

    /// The longest existing ancestor of `path` with links resolved, and
    /// the rest as written.
    private static func resolvedAsFarAsItExists(_ path: String) -> String {
        var head = path
        var tail: [String] = []
        while head != "/" {
            if let real = realpathString(head) {
                return ([real == "/" ? "" : real] + tail.reversed()).joined(separator: "/")
            }
            tail.append((head as NSString).lastPathComponent)
            head = (head as NSString).deletingLastPathComponent
        }
        return path
    }
}

extension OutputFolderPolicy {
    /// Why `path` cannot be an output file (`-o FILE` of export and
    /// generate), or nil: an empty name, or one that can only be a folder.
    static func fileRefusal(for path: String) -> String? {
        if path.isEmpty { return "the file name is empty" }
        if path.hasSuffix("/") || ["", ".", ".."].contains((path as NSString).lastPathComponent) || absolute(path) == "/" {
            return "'\(path)' names a folder; give a file name"
        }
        return nil
    }
}
