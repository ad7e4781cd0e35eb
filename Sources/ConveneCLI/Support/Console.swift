import Foundation

/// Where the CLI writes: results to standard output, messages to standard
/// error. The only place that prints. Plain POSIX writes, retried when a
/// signal interrupts them (Foundation's FileHandle traps on that).
enum Console {
    static func out(_ text: String) {
        emit(lineEnded(text), to: STDOUT_FILENO)
    }

    static func error(_ text: String) {
        emit(lineEnded(text), to: STDERR_FILENO)
    }

    /// The text with a final line end, unless it has one. By byte, since a
    /// CRLF ending (iCalendar) is one Character and `hasSuffix("\n")` misses it.
    private static func lineEnded(_ text: String) -> String {
        text.utf8.last == UInt8(ascii: "\n") ? text : text + "\n"
    }

    private static func emit(_ text: String, to descriptor: Int32) {
        var bytes = Array(text.utf8)[...]
        while !bytes.isEmpty {
            let written = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
            if written > 0 {
                bytes = bytes.dropFirst(written)
            } else if written < 0 && errno == EINTR {
                continue
            } else {
                return
            }
        }
    }
}
