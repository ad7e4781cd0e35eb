import Foundation

/// Which folders a run may use as its output folder. The folder is
/// replaced as a whole (`OutputFolder`), so it must be a folder of its
/// own: never the file system's root, the home folder, the working folder
/// or a folder holding it, nor a folder holding one of the run's inputs.
/// `-o ""` used to write into `/`.
enum OutputFolderPolicy {
    /// Why `path` must not be the output folder, or nil when it may.
    /// Judged on the path as written and, where it exists, with links
    /// resolved.
    static func refusal(for path: String, inputs: [String]) -> String? {
        if path.isEmpty { return "the path is empty" }
        if path.utf8.contains(0) { return "the path contains a NUL character" }
        let full = absolute(path)
        for candidate in Set([full, resolvedAsFarAsItExists(full)]) {
            if candidate == "/" { return "it is the root of the file system" }
            if let home = ProcessInfo.processInfo.environment["HOME"].map(absolute), !home.isEmpty, home != "/",
               contains(candidate, home) || contains(candidate, resolvedAsFarAsItExists(home)) {
                return "it is or holds your home folder"
            }
            let working = FileManager.default.currentDirectoryPath
            if contains(candidate, working) || contains(candidate, resolvedAsFarAsItExists(working)) {
                return "it is or holds the working folder; name a folder of its own, such as out/plan"
            }
            for input in inputs where !input.isEmpty {
                let file = absolute(input)
                if contains(candidate, file) || contains(candidate, resolvedAsFarAsItExists(file)) {
                    return "it holds the input \(input); name a folder of its own, such as out/plan"
                }
            }
        }
        return nil
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
