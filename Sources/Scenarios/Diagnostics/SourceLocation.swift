/// A place in an input file. Lines and columns count from 1; a column counts
/// Unicode scalars from the start of the line, as libyaml (and so Yams) does.
public struct SourceLocation: Hashable, Sendable, CustomStringConvertible {
    public let file: String
    public let line: Int
    public let column: Int

    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }

    /// `FILE:LINE:COLUMN`, the compiler's style, which editors can jump to.
    public var description: String { "\(file):\(line):\(column)" }
}
