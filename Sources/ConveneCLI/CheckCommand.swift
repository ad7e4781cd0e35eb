import ArgumentParser
import Calendars
import Foundation
import ICalendar
import Planning
import Scenarios
import Checking

/// `convene check`: checks a schedule (a plan, a pinned scenario, or
/// calendar files) against its scenario and reports every hard conflict
/// and soft cost, each with its reason.
public struct CheckCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check a schedule against its scenario: every conflict, explained.",
        discussion: """
        The schedule is a plan.json (its scenario is the one it records, or --scenario), a scenario \
        whose meetings are pinned with date: (.yaml), or one or more iCalendar files (.ics, with \
        --scenario), whose events are matched to meetings by UID or title. \
        Exit status: 0 no hard conflict and everything checked, 1 hard conflicts found, 64 bad command line, \
        65 part of the input could not be checked (each entry listed with file:line:column: an unknown venue, \
        an end before the start, a meeting placed twice, an event that matches no meeting unless \
        --allow-unmatched), 66 missing file. With --today, the run-up's deadlines (Docs/Runup.md) of \
        meetings still to come are reviewed too: those already past are warnings, those due within a week \
        notes; neither changes the exit status.
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    /// What the positional arguments are, by extension.
    enum InputKind: Equatable {
        case pinnedScenario, plan, calendars

        init?(path: String) {
            switch (path as NSString).pathExtension.lowercased() {
            case "yaml", "yml": self = .pinnedScenario
            case "json": self = .plan
            case "ics", "ical", "ifb": self = .calendars
            default: return nil
            }
        }
    }

    @Argument(help: "A scenario with pinned meetings (.yaml), a plan (.json), or calendar files (.ics).")
    var inputs: [String] = []

    @Option(help: "The scenario to check against (needed for .ics; for a plan, overrides the one it records).")
    var scenario: String?

    @Option(help: "text (a list by meeting) or json.")
    var format: Format = .text

    @Flag(help: "Calendar events that match no meeting are expected (a shared calendar with other events): list them as warnings and do not let them change the exit status.")
    var allowUnmatched = false

    @Option(help: "Today's date (YYYY-MM-DD): also warn of run-up deadlines already past or due within a week.")
    var today: String?

    public init() {}

    public func validate() throws {
        if let today, Day(iso: today) == nil {
            throw ValidationError("--today must be a date YYYY-MM-DD; found '\(today)'")
        }
        guard !inputs.isEmpty else { throw ValidationError("give a scenario (.yaml), a plan (.json) or calendar files (.ics) to check") }
        let kinds = try inputs.map { path -> InputKind in
            guard let kind = InputKind(path: path) else {
                throw ValidationError("'\(path)': expected a scenario (.yaml), a plan (.json) or calendar files (.ics)")
            }
            return kind
        }
        guard Set(kinds.map { "\($0)" }).count == 1 else {
            throw ValidationError("check one kind of input at a time: a scenario, a plan, or calendar files")
        }
        switch kinds[0] {
        case .pinnedScenario, .plan:
            guard inputs.count == 1 else { throw ValidationError("check one \(kinds[0] == .plan ? "plan" : "scenario") at a time") }
            if kinds[0] == .pinnedScenario, scenario != nil {
                throw ValidationError("--scenario is for plans and calendars; a .yaml argument is itself the scenario")
            }
        case .calendars:
            guard scenario != nil else { throw ValidationError("checking .ics files needs --scenario SCENARIO, the meetings they belong to") }
        }
    }

    public func run() throws {
        guard let first = inputs.first, let kind = InputKind(path: first) else { throw ExitStatus.usage }
        let loaded: Scenario
        let built: ScheduleBuilder.Result
        var sources: [String: String] = [:]
        switch kind {
        case .pinnedScenario:
            let text = try InputFile.read(first, kind: .scenario)
            loaded = try ScenarioInput.load(first, text: text)
            sources[first] = text
            built = ScheduleBuilder.fromPinned(loaded)
        case .plan:
            let planText = try InputFile.read(first, kind: .plan)
            let planFile = try PlanInput.read(first, text: planText)
            let plan = planFile.plan
            let scenarioPath = try scenario ?? recordedScenario(plan, planPath: first)
            let scenarioText = try InputFile.read(scenarioPath, kind: .scenario)
            loaded = try ScenarioInput.load(scenarioPath, text: scenarioText)
            if SHA256.hex(Array(scenarioText.utf8)) != plan.scenarioSHA256 {
                Console.error("\(first): note: \(scenarioPath) has changed since this plan was made; checking against it as it is now")
            }
            sources[first] = planText
            built = ScheduleBuilder.fromPlan(planFile, scenario: loaded)
        case .calendars:
            let scenarioPath = scenario ?? ""
            loaded = try ScenarioInput.load(scenarioPath)
            var calendars: [CalendarScheduleReader.Source] = []
            for path in inputs {
                // Bytes: a line may be folded inside a UTF-8 character (RFC 5545 §3.1).
                let bytes = try InputFile.readBytes(path, kind: .calendar, limit: ParserLimits().maxInputBytes)
                sources[path] = String(decoding: bytes, as: UTF8.self)
                calendars.append(.init(file: path, bytes: Array(bytes)))
            }
            built = CalendarScheduleReader.read(calendars, scenario: loaded, unmatchedExpected: allowUnmatched)
        }
        // Imported holidays and calendars count as they do for `plan`.
        let imported = try ImportedCalendars.load(for: loaded, scenarioPath: loaded.file)
        if !built.diagnostics.isEmpty {
            Console.error(DiagnosticRenderer(sources: sources).render(built.diagnostics))
        }
        // An entry that cannot be read stops nothing else from being checked,
        // but the run ends 65: a schedule is never called clean when part of
        // it was not checked.
        guard built.schedule.items.count > 0 || !built.hasErrors else { throw ExitStatus.dataError }

        let report: CheckReport
        do {
            report = try ScheduleChecker(scenario: loaded, extraHolidays: imported.holidays, extraFixed: imported.fixed)
                .check(built.schedule)
        } catch {
            Console.error("\(first): error: \(error)")
            throw ExitStatus.dataError
        }
        var runup: (today: Day, findings: [RunupReview.Finding], checked: Int)?
        if let today = today.flatMap({ Day(iso: $0) }) {
            let deadlines = try RunupInput.deadlines(items: built.schedule.items, scenario: loaded, holidays: imported.holidays)
            let coming = deadlines.filter { $0.meetingDay > today }
            runup = (today, RunupReview.review(coming, today: today), coming.count)
        }
        switch format {
        case .text:
            var text = CheckReportText.render(report, schedule: built.schedule, input: inputs.joined(separator: ", "),
                                              unmatchedEvents: built.unmatchedEvents)
            if let runup { text += "\n" + CheckReportText.runup(runup.findings, today: runup.today, checked: runup.checked) }
            Console.out(text)
        case .json: Console.out(CheckReportText.json(report, runup: runup.map { ($0.today, $0.findings) }))
        }
        let skipped = report.unchecked.filter(\.isSkippedEntry)
        if !skipped.isEmpty {
            Console.error(DiagnosticRenderer(sources: sources).render(skipped.map { entry in
                .error("meeting '\(entry.meeting)' not checked: \(entry.reason)", at: entry.location)
            }))
        }
        if built.hasErrors || !skipped.isEmpty {
            let count = built.diagnostics.filter { $0.severity == .error }.count + skipped.count
            Console.error("\(count) entr\(count == 1 ? "y" : "ies") of \(inputs.joined(separator: ", ")) not checked (listed above); the rest was")
            throw ExitStatus.dataError
        }
        if !report.hard.isEmpty { throw ExitStatus.conflicts }
    }

    /// The scenario a plan records, as written relative to the working
    /// folder, else relative to the plan's own folder.
    private func recordedScenario(_ plan: Plan, planPath: String) throws -> String {
        let path = AgendaInput.resolve(plan.scenario, besidePlan: planPath)
        if FileManager.default.fileExists(atPath: path) { return path }
        Console.error("\(planPath): error: the plan's scenario '\(plan.scenario)' is not found here or beside the plan; give --scenario SCENARIO")
        throw ExitStatus.noInput
    }
}
