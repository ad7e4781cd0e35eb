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
        do {
            _ = try JSONSerialization.jsonObject(with: data)
        } catch {
            throw syntaxProblem(error, data: data)
        }
        let plan: Plan
        do {
            plan = try JSONDecoder().decode(Plan.self, from: data)
        } catch let error as DecodingError {
            throw shapeProblem(error, data: data)
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

    /// Points at the object whose key is missing or mistyped, found by
    /// walking the coding path through the text.
    private static func shapeProblem(_ error: DecodingError, data: Data) -> Problem {
        let (path, message): ([CodingKey], String) = switch error {
        case .keyNotFound(let key, let context): (context.codingPath, "missing key '\(key.stringValue)'")
        case .typeMismatch(_, let context): (context.codingPath, "wrong type: \(context.debugDescription)")
        case .valueNotFound(_, let context): (context.codingPath, "missing value: \(context.debugDescription)")
        case .dataCorrupted(let context): (context.codingPath, context.debugDescription)
        @unknown default: ([], "\(error)")
        }
        let dotted = path.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
        let (line, column) = position(of: locate(path, in: data), in: data)
        return Problem(line: line, column: column, message: "not a Convene plan at \(dotted.isEmpty ? "the top" : dotted): \(message)")
    }

    /// A rough locator: the offset of the last key of `path` after the
    /// offsets of the keys before it; good enough to point an editor near.
    private static func locate(_ path: [CodingKey], in data: Data) -> Int {
        let text = String(decoding: data, as: UTF8.self)
        var from = text.startIndex
        for key in path where key.intValue == nil {
            guard let range = text.range(of: "\"\(key.stringValue)\"", range: from..<text.endIndex) else { break }
            from = range.lowerBound
        }
        return text.utf8.distance(from: text.startIndex, to: from)
    }

    private static func position(of offset: Int, in data: Data) -> (Int, Int) {
        var line = 1, column = 1
        for byte in data.prefix(offset) {
            if byte == UInt8(ascii: "\n") { line += 1; column = 1 } else if byte & 0xC0 != 0x80 { column += 1 }
        }
        return (line, column)
    }
}
