import Calendars
import Planning
import enum Solving.JSONText
import Scenarios
import Checking

/// How `convene check` prints a report: a list grouped by meeting, hard
/// conflicts first, then a totals line; or JSON with keys in a fixed order.
enum CheckReportText {
    static func render(_ report: CheckReport, schedule: Schedule, input: String, unmatchedEvents: Int = 0) -> String {
        let items = Dictionary(schedule.items.map { ($0.meeting, $0) }, uniquingKeysWith: { a, _ in a })
        var byMeeting: [MeetingID: [Finding]] = [:]
        for finding in report.hard + report.soft {
            if let id = finding.meetings.last { byMeeting[id, default: []].append(finding) }
        }
        var lines = ["\(input): \(report.meetingOrder.count) meeting\(report.meetingOrder.count == 1 ? "" : "s") checked"]
        for id in report.meetingOrder {
            var header = id.rawValue
            if let item = items[id] {
                let dates = item.firstDay == item.lastDay ? item.firstDay.description : "\(item.firstDay)..\(item.lastDay)"
                header += "  \(item.firstDay.weekday.shortName) \(dates) \(item.start)-\(item.end) at \(item.venue)"
            }
            lines.append(header)
            let findings = byMeeting[id] ?? []
            if findings.isEmpty { lines.append("  ok") }
            for finding in findings {
                let tag = finding.isHard ? "hard  \(finding.rule.rawValue)" : "soft  \(finding.rule.rawValue) +\(finding.cost)"
                lines.append("  \(tag): \(finding.message)")
            }
        }
        for skipped in report.unchecked {
            lines.append("not checked: \(skipped.meeting) (\(skipped.reason))")
        }
        let hard = report.hard.count
        var points: [CheckRule: Int] = [:]
        for finding in report.soft { points[finding.rule, default: 0] += finding.cost }
        let breakdown = points.sorted { $0.key < $1.key }.map { "\($0.key.rawValue) \($0.value)" }.joined(separator: ", ")
        let notChecked = report.unchecked.count
        lines.append("\(hard) hard conflict\(hard == 1 ? "" : "s"), \(report.soft.count) soft cost\(report.soft.count == 1 ? "" : "s"); "
            + "objective \(report.objective)\(breakdown.isEmpty ? "" : " (\(breakdown))")"
            + (notChecked == 0 ? "" : "; \(notChecked) meeting\(notChecked == 1 ? "" : "s") not checked")
            + (unmatchedEvents == 0 ? "" : "; \(unmatchedEvents) event\(unmatchedEvents == 1 ? "" : "s") matched no meeting"))
        return lines.joined(separator: "\n")
    }

    /// The run-up's lines for `check --today`: each late deadline as a
    /// warning, each one due soon as a note, then a count.
    static func runup(_ findings: [RunupReview.Finding], today: Day, checked: Int) -> String {
        var lines = ["run-up as of \(today.weekday.shortName) \(today): \(checked) deadline\(checked == 1 ? "" : "s") of meetings still to come"]
        for finding in findings {
            lines.append("  \(finding.kind == .past ? "warning: past" : "note: soon"): \(finding.message)")
        }
        let past = findings.filter { $0.kind == .past }.count
        lines.append("\(past) run-up deadline\(past == 1 ? "" : "s") past, \(findings.count - past) due within \(RunupReview.soonDays) days")
        return lines.joined(separator: "\n")
    }

    static func json(_ report: CheckReport, runup: (today: Day, findings: [RunupReview.Finding])? = nil) -> String {
        func list(_ findings: [Finding]) -> String {
            guard !findings.isEmpty else { return "[]" }
            let rows = findings.map { finding in
                "    {\"rule\": \(JSONText.quote(finding.rule.rawValue)), "
                    + "\"meetings\": \(strings(finding.meetings.map(\.rawValue))), "
                    + "\"dates\": \(strings(finding.dates.map(\.description))), "
                    + "\"who\": \(strings(finding.who)), "
                    + "\"message\": \(JSONText.quote(finding.message)), "
                    + "\"cost\": \(finding.cost)}"
            }
            return "[\n" + rows.joined(separator: ",\n") + "\n  ]"
        }
        let unchecked = report.unchecked.map {
            "    {\"meeting\": \(JSONText.quote($0.meeting.rawValue)), \"reason\": \(JSONText.quote($0.reason))}"
        }
        var runupText = ""
        if let runup {
            let rows = runup.findings.map { finding in
                "    {\"kind\": \(JSONText.quote(finding.kind.rawValue)), \"meeting\": \(JSONText.quote(finding.deadline.meeting.rawValue)), "
                    + "\"task\": \(JSONText.quote(finding.deadline.task.rawValue)), \"due\": \(JSONText.quote(finding.deadline.due.description)), "
                    + "\"message\": \(JSONText.quote(finding.message))}"
            }
            runupText = ",\n  \"today\": \(JSONText.quote(runup.today.description)),\n  \"runup\": "
                + (rows.isEmpty ? "[]" : "[\n" + rows.joined(separator: ",\n") + "\n  ]")
        }
        return "{\n  \"hard\": \(list(report.hard)),\n  \"soft\": \(list(report.soft)),\n  \"objective\": \(report.objective),\n"
            + "  \"unchecked\": \(unchecked.isEmpty ? "[]" : "[\n" + unchecked.joined(separator: ",\n") + "\n  ]")\(runupText)\n}"
    }

    private static func strings(_ values: [String]) -> String {
        "[" + values.map(JSONText.quote).joined(separator: ", ") + "]"
    }
}
