import Foundation

/// One finding of a `convene check --format json` report, as the overview
/// marks it on the timeline.
public struct ReportedFinding: Sendable, Hashable {
    public enum Severity: String, Sendable, Hashable {
        case hard
        case soft
    }

    public let severity: Severity
    public let rule: String
    public let meetings: [String]
    public let message: String
    public let cost: Int

    public init(severity: Severity, rule: String, meetings: [String], message: String, cost: Int) {
        self.severity = severity
        self.rule = rule
        self.meetings = meetings
        self.message = message
        self.cost = cost
    }

    /// The findings of a check report's JSON: its `hard` and `soft` lists.
    public static func decodeReport(_ data: Data) throws -> [ReportedFinding] {
        struct Raw: Decodable {
            let rule: String
            let meetings: [String]
            let message: String
            let cost: Int?
        }
        struct Lists: Decodable {
            let hard: [Raw]
            let soft: [Raw]
        }
        let lists = try JSONDecoder().decode(Lists.self, from: data)
        func make(_ raw: Raw, _ severity: Severity) -> ReportedFinding {
            ReportedFinding(severity: severity, rule: raw.rule, meetings: raw.meetings, message: raw.message, cost: raw.cost ?? 0)
        }
        return lists.hard.map { make($0, .hard) } + lists.soft.map { make($0, .soft) }
    }
}
