import Agenda
import Planning
import Scenarios

/// Every meeting's agenda with its English page, built once per run and
/// shared by the agenda files and the calendars' programmes.
struct PlanAgendas {
    struct Built {
        let agenda: Agenda
        let english: AgendaPage
    }

    /// By meeting id: the agenda, or why it could not be made. Empty
    /// without a scenario.
    let byMeeting: [MeetingID: Result<Built, AgendaError>]

    init(plan: Plan, scenario: Scenario?) {
        guard let scenario else {
            byMeeting = [:]
            return
        }
        let builder = AgendaBuilder(plan: plan, scenario: scenario)
        var built: [MeetingID: Result<Built, AgendaError>] = [:]
        for entry in plan.meetings {
            do throws(AgendaError) {
                let agenda = try builder.agenda(for: entry.id)
                built[entry.id] = .success(Built(agenda: agenda, english: try AgendaPage(agenda, languageCode: "en")))
            } catch {
                built[entry.id] = .failure(error)
            }
        }
        byMeeting = built
    }
}
