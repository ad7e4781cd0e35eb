import ArgumentParser
import Foundation
import Planning

/// Reads a plan.json, with file:line:column for JSON that does not parse
/// or is not a Convene plan.
enum PlanInput {
    static func load(_ path: String) throws -> Plan {
        try load(path, text: InputFile.read(path, kind: .plan))
    }

    /// For callers that keep the text too (to show source lines).
    static func load(_ path: String, text: String) throws -> Plan {
        do {
            return try PlanJSON.decode(Data(text.utf8))
        } catch {
            Console.error("\(path):\(error.line):\(error.column): error: \(error.message)")
            throw ExitStatus.dataError
        }
    }
}
