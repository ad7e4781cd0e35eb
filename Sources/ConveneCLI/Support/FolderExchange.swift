import Foundation

/// Swaps two folders in one step, so that whoever opens either path sees
/// one or the other whole: `renameat2(RENAME_EXCHANGE)` on Linux (3.15 and
/// later; ext4, XFS, Btrfs and tmpfs support it), `renamex_np(RENAME_SWAP)`
/// on macOS (APFS).
enum FolderExchange {
    /// Exchanges `first` and `second` (both must exist); 0 on success,
    /// else the `errno` value. `EINVAL`, `ENOSYS` or `ENOTSUP` mean the
    /// file system or system cannot do it.
    static func exchange(_ first: String, _ second: String) -> Int32 {
        #if canImport(Darwin)
        return renamex_np(first, second, UInt32(RENAME_SWAP)) == 0 ? 0 : errno
        #else
        guard let renameat2 = linuxRenameat2 else { return ENOSYS }
        let renameExchange: UInt32 = 1 << 1  // RENAME_EXCHANGE, linux/fs.h
        return renameat2(AT_FDCWD, first, AT_FDCWD, second, renameExchange) == 0 ? 0 : errno
        #endif
    }

    /// Whether `code` says the exchange is not supported here (as opposed
    /// to failing for this pair of folders).
    static func isUnsupported(_ code: Int32) -> Bool {
        code == EINVAL || code == ENOSYS || code == ENOTSUP || code == EOPNOTSUPP
    }

    #if !canImport(Darwin)
    private typealias Renameat2 = @convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32

    /// glibc has had `renameat2` since 2.28, but Swift's Glibc module does
    /// not declare it (it is behind _GNU_SOURCE): looked up once by name.
    private static let linuxRenameat2: Renameat2? = {
        guard let symbol = dlsym(nil, "renameat2") else { return nil }
        return unsafeBitCast(symbol, to: Renameat2.self)
    }()
    #endif
}
