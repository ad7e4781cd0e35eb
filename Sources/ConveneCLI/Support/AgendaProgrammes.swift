import Agenda
import Planning

/// Each meeting's English programme as plain lines ("09:00–09:20  1. Opening
/// remarks by the Chair"), for calendar event descriptions. A meeting whose
/// agenda cannot be laid out is left out, and its event falls back to the
/// kind's standard order of business.
enum AgendaProgrammes {
    static func lines(plan: Plan, scenario: Scenario?) -> [String: [String]] {
        guard let scenario else { return [:] }
        let builder = AgendaBuilder(plan: plan, scenario: scenario)
        var result: [String: [String]] = [:]
        for entry in plan.meetings {
            guard let agenda = try? builder.agenda(for: entry.id),
                  let page = try? AgendaPage(agenda, languageCode: "en") else { continue }
            var lines: [String] = []
            for day in page.days {
                if page.days.count > 1, let heading = day.heading { lines.append(heading) }
                for row in day.rows {
                    lines.append("\(row.start)–\(row.end)  \(row.number.map { "\($0). " } ?? "")\(row.text)")
                }
            }
            result[entry.id] = lines
        }
        return result
    }
}
