import Foundation

/// Reads a pipe to its end with plain POSIX reads, retrying when a signal
/// interrupts the call. Foundation's `readDataToEndOfFile()` traps on
/// EINTR, which child processes running in parallel tests do raise.
public enum PipeReader {
    public static func readAll(_ handle: FileHandle) -> Data {
        var data = Data()
        var buffer = [UInt8](repeating: 0, count: 65_536)
        let descriptor = handle.fileDescriptor
        while true {
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count > 0 {
                data.append(contentsOf: buffer[0..<count])
            } else if count == 0 || errno != EINTR {
                return data
            }
        }
    }
}
