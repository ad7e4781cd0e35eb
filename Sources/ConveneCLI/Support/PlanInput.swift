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
        try read(path, text: text).plan
    }

    /// The plan with the place of each entry in its file, for messages
    /// that point at a meeting's line.
    static func read(_ path: String, text: String) throws -> PlanFile {
        do {
            return try PlanFile(path: path, data: Data(text.utf8))
        } catch {
            Console.error("\(path):\(error.line):\(error.column): error: \(error.message)")
            throw ExitStatus.dataError
        }
    }
}
