import Foundation
import Planning

/// Receives the planner's search report from its callback.
final class ReportBox: @unchecked Sendable {
    var value: SearchReport?
}

enum SearchReportJSON {
    static func encode(_ report: SearchReport) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        return String(decoding: try encoder.encode(report), as: UTF8.self) + "\n"
    }
}
