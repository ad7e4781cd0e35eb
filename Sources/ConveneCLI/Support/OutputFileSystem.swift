import Foundation

/// The few file-system calls `OutputFiles` makes, behind a protocol so that
/// tests can make one of them fail (a full disk part way through a file)
/// and check that earlier outputs survive. `LocalFileSystem` is the real one.
protocol OutputFileSystem {
    /// Creates `path` and any missing parents; an existing folder is fine.
    func makeFolder(_ path: String) throws(OutputFileFailure)
    /// Creates `path`, which must not exist yet, and writes `data` to it.
    func writeNew(_ path: String, _ data: Data) throws(OutputFileFailure)
    /// Renames `source` over `destination` in one step (same folder).
    func replace(_ destination: String, with source: String) throws(OutputFileFailure)
    /// Whether `path` is a folder (a file cannot be renamed over it).
    func isFolder(_ path: String) -> Bool
    /// Removes `path` if it is there; never fails.
    func remove(_ path: String)
}

/// Why an output could not be written: `cannotCreate` when a folder or file
/// cannot be made (exit 73), `cannotWrite` when writing or renaming fails
/// part way (exit 74); `reason` is the system's words.
enum OutputFileFailure: Error, Equatable {
    case cannotCreate(reason: String)
    case cannotWrite(reason: String)
}
