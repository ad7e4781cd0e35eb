import Foundation

/// The names of the temporaries output staging makes (`FolderStaging`,
/// `OutputFiles`), and their removal when a killed run left them.
enum StagingLeftovers {
    /// Beside the folder: `.<NAME>.convene-` then the process id.
    static func siblingPrefix(of folder: String) -> String {
        ".\((folder as NSString).lastPathComponent).convene-"
    }

    /// Inside the folder, for the file-by-file fallback.
    static let insidePrefix = ".convene-staging."

    /// A temporary of an earlier run: the fallback's staging folder, or a
    /// per-file `.NAME.PID.tmp` of the scheme before whole-folder staging.
    static func isLeftover(_ name: String) -> Bool {
        if name.hasPrefix(insidePrefix) { return true }
        guard name.hasPrefix("."), name.hasSuffix(".tmp") else { return false }
        let stem = name.dropLast(4)
        guard let dot = stem.lastIndex(of: ".") else { return false }
        let digits = stem[stem.index(after: dot)...]
        return !digits.isEmpty && digits.allSatisfy(\.isASCII) && digits.allSatisfy(\.isNumber)
    }

    /// Removes what killed runs left beside `folder` and inside it. Called
    /// with the folder's lock held, so no live run is staging there.
    static func removeStale(besides folder: String) {
        let parent = (folder as NSString).deletingLastPathComponent
        let prefix = siblingPrefix(of: folder)
        for name in (try? FileManager.default.contentsOfDirectory(atPath: parent)) ?? [] where name.hasPrefix(prefix) {
            removeTree(parent + "/" + name)
        }
        for name in (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [] where isLeftover(name) {
            removeTree(folder + "/" + name)
        }
    }

    /// Removes `path` and, for a folder, everything in it; links are
    /// removed, never followed. Errors are ignored (another run may be
    /// removing the same leftover).
    static func removeTree(_ path: String) {
        var status = stat()
        guard lstat(path, &status) == 0 else { return }
        if status.st_mode & S_IFMT == S_IFDIR {
            for name in (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? [] {
                removeTree(path + "/" + name)
            }
            rmdir(path)
        } else {
            unlink(path)
        }
    }
}
