import Agenda
import ArgumentParser
import Foundation
import Planning
import Scenarios

/// Loads what agenda and zone commands need: the plan, and the scenario it
/// was made from (by default the path recorded in the plan, tried as given
/// and then next to the plan file).
enum AgendaInput {
    static func load(plan path: String, scenario: String?) throws -> (Plan, Scenario) {
        let plan = try PlanInput.load(path)
        let scenarioPath = scenario ?? resolve(plan.scenario, besidePlan: path)
        if scenario == nil && !FileManager.default.fileExists(atPath: scenarioPath) {
            Console.error("\(path): error: the plan was made from '\(plan.scenario)', which is not found from here; name it with --scenario")
            throw ExitStatus.noInput
        }
        return (plan, try ScenarioInput.load(scenarioPath))
    }

    /// The recorded scenario path as given, else beside the plan file.
    static func resolve(_ recorded: String, besidePlan plan: String) -> String {
        if recorded.hasPrefix("/") || FileManager.default.fileExists(atPath: recorded) { return recorded }
        let beside = ((plan as NSString).deletingLastPathComponent as NSString).appendingPathComponent(recorded)
        return FileManager.default.fileExists(atPath: beside) ? beside : recorded
    }

    /// Prints an agenda problem and maps it to its exit status: an unknown
    /// meeting is a command-line error, the rest bad data.
    static func fail(_ error: AgendaError, plan: String) -> ExitCode {
        Console.error("\(plan): error: \(error)")
        if case .unknownMeeting = error { return ExitStatus.usage }
        return ExitStatus.dataError
    }
}
