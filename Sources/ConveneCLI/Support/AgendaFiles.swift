import Agenda
import Planning

/// The agenda files `convene plan` writes beside plan.json: per meeting
/// `<id>.md` and `<id>.html` in English, and `<id>.<lang>.html` in the
/// host's language when a translation exists. A meeting whose agenda
/// cannot be made is skipped with a warning: the plan itself stands.
enum AgendaFiles {
    static func add(plan: Plan, scenario: Scenario, folder: String, to files: inout OutputFiles) {
        let builder = AgendaBuilder(plan: plan, scenario: scenario)
        for entry in plan.meetings {
            guard SafeFileName.isSafe(entry.id) else {
                Console.error("\(scenario.file): warning: no agenda written for meeting id '\(entry.id)': not usable as a file name")
                continue
            }
            do {
                let agenda = try builder.agenda(for: entry.id)
                let english = try AgendaPage(agenda, languageCode: "en")
                files.add("\(folder)/\(entry.id).md", MarkdownAgenda.render(english))
                files.add("\(folder)/\(entry.id).html", HTMLAgenda.render(english))
                if let host = agenda.hostTranslation {
                    let page = try AgendaPage(agenda, languageCode: host.language)
                    files.add("\(folder)/\(entry.id).\(host.language).html", HTMLAgenda.render(page))
                }
            } catch {
                Console.error("\(scenario.file): warning: no agenda written for '\(entry.id)': \(error)")
            }
        }
    }
}
