import Planning
import enum Solving.JSONText

/// How `plan` reports that no plan exists.
enum InfeasibilityText {
    static func render(_ infeasibility: Infeasibility, scenario: String) -> String {
        var lines = ["\(scenario): no plan exists; these rules cannot all hold\(infeasibility.isMinimal ? " (dropping any one of them makes the rest possible)" : ""):"]
        for reason in infeasibility.reasons {
            lines.append("  - [\(reason.rule)] \(reason.message)")
        }
        if let background = infeasibility.background { lines.append("  (\(background))") }
        return lines.joined(separator: "\n")
    }

    static func json(_ infeasibility: Infeasibility) -> String {
        let reasons = infeasibility.reasons.map { reason in
            "    {\"rule\": \(JSONText.quote(reason.rule)), \"meetings\": [\(reason.meetings.map(JSONText.quote).joined(separator: ", "))], \"message\": \(JSONText.quote(reason.message))}"
        }
        let background = infeasibility.background.map { ",\n  \"background\": \(JSONText.quote($0))" } ?? ""
        return "{\n  \"feasible\": false,\n  \"minimal\": \(infeasibility.isMinimal)\(background),\n  \"reasons\": [\n" + reasons.joined(separator: ",\n") + "\n  ]\n}"
    }
}
