import ArgumentParser
import Foundation
import ICalendar
import Planning
import Scenarios
import CalendarExchange

/// `convene export ics PLAN`: the plan as an iCalendar file (RFC 5545),
/// for the whole plan or the meetings of one delegation.
public struct ExportICSCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "ics",
        abstract: "Write a plan as an iCalendar (.ics) file.",
        discussion: """
        One event per meeting day with the programme's hours (or, with --sessions, per agenda item), \
        in the venue's zone with its VTIMEZONE; the chair's delegation also gets the run-up's deadlines as all-day events; METHOD:PUBLISH without ATTENDEE (who attends is in \
        the description). UIDs stay the same when a meeting moves; SEQUENCE goes up when it moved since the \
        kept plan. DTSTAMP is SOURCE_DATE_EPOCH when set, so the same plan gives the same bytes. \
        Exit status: 0 written, 64 bad command line or unknown delegation, 65 bad plan or scenario, \
        66 missing file, 73/74 cannot write.
        """
    )

    @Argument(help: "The plan (plan.json written by 'convene plan').")
    var plan: String

    @Option(help: "Only the meetings this delegation attends (its id, e.g. VN).")
    var delegation: String?

    @Option(help: "The plan's scenario, for venue coordinates (GEO), join links and delegation names.")
    var scenario: String?

    @Flag(help: "One event per agenda item (per meeting day when a meeting has no timed agenda) instead of one per meeting.")
    var sessions = false

    @Option(name: .shortAndLong, help: "Output file (default: standard output).")
    var output: String?

    @OptionGroup var feed: FeedOptions

    public init() {}

    public func validate() throws {
        if let output, let reason = OutputFolderPolicy.fileRefusal(for: output) {
            throw ValidationError("-o: \(reason)")
        }
    }

    public func run() throws {
        let loadedPlan = try PlanInput.load(plan)
        var loadedScenario: Scenario?
        // Without --scenario, the one the plan was made from, when it is
        // found: it adds coordinates, links, names and the agendas.
        let recorded = AgendaInput.resolve(loadedPlan.scenario, besidePlan: plan)
        let scenarioPath = scenario ?? (FileManager.default.fileExists(atPath: recorded) ? recorded : nil)
        if let scenario = scenarioPath {
            let text = try InputFile.read(scenario)
            loadedScenario = try ScenarioInput.load(scenario, text: text)
            if SHA256.hex(Array(text.utf8)) != loadedPlan.scenarioSHA256 {
                Console.error("\(scenario): warning: not the scenario \(plan) was planned from (its SHA-256 differs); "
                    + "venue coordinates, links and names are taken from it as it is now")
            }
        }
        let calendar = PlanCalendar(plan: loadedPlan, scenario: loadedScenario)
        var options = PlanCalendar.Options(timestamp: try CalendarStamp.now())
        let programmes = AgendaProgrammes.make(plan: loadedPlan, agendas: PlanAgendas(plan: loadedPlan, scenario: loadedScenario))
        options.programmes = programmes.lines
        options.agendaItems = programmes.items
        options.programmeDays = programmes.days
        options.sessions = sessions
        options.refreshInterval = try feed.refreshInterval()
        options.publishURL = feed.publishURL
        if let delegation {
            guard let id = calendar.delegationID(matching: delegation) else {
                Console.error("error: no delegation '\(delegation)' in \(plan); known: \(calendar.delegationIDs.joined(separator: ", "))")
                throw ExitStatus.usage
            }
            options.delegation = id
        }
        // The chair's calendar carries the run-up, as `plan` writes it.
        var runup: [VEvent] = []
        if let loadedScenario, let id = options.delegation, RunupInput.chairDelegations(loadedScenario).contains(id) {
            let imported = try ImportedCalendars.load(for: loadedScenario, scenarioPath: loadedScenario.file)
            let deadlines = try RunupInput.deadlines(plan: loadedPlan, scenario: loadedScenario, holidays: imported.holidays)
            runup = RunupCalendar.events(deadlines, body: loadedPlan.body, cycle: loadedPlan.cycle, timestamp: options.timestamp,
                                         moved: Set(loadedPlan.meetings.filter { $0.moved != nil }.map(\.id)))
        }
        let text = try RunupInput.render(calendar, options, runup: runup, source: plan)
        if let output {
            var files = OutputFiles()
            files.add(output, text)
            try files.commit()
        } else {
            Console.out(text)
        }
    }
}
