/// Renders diagnostics the way compilers and Yams' `YamlError` do: the
/// `FILE:LINE:COLUMN: error: MESSAGE` line, then the source line and a caret
/// under the column (columns count Unicode scalars, from 1).
///
/// What it prints comes from the input, so it is made safe for a terminal:
/// control characters other than tab show as U+FFFD (an escape sequence in a
/// scenario must not drive the reader's terminal), and a source line longer
/// than `excerptWidth` scalars is cut to a window around the column (a
/// one-line 16 MB file must not print 16 MB).
public struct DiagnosticRenderer: Sendable {
    private let sources: [String: [Substring]]

    /// Scalars of a source line shown at most.
    public static let excerptWidth = 160

    /// `sources` maps a file name, as it appears in locations, to its text.
    public init(sources: [String: String]) {
        self.sources = sources.mapValues { text in
            text.split(separator: "\n", omittingEmptySubsequences: false)
        }
    }

    public func render(_ diagnostic: Diagnostic) -> String {
        var text = Self.printable(Self.cut(diagnostic.description))
        guard let location = diagnostic.location,
              let lines = sources[location.file],
              location.line >= 1, location.line <= lines.count else { return text }
        var scalars = Array(lines[location.line - 1].unicodeScalars)
        if scalars.last == "\r" { scalars.removeLast() }
        var column = max(0, location.column - 1)
        var lead = "", trail = ""
        if scalars.count > Self.excerptWidth {
            let start = max(0, min(column - Self.excerptWidth / 2, scalars.count - Self.excerptWidth))
            let end = min(scalars.count, start + Self.excerptWidth)
            if start > 0 { lead = "…" }
            if end < scalars.count { trail = "…" }
            scalars = Array(scalars[start..<end])
            column = column - start + (start > 0 ? 1 : 0)
        }
        let line = lead + Self.printable(String(String.UnicodeScalarView(scalars))) + trail
        // The caret line repeats tabs so that it lines up in a terminal.
        let shown = Array((lead + String(String.UnicodeScalarView(scalars))).unicodeScalars)
        let padding = String(String.UnicodeScalarView(shown.prefix(column).map { $0 == "\t" ? "\t" : " " }))
        text += "\n\(line)\n\(padding)^"
        return text
    }

    /// Every diagnostic, errors first then in file order, one block each.
    public func render(_ diagnostics: [Diagnostic]) -> String {
        diagnostics.map(render).joined(separator: "\n")
    }

    /// Scalars of a message shown at most: a message quotes values from
    /// the input, and a value may be megabytes long.
    public static let messageWidth = 400

    static func cut(_ message: String) -> String {
        let scalars = message.unicodeScalars
        guard scalars.count > messageWidth else { return message }
        return String(String.UnicodeScalarView(scalars.prefix(messageWidth))) + "…"
    }

    /// `text` with every control character but tab (C0 with CR and LF, DEL,
    /// C1) replaced by U+FFFD, one for one so columns stay where they were;
    /// a line break inside a quoted value cannot start a fake diagnostic line.
    static func printable(_ text: String) -> String {
        let safe = text.unicodeScalars.map { scalar -> Unicode.Scalar in
            let value = scalar.value
            let control = value < 0x20 || (0x7F...0x9F).contains(value)
            return control && scalar != "\t" ? "\u{FFFD}" : scalar
        }
        return String(String.UnicodeScalarView(safe))
    }
}
