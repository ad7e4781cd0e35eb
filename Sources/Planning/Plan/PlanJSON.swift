import Foundation

/// plan.json writing and reading. Keys are sorted and slashes left alone,
/// so the same plan always gives the same bytes.
public enum PlanJSON {
    /// Why a plan.json could not be read, with the place when known.
    public struct Problem: Error, Sendable, CustomStringConvertible {
        public let line: Int
        public let column: Int
        public let message: String
        public var description: String { "\(line):\(column): \(message)" }
    }

    public static func encode(_ plan: Plan) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var data = try encoder.encode(plan)
        data.append(UInt8(ascii: "\n"))
        return data
    }

    public static func decode(_ data: Data) throws(Problem) -> Plan {
        let json: Any
        do {
            json = try JSONSerialization.jsonObject(with: data)
        } catch {
            throw syntaxProblem(error, data: data)
        }
        let plan: Plan
        do {
            plan = try JSONDecoder().decode(Plan.self, from: data)
        } catch let error as DecodingError {
            throw shapeProblem(error, data: data, json: json)
        } catch {
            throw Problem(line: 1, column: 1, message: "not a Convene plan: \(error)")
        }
        guard plan.format == Plan.formatTag else {
            throw Problem(line: 1, column: 1, message: "expected format \"\(Plan.formatTag)\", found \"\(plan.format)\"")
        }
        return plan
    }

    /// Foundation reports a syntax error's character index; turn it into a line and column.
    private static func syntaxProblem(_ error: Error, data: Data) -> Problem {
        let detail = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String ?? "\(error)"
        var index: Int?
        if let range = detail.range(of: "character ") {
            index = Int(detail[range.upperBound...].prefix { $0.isNumber })
        }
        let (line, column) = position(of: index ?? 0, in: data)
        return Problem(line: line, column: column, message: "not valid JSON: \(detail)")
    }

    /// Points at the value that is missing, mistyped or not what a plan
    /// holds, and names the meeting whose entry it is.
    private static func shapeProblem(_ error: DecodingError, data: Data, json: Any) -> Problem {
        let (path, message): ([CodingKey], String) = switch error {
        case .keyNotFound(let key, let context): (context.codingPath, "missing key '\(key.stringValue)'")
        case .typeMismatch(_, let context): (context.codingPath, "wrong type: \(context.debugDescription)")
        case .valueNotFound(_, let context): (context.codingPath, "missing value: \(context.debugDescription)")
        case .dataCorrupted(let context): (context.codingPath, context.debugDescription)
        @unknown default: ([], "\(error)")
        }
        let dotted = path.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
        var entry = ""
        if path.count >= 2, path[0].stringValue == "meetings", let index = path[1].intValue,
           let meetings = (json as? [String: Any])?["meetings"] as? [Any], meetings.indices.contains(index),
           let id = (meetings[index] as? [String: Any])?["id"] as? String {
            entry = " (meeting '\(id)')"
        }
        let place = locate(path, in: data)
        return Problem(line: place.line, column: place.column,
                       message: "not a Convene plan at \(dotted.isEmpty ? "the top" : dotted)\(entry): \(message)")
    }

    /// The place of the deepest part of `path` found in the text, in one pass.
    private static func locate(_ path: [CodingKey], in data: Data) -> JSONOutline.Position {
        let target: [JSONOutline.Step] = path.map { $0.intValue.map(JSONOutline.Step.index) ?? .key($0.stringValue) }
        var best = JSONOutline.Position(line: 1, column: 1)
        JSONOutline.walk(data) { steps, position in
            guard steps.count <= target.count, steps.last == target[steps.count - 1] else { return true }
            guard Array(target.prefix(steps.count)) == steps else { return true }
            best = position
            return steps.count < target.count
        }
        return best
    }

    private static func position(of offset: Int, in data: Data) -> (Int, Int) {
        var line = 1, column = 1
        for byte in data.prefix(offset) {
            if byte == UInt8(ascii: "\n") { line += 1; column = 1 } else if byte & 0xC0 != 0x80 { column += 1 }
        }
        return (line, column)
    }

    /// The place of each meeting's `"id"` key, in the order of the plan's
    /// `meetings`: one pass over the text, however many meetings there are
    /// (`bytesRead` says how much of the text that pass read).
    static func entryPositions(in data: Data, count: Int) -> (positions: [JSONOutline.Position], bytesRead: Int) {
        var positions = [JSONOutline.Position](repeating: JSONOutline.Position(line: 1, column: 1), count: count)
        let read = JSONOutline.walk(data) { steps, position in
            if steps.count == 3, steps[0] == .key("meetings"), case .index(let index) = steps[1], steps[2] == .key("id"),
               positions.indices.contains(index) {
                positions[index] = position
            }
            return true
        }
        return (positions, read)
    }
}
