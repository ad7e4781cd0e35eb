import Calendars
import Foundation
import Yams

/// Turns scenario text into a validated `Scenario`, or into every problem
/// found. Pure: the caller reads the file and passes its text.
public struct ScenarioLoader: Sendable {
    /// What loading produced: a scenario when there is no error, and all
    /// diagnostics (warnings may come with a scenario).
    public struct Result: Sendable {
        public let scenario: Scenario?
        public let diagnostics: [Diagnostic]

        public var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }
    }

    public let limits: InputLimits

    public init(limits: InputLimits = InputLimits()) {
        self.limits = limits
    }

    /// Loads a scenario from its text; `file` names it in diagnostics.
    public func load(text: String, file: String) -> Result {
        let reader = YAMLReader(file: file, limits: limits)
        if text.utf8.count > limits.maximumFileBytes {
            reader.error("the file is \(text.utf8.count) bytes; the limit is \(limits.maximumFileBytes)", at: SourceLocation(file: file, line: 1, column: 1))
            return Result(scenario: nil, diagnostics: reader.diagnostics)
        }
        let root: Node
        do {
            guard let node = try Yams.compose(yaml: text) else {
                reader.error("the file is empty; expected a scenario (see Docs/Scenario.md)", at: SourceLocation(file: file, line: 1, column: 1))
                return Result(scenario: nil, diagnostics: reader.diagnostics)
            }
            root = node
        } catch {
            // libyaml stops at 1,000 levels with a message that names its own
            // API; say what the user can act on instead.
            let message = YAMLSyntaxError.message(error)
            reader.error(message.contains("Maximum nesting level") ? "the file nests deeper than \(limits.maximumDepth) levels" : message,
                         at: YAMLSyntaxError.location(error, file: file))
            return Result(scenario: nil, diagnostics: reader.diagnostics)
        }
        switch TreeShapeCheck.firstProblem(root, limits: limits) {
        case .tooDeep(let node)?:
            reader.error("the file nests deeper than \(limits.maximumDepth) levels", at: node)
            return Result(scenario: nil, diagnostics: reader.diagnostics)
        case .tooLarge(let node)?:
            reader.error("the file expands to more than \(limits.maximumNodes) YAML nodes (are aliases repeating a large block?)", at: node)
            return Result(scenario: nil, diagnostics: reader.diagnostics)
        case nil:
            break
        }
        let draft = ScenarioDecoder(reader: reader).decode(root)
        var scenario: Scenario?
        if let draft, !reader.isOverBudget {
            scenario = ScenarioValidator(reader: reader, file: file).validate(draft)
        }
        let diagnostics = reader.diagnostics.sorted(by: Self.fileOrder)
        let failed = diagnostics.contains { $0.severity == .error }
        return Result(scenario: failed ? nil : scenario, diagnostics: diagnostics)
    }

    /// Errors in the order of the file, so a reader can go down it.
    static func fileOrder(_ a: Diagnostic, _ b: Diagnostic) -> Bool {
        let la = a.location.map { ($0.line, $0.column) } ?? (0, 0)
        let lb = b.location.map { ($0.line, $0.column) } ?? (0, 0)
        return la != lb ? la < lb : a.message < b.message
    }
}

/// Messages and places for errors that Yams reports.
enum YAMLSyntaxError {
    static func message(_ error: Error) -> String {
        guard let yaml = error as? YamlError else { return "cannot read the YAML: \(error)" }
        switch yaml {
        case .scanner(let context, let problem, _, _), .parser(let context, let problem, _, _), .composer(let context, let problem, _, _):
            let during = context.map { " (\(cut($0.text)))" } ?? ""
            return "YAML syntax: \(problem)\(during)"
        case .reader(let problem, _, _, _):
            return "YAML syntax: \(problem)"
        case .duplicatedKeysInMapping(let duplicates, let context):
            // Yams' context here is the whole file: the key and its place say enough.
            _ = context
            return "YAML syntax: key \(duplicates.prefix(5).map { "'\(cut($0))'" }.joined(separator: ", ")) appears twice in one mapping"
        default:
            return "cannot read the YAML: \(yaml)"
        }
    }

    /// `text` on one line, at most 60 characters.
    static func cut(_ text: String) -> String {
        let line = text.prefix { $0 != "\n" && $0 != "\r" }
        return line.count > 60 || line.count < text.count ? String(line.prefix(60)) + "…" : String(line)
    }

    static func location(_ error: Error, file: String) -> SourceLocation {
        guard let yaml = error as? YamlError else { return SourceLocation(file: file, line: 1, column: 1) }
        switch yaml {
        case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _):
            return SourceLocation(file: file, line: mark.line, column: mark.column)
        case .duplicatedKeysInMapping(_, let context):
            return SourceLocation(file: file, line: context.mark.line, column: context.mark.column)
        case .reader(_, let offset, _, let text):
            guard let offset else { return SourceLocation(file: file, line: 1, column: 1) }
            let prefix = text.prefix(offset)
            let line = prefix.reduce(1) { $1 == "\n" ? $0 + 1 : $0 }
            let column = prefix.reversed().prefix { $0 != "\n" }.count + 1
            return SourceLocation(file: file, line: line, column: column)
        default:
            return SourceLocation(file: file, line: 1, column: 1)
        }
    }
}
