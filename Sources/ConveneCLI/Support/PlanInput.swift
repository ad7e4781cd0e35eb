import ArgumentParser
import Foundation
import Planning

/// Reads a plan.json, with file:line:column for JSON that does not parse
/// or is not a Convene plan.
enum PlanInput {
    static func load(_ path: String) throws -> Plan {
        let text = try InputFile.read(path)
        do {
            return try PlanJSON.decode(Data(text.utf8))
        } catch {
            let problem = error
            Console.error("\(path):\(problem.line):\(problem.column): error: \(problem.message)")
            throw ExitStatus.dataError
        }
    }
}
