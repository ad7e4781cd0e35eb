import Foundation

/// `OutputFileSystem` on the real disk, with POSIX calls so that each
/// failure keeps its errno text and a new file is never opened through a
/// link someone left at its name.
struct LocalFileSystem: OutputFileSystem {
    func makeFolder(_ path: String) throws(OutputFileFailure) {
        do {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        } catch {
            let reason = (error as NSError).localizedFailureReason ?? (error as NSError).localizedDescription
            throw .cannotCreate(reason: reason)
        }
    }

    func writeNew(_ path: String, _ data: Data) throws(OutputFileFailure) {
        // A temporary left by a killed run with the same process id.
        unlink(path)
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw .cannotCreate(reason: Self.lastError()) }
        var failure: String?
        data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) in
            var offset = 0
            while offset < buffer.count, let base = buffer.baseAddress {
                let count = write(descriptor, base + offset, buffer.count - offset)
                if count < 0 {
                    if errno == EINTR { continue }
                    failure = Self.lastError()
                    return
                }
                offset += count
            }
        }
        // No fsync: the rename gives whole-or-nothing against a failed or
        // interrupted run; flushing thousands of agenda files to disk one
        // by one would cost seconds for no gain there.
        if close(descriptor) != 0, failure == nil { failure = Self.lastError() }
        if let failure { throw .cannotWrite(reason: failure) }
    }

    func replace(_ destination: String, with source: String) throws(OutputFileFailure) {
        guard rename(source, destination) == 0 else { throw .cannotWrite(reason: Self.lastError()) }
    }

    func isFolder(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }

    func remove(_ path: String) {
        unlink(path)
    }

    private static func lastError() -> String {
        String(cString: strerror(errno))
    }
}
