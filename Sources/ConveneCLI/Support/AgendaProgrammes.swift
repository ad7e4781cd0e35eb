import Agenda
import Planning
import CalendarExchange

/// Each meeting's English programme as plain lines ("09:00–09:20  1. Opening
/// remarks by the Chair") for calendar event descriptions, and as timed
/// items for per-session events. A meeting whose agenda cannot be laid out
/// is left out: its event falls back to the kind's standard order of
/// business, its sessions to one per day.
enum AgendaProgrammes {
    /// Each meeting's programme: text lines for descriptions, and the timed
    /// items (breaks left out) for one calendar event per session.
    struct Programmes {
        var lines: [String: [String]] = [:]
        var items: [String: [PlanCalendar.AgendaItemTime]] = [:]
        var days: [String: [ProgrammeDay]] = [:]
    }

    static func make(plan: Plan, agendas: PlanAgendas) -> Programmes {
        var result = Programmes()
        for entry in plan.meetings {
            guard let built = try? agendas.byMeeting[entry.id]?.get() else { continue }
            let (agenda, page) = (built.agenda, built.english)
            var lines: [String] = []
            var items: [PlanCalendar.AgendaItemTime] = []
            var days: [ProgrammeDay] = []
            for (pageDay, timedDay) in zip(page.days, agenda.days) {
                let rows = zip(pageDay.rows, timedDay.slots).map { row, slot in
                    ProgrammeDay.Row(start: slot.start, end: slot.end, number: row.number, text: row.text)
                }
                // A day the items do not reach keeps its sitting's hours.
                days.append(ProgrammeDay(day: timedDay.day, start: rows.first?.start ?? timedDay.session.start,
                                         end: rows.last?.end ?? timedDay.session.end, heading: pageDay.heading, rows: rows))
                if let heading = pageDay.heading { lines.append(heading) }
                for row in pageDay.rows {
                    lines.append("\(row.start)–\(row.end)  \(row.number.map { "\($0). " } ?? "")\(row.text)")
                }
                // The page has one row per slot, items and breaks alike, in order.
                for (row, slot) in zip(pageDay.rows, timedDay.slots) {
                    guard let number = row.number else { continue }
                    items.append(.init(number: number, title: row.text, day: timedDay.day, start: slot.start, end: slot.end))
                }
            }
            result.lines[entry.id.rawValue] = lines
            result.items[entry.id.rawValue] = items
            result.days[entry.id.rawValue] = days
        }
        return result
    }
}
