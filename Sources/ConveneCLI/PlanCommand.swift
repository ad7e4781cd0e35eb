import ArgumentParser
import Foundation
import Planning

/// `convene plan SCENARIO`: places every meeting and writes the plan and
/// its outputs.
public struct PlanCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "plan",
        abstract: "Place every meeting of a scenario (day, venue, time) and write the plan.",
        discussion: """
        Writes DIR/plan.json, DIR/overview.html, DIR/calendar.ics, DIR/calendars/<DELEGATION>.ics (the chair's with the run-up's deadlines) and DIR/agendas/, and prints a summary. \
        Same scenario, seed and SOURCE_DATE_EPOCH, same bytes. With --keep, the calendars' state (SEQUENCE, last change, \
        cancelled events) is carried from the kept plan. DIR is replaced as a whole, in one step (files the run does not \
        write are kept): it must be a folder of its own, and one run at a time may write it. \
        Exit status: 0 planned, 1 no plan exists (the reasons are printed), 64 bad command line or output folder, \
        65 bad scenario, 66 missing file, 73 cannot write (or another run is writing DIR), 74 write failed.
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    @Argument(help: "The scenario file (YAML).")
    var scenario: String

    @Option(name: .shortAndLong, help: "Output folder (default: out/<scenario name>).")
    var output: String?

    @Option(help: "Seed for the search's random choices.")
    var seed: UInt64 = 0

    @Option(help: "Wall-clock limit of the search, in seconds.")
    var timeLimit: Double = 10

    @Option(help: "Stop large searches after this many neighbourhood moves: with it, the same scenario and seed give the same plan on any machine (a time limit alone depends on the machine's speed).")
    var maxIterations: Int?

    @Option(help: "A previous plan.json: keep every meeting where it was unless it must move.")
    var keep: String?

    @Option(help: "Also write the flat model the solver sees (convene-model/1) to this file.")
    var emitModel: String?

    @Option(help: "Also write how the search went (timings, first solution, bound) as JSON to this file.")
    var stats: String?

    @Option(help: "text (a summary table) or json (the plan, or the reasons it is infeasible).")
    var format: Format = .text

    @OptionGroup var feed: FeedOptions

    public init() {}

    public func validate() throws {
        guard timeLimit > 0, timeLimit <= 3600 else { throw ValidationError("--time-limit must be between 0 and 3600 seconds") }
        if let maxIterations, !(0...1_000_000_000).contains(maxIterations) {
            throw ValidationError("--max-iterations must be between 0 and 1000000000")
        }
        if let output, let reason = OutputFolderPolicy.refusal(for: output) {
            throw ValidationError("will not write to the output folder '\(output)': \(reason)")
        }
        for (name, path) in [("--emit-model", emitModel), ("--stats", stats)] where path?.isEmpty == true {
            throw ValidationError("\(name) needs a file name; found an empty one")
        }
    }

    public func run() throws {
        let text = try InputFile.read(scenario, kind: .scenario)
        let loaded = try ScenarioInput.load(scenario, text: text)
        var options = Planner.Options()
        options.seed = seed
        options.timeLimit = .milliseconds(Int(timeLimit * 1000))
        if let keep { options.keep = try PlanInput.load(keep) }
        if let maxIterations {
            options.maxIterations = maxIterations
            // A work limit decides where the search stops; the time limit is
            // then only a safety net.
            options.timeLimit = .seconds(max(timeLimit, 3600))
        }
        let imported = try ImportedCalendars.load(for: loaded, scenarioPath: scenario)
        // Claimed before the search: a second run into the same folder is
        // refused at once, not after its own search.
        let folder = output ?? Self.defaultFolder(for: scenario)
        let claimed = try OutputFolder.claim(folder)

        let report = ReportBox()
        if stats != nil { options.report = { report.value = $0 } }
        if Terminal.isInteractive(.standardError) {
            Console.error("planning \(loaded.meetings.count) meetings (search up to \(Int(timeLimit)) s)…")
        }
        let started = ContinuousClock.now
        let outcome: Planner.Outcome
        do {
            outcome = try Planner(scenario: loaded, scenarioText: text)
                .plan(options, extraHolidays: imported.holidays, extraFixed: imported.fixed)
        } catch {
            Console.error("\(scenario): error: \(error)")
            throw ExitStatus.dataError
        }
        let seconds = (ContinuousClock.now - started).seconds

        var files = OutputFiles(folder: claimed)
        if let stats, let value = report.value { files.add(stats, try SearchReportJSON.encode(value)) }
        switch outcome {
        case .infeasible(let infeasibility, _, let solverModel):
            if let emitModel { files.add(emitModel, try ModelJSON.encode(solverModel)) }
            try files.commit()
            switch format {
            case .text: Console.error(InfeasibilityText.render(infeasibility, scenario: scenario))
            case .json: Console.out(InfeasibilityText.json(infeasibility))
            }
            throw ExitStatus.conflicts
        case .notFound(_, let solverModel):
            if let emitModel { files.add(emitModel, try ModelJSON.encode(solverModel)) }
            try files.commit()
            Console.error("\(scenario): no plan found within \(timeLimit) s, and no proof that none exists; raise --time-limit")
            throw ExitStatus.conflicts
        case .planned(var plan, let model, let solverModel):
            let agendas = PlanAgendas(plan: plan, scenario: loaded)
            plan.calendar = try PlanCalendarFiles.state(plan, scenario: loaded, agendas: agendas, kept: options.keep, feed: feed)
            files.add(folder + "/plan.json", try PlanJSON.encode(plan))
            AgendaFiles.add(plan: plan, agendas: agendas, scenarioFile: loaded.file, folder: folder + "/agendas",
                            logo: try LogoInput.dataURI(for: loaded), to: &files)
            let runup = try RunupInput.deadlines(plan: plan, scenario: loaded, holidays: imported.holidays)
            try PlanCalendarFiles.add(plan, scenario: loaded, agendas: agendas, feed: feed, folder: folder, runup: runup, to: &files)
            files.add(folder + "/overview.html", try OverviewFiles.page(plan, scenario: loaded, imported: imported))
            if let emitModel { files.add(emitModel, try ModelJSON.encode(solverModel)) }
            try files.commit()
            switch format {
            case .text:
                Console.out(PlanSummary.render(plan, model: model, seconds: seconds))
                Console.out(WrittenFiles.summary(files.paths, under: folder))
            case .json:
                Console.out(String(decoding: try PlanJSON.encode(plan), as: UTF8.self))
            }
        }
    }
}

extension PlanCommand {
    /// `out/<scenario name>`; a name that would leave `out/` ("...yaml"
    /// gives "..") or be empty becomes `out/scenario`.
    static func defaultFolder(for scenario: String) -> String {
        let name = ((scenario as NSString).lastPathComponent as NSString).deletingPathExtension
        return "out/" + (["", ".", ".."].contains(name) ? "scenario" : name)
    }
}
