import Foundation

/// Whether output goes to a person: progress lines are printed only then,
/// so piped runs stay quiet.
enum Terminal {
    enum Stream { case standardOutput, standardError }

    static func isInteractive(_ stream: Stream) -> Bool {
        isatty(stream == .standardOutput ? STDOUT_FILENO : STDERR_FILENO) == 1
    }
}
