/// A logical content line after unfolding (RFC 5545 §3.1), with the
/// physical line (from 1) where it starts, so errors can point into the file.
public struct UnfoldedLine: Equatable, Sendable {
    /// The logical line, continuation lines joined, without its line end.
    public let text: String
    /// The physical line number (from 1) of the line's first physical line.
    public let line: Int

    /// Creates an unfolded line.
    public init(text: String, line: Int) {
        self.text = text
        self.line = line
    }
}
