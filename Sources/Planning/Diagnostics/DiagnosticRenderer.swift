/// Renders diagnostics the way compilers and Yams' `YamlError` do: the
/// `FILE:LINE:COLUMN: error: MESSAGE` line, then the source line and a caret
/// under the column.
public struct DiagnosticRenderer: Sendable {
    private let sources: [String: [Substring]]

    /// `sources` maps a file name, as it appears in locations, to its text.
    public init(sources: [String: String]) {
        self.sources = sources.mapValues { text in
            text.split(separator: "\n", omittingEmptySubsequences: false)
        }
    }

    public func render(_ diagnostic: Diagnostic) -> String {
        var text = diagnostic.description
        guard let location = diagnostic.location,
              let lines = sources[location.file],
              location.line >= 1, location.line <= lines.count else { return text }
        var line = String(lines[location.line - 1])
        if line.hasSuffix("\r") { line.removeLast() }
        // The caret line repeats tabs so that it lines up in a terminal.
        let prefix = line.unicodeScalars.prefix(max(0, location.column - 1))
        let padding = String(String.UnicodeScalarView(prefix.map { $0 == "\t" ? "\t" : " " }))
        text += "\n\(line)\n\(padding)^"
        return text
    }

    /// Every diagnostic, errors first then in file order, one block each.
    public func render(_ diagnostics: [Diagnostic]) -> String {
        diagnostics.map(render).joined(separator: "\n")
    }
}
