import Agenda
import Planning

/// The agenda files `convene plan` writes beside plan.json: per meeting
/// `<id>.md` and `<id>.html` in English, and `<id>.<lang>.html` in the
/// host's language when a translation exists. A meeting whose agenda
/// cannot be made is skipped with a warning: the plan itself stands.
enum AgendaFiles {
    static func add(plan: Plan, agendas: PlanAgendas, scenarioFile: String, folder: String, logo: String? = nil,
                    to files: inout OutputFiles) {
        for entry in plan.meetings {
            guard SafeFileName.isSafe(entry.id.rawValue) else {
                Console.error("\(scenarioFile): warning: no agenda written for meeting id '\(entry.id)': not usable as a file name")
                continue
            }
            guard let result = agendas.byMeeting[entry.id] else { continue }
            do {
                let built = try result.get()
                files.add("\(folder)/\(entry.id).md", MarkdownAgenda.render(built.english))
                var english = built.english
                english.logoDataURI = logo
                files.add("\(folder)/\(entry.id).html", HTMLAgenda.render(english))
                if let host = built.agenda.hostTranslation {
                    var page = try AgendaPage(built.agenda, languageCode: host.language)
                    page.logoDataURI = logo
                    files.add("\(folder)/\(entry.id).\(host.language).html", HTMLAgenda.render(page))
                }
            } catch {
                Console.error("\(scenarioFile): warning: no agenda written for '\(entry.id)': \(error)")
            }
        }
    }
}
