import Calendars
import Scenarios
import Foundation

/// The run-up as a table for people (Markdown), spreadsheets (CSV,
/// RFC 4180) or programs (JSON, `convene-runup/1`). Pure.
public struct RunupTable: Sendable {
    public let deadlines: [RunupDeadline]
    /// "ACCSM 22, chair BN".
    public let title: String
    /// The chair's country, by name.
    public let countryName: String

    public init(deadlines: [RunupDeadline], title: String, countryName: String) {
        self.deadlines = deadlines
        self.title = title
        self.countryName = countryName
    }

    public static let formatTag = "convene-runup/1"

    /// Why a deadline is not on its nominal day, or where its lead came from.
    static func note(_ deadline: RunupDeadline) -> String {
        var parts: [String] = []
        if !deadline.skipped.isEmpty {
            let reasons = deadline.skipped.map { "\($0.day) \($0.reason)" }.joined(separator: "; ")
            parts.append("moved from \(deadline.nominal): \(reasons)")
        }
        switch deadline.source {
        case .standard: break
        case .kind(let location): parts.append("lead set for the kind at \(location)")
        case .meeting(let location): parts.append("lead set for the meeting at \(location)")
        }
        return parts.joined(separator: "; ")
    }

    public func markdown() -> String {
        var lines = ["# Run-up: \(title)", "",
                     "Each task is due its lead's days before the meeting's first day, on a working day in \(countryName): "
                        + "a deadline on a weekend or a holiday there moves to the working day before it.", "",
                     "| Due | Day | Meeting | Task | Meeting starts | Days before | Note |",
                     "|---|---|---|---|---|---:|---|"]
        for deadline in deadlines {
            let cells = [deadline.due.description, deadline.due.weekday.shortName, "\(deadline.meetingTitle) [\(deadline.meeting)]",
                         deadline.task.displayName, deadline.meetingDay.description, String(deadline.actualLead), Self.note(deadline)]
            lines.append("| " + cells.map { $0.replacingOccurrences(of: "|", with: "\\|") }.joined(separator: " | ") + " |")
        }
        if deadlines.isEmpty { lines += ["", "No meeting is placed, so there is no run-up."] }
        return lines.joined(separator: "\n") + "\n"
    }

    public func csv() -> String {
        var rows = [["due", "weekday", "meeting", "meeting_title", "task", "task_name", "meeting_date", "lead_days",
                     "days_before", "nominal", "note"]]
        for deadline in deadlines {
            rows.append([deadline.due.description, deadline.due.weekday.name, deadline.meeting.rawValue, deadline.meetingTitle,
                         deadline.task.rawValue, deadline.task.displayName, deadline.meetingDay.description,
                         String(deadline.leadDays), String(deadline.actualLead), deadline.nominal.description, Self.note(deadline)])
        }
        return rows.map { $0.map(Self.csvField).joined(separator: ",") }.joined(separator: "\r\n") + "\r\n"
    }

    /// RFC 4180 §2: a field with a comma, quote or line break is quoted, its quotes doubled.
    static func csvField(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    struct Document: Encodable {
        struct Entry: Encodable {
            var due: String
            var weekday: String
            var meeting: String
            var meetingTitle: String
            var meetingDate: String
            var task: String
            var taskName: String
            var leadDays: Int
            var leadSource: String
            var leadSetAt: String?
            var nominal: String
            var daysBefore: Int
            var skipped: [Skip]
        }
        struct Skip: Encodable {
            var day: String
            var reason: String
        }
        var format: String
        var title: String
        var country: String
        var deadlines: [Entry]
    }

    public func json() throws -> String {
        let entries = deadlines.map { deadline -> Document.Entry in
            let source: String = switch deadline.source {
            case .standard: "default"
            case .kind: "kind"
            case .meeting: "meeting"
            }
            return Document.Entry(due: deadline.due.description, weekday: deadline.due.weekday.name,
                                  meeting: deadline.meeting.rawValue, meetingTitle: deadline.meetingTitle,
                                  meetingDate: deadline.meetingDay.description, task: deadline.task.rawValue,
                                  taskName: deadline.task.displayName, leadDays: deadline.leadDays, leadSource: source,
                                  leadSetAt: deadline.source.location?.description, nominal: deadline.nominal.description,
                                  daysBefore: deadline.actualLead,
                                  skipped: deadline.skipped.map { Document.Skip(day: $0.day.description, reason: $0.reason) })
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = try encoder.encode(Document(format: Self.formatTag, title: title, country: countryName, deadlines: entries))
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
