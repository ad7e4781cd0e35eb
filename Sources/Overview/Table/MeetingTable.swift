import Agenda
import CSV
import Calendars
import Foundation
import Planning

/// The calendar of meetings as secretariats circulate it: one row per
/// meeting, sorted by date, with its body and cycle, chair, venue and
/// city, local time and attendees. Written as CSV (RFC 4180: CRLF, fields
/// quoted when they hold a comma, quote or line break; UTF-8 with a byte
/// order mark so that spreadsheet programs read the names right), as a
/// Markdown table, or as an HTML page.
public struct MeetingTable: Sendable {
    public enum Format: String, CaseIterable, Sendable {
        case csv
        case md
        case html
    }

    public struct Row: Sendable, Hashable {
        public let from: Day
        public let to: Day
        public let meeting: String
        public let id: String
        public let body: String
        public let chair: String
        public let venue: String
        public let city: String
        public let localTime: String
        public let attendees: String
    }

    public let title: String
    public let rows: [Row]

    public init(plan: Plan) {
        title = "Calendar of meetings: " + plan.bodyName + (plan.cycle.map { " \($0)" } ?? "")
        let meetings = plan.meetings.compactMap { OverviewMeeting($0, of: plan) }
            .sorted { ($0.start, $0.id) < ($1.start, $1.id) }
        rows = meetings.map { meeting in
            Row(
                from: meeting.days.first, to: meeting.days.last, meeting: meeting.title, id: meeting.id,
                body: meeting.body, chair: Countries.named(meeting.chair)?.name ?? meeting.chair.rawValue,
                venue: meeting.venueName, city: meeting.city ?? "",
                localTime: "\(meeting.localStart)–\(meeting.localEnd) (UTC\(meeting.utcOffset))",
                attendees: meeting.attendees.joined(separator: ", "))
        }
    }

    static let header = ["From", "To", "Meeting", "Id", "Body and cycle", "Chair", "Venue", "City", "Local time", "Attendees"]

    private func fields(_ row: Row) -> [String] {
        [row.from.description, row.to.description, row.meeting, row.id, row.body, row.chair, row.venue, row.city,
         row.localTime, row.attendees]
    }

    public func render(_ format: Format) throws -> Data {
        switch format {
        case .csv: try csv()
        case .md: Data(markdown().utf8)
        case .html: Data(html().utf8)
        }
    }

    private func csv() throws -> Data {
        let stream = OutputStream(toMemory: ())
        stream.open()
        let writer = try CSVWriter(stream: stream, newline: .crlf)
        try writer.write(row: Self.header)
        for row in rows { try writer.write(row: fields(row)) }
        writer.stream.close()
        let body = stream.property(forKey: .dataWrittenToMemoryStreamKey) as? Data ?? Data()
        return Data([0xEF, 0xBB, 0xBF]) + body
    }

    /// "5 Aug 2024", "5–7 Aug 2024", "30 Jul – 2 Aug 2024".
    static func dateRange(_ from: Day, _ to: Day) -> String {
        let month = TimelineSVG.monthNames
        if from == to { return "\(from.day) \(month[from.month - 1]) \(from.year)" }
        if from.year == to.year && from.month == to.month { return "\(from.day)–\(to.day) \(month[to.month - 1]) \(to.year)" }
        let left = from.year == to.year ? "\(from.day) \(month[from.month - 1])" : "\(from.day) \(month[from.month - 1]) \(from.year)"
        return left + " – \(to.day) \(month[to.month - 1]) \(to.year)"
    }

    private func markdown() -> String {
        var out = "# \(Escaping.markdown(title))\n\n| Dates | Meeting | Body and cycle | Chair | Venue | Local time | Attendees |\n"
        out += "|---|---|---|---|---|---|---|\n"
        for row in rows {
            let venue = row.city.isEmpty ? row.venue : "\(row.venue), \(row.city)"
            let cells = [Self.dateRange(row.from, row.to), row.meeting, row.body, row.chair, venue, row.localTime, row.attendees]
            out += "| " + cells.map(Escaping.markdown).joined(separator: " | ") + " |\n"
        }
        return out
    }

    private func html() -> String {
        let title = TimelineSVG.text(self.title)
        var out = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <title>\(title)</title>
            <style>body{font:13px/1.4 system-ui,'Noto Sans',sans-serif;margin:16px}h1{font-size:18px}
            table{border-collapse:collapse}th,td{border:1px solid #ccc;padding:3px 6px;text-align:left;vertical-align:top}
            thead th{background:#f0f2f5}@media print{@page{size:A4 landscape;margin:10mm}thead{display:table-header-group}tr{break-inside:avoid}}</style>
            </head>
            <body>
            <h1>\(title)</h1>
            <table>
            <thead><tr><th scope="col">Dates</th><th scope="col">Meeting</th><th scope="col">Body and cycle</th><th scope="col">Chair</th><th scope="col">Venue</th><th scope="col">Local time</th><th scope="col">Attendees</th></tr></thead>
            <tbody>

            """
        for row in rows {
            let venue = row.city.isEmpty ? row.venue : "\(row.venue), \(row.city)"
            let cells = [Self.dateRange(row.from, row.to), row.meeting, row.body, row.chair, venue, row.localTime, row.attendees]
            out += "<tr>" + cells.map { "<td>\(TimelineSVG.text($0))</td>" }.joined() + "</tr>\n"
        }
        return out + "</tbody>\n</table>\n</body>\n</html>\n"
    }
}
