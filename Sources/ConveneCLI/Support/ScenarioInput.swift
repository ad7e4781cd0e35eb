import ArgumentParser
import Planning
import Scenarios

/// Loads a scenario file for a command, printing every diagnostic with its
/// source line and exiting 65 when there is an error.
enum ScenarioInput {
    static func load(_ path: String) throws -> Scenario {
        try load(path, text: try InputFile.read(path, kind: .scenario))
    }

    static func load(_ path: String, text: String) throws -> Scenario {
        let result = ScenarioLoader().load(text: text, file: path)
        if !result.diagnostics.isEmpty {
            Console.error(DiagnosticRenderer(sources: [path: text]).render(result.diagnostics))
        }
        guard let scenario = result.scenario else {
            let count = result.errors.count
            Console.error("\(count) error\(count == 1 ? "" : "s") in \(path)")
            throw ExitStatus.dataError
        }
        return scenario
    }
}
