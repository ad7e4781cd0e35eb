import Foundation
import ICalendar
import Planning
import Scenarios
import CalendarExchange

/// A plan.json made ready for calendar export: the plan, its scenario (the
/// one given, else the one the plan names when it is found beside it) and
/// the agenda programmes that give each day's hours. Shared by `export ics`
/// and `publish`.
struct PlanFeeds {
    let calendar: PlanCalendar
    let options: PlanCalendar.Options

    static func load(plan path: String, scenario given: String?) throws -> PlanFeeds {
        let plan = try PlanInput.load(path)
        var scenario: Scenario?
        let recorded = AgendaInput.resolve(plan.scenario, besidePlan: path)
        let scenarioPath = given ?? (FileManager.default.fileExists(atPath: recorded) ? recorded : nil)
        if let scenarioPath {
            let text = try InputFile.read(scenarioPath, kind: .scenario)
            scenario = try ScenarioInput.load(scenarioPath, text: text)
            if SHA256.hex(Array(text.utf8)) != plan.scenarioSHA256 {
                Console.error("\(scenarioPath): warning: not the scenario \(path) was planned from (its SHA-256 differs); "
                    + "venue coordinates, links and names are taken from it as it is now")
            }
        }
        let calendar = PlanCalendar(plan: plan, scenario: scenario)
        var options = PlanCalendar.Options(timestamp: try CalendarStamp.now())
        let programmes = AgendaProgrammes.make(plan: plan, agendas: PlanAgendas(plan: plan, scenario: scenario))
        options.programmes = programmes.lines
        options.agendaItems = programmes.items
        options.programmeDays = programmes.days
        options.state = plan.calendar
        return PlanFeeds(calendar: calendar, options: options)
    }

    /// "accsm-22": the body and cycle as a path segment, for collection names.
    var collectionPrefix: String {
        let term = calendar.plan.cycle.map { "\(calendar.plan.body)-\($0)" } ?? calendar.plan.body
        var slug = ""
        for scalar in term.lowercased().unicodeScalars {
            let keep = ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar)
            if keep { slug.unicodeScalars.append(scalar) } else if !slug.hasSuffix("-") { slug += "-" }
        }
        let trimmed = slug.trimmingCharacters(in: CharacterSet(charactersIn: "-"))
        return trimmed.isEmpty ? "plan" : trimmed
    }
}
