import ArgumentParser
import Calendars
import Foundation
import Planning
import Scenarios

/// `convene export runup PLAN`: the secretariat's deadlines before each
/// meeting, worked back onto the chair's working days (Docs/Runup.md).
public struct ExportRunupCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "runup",
        abstract: "List the run-up: each meeting's invitation, registration, documents and other deadlines.",
        discussion: """
        Each task is due its lead time's days before the meeting's first day (defaults by meeting kind, \
        overridden by the scenario's runup:), on a working day of the chair's country: a deadline on a \
        weekend or holiday moves to the working day before it. Exit status: 0 written, 65 bad plan or \
        scenario, 66 missing file, 73/74 cannot write.
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case md, csv, json }

    @Argument(help: "The plan (plan.json).")
    var plan: String

    @Option(help: "md (a table), csv or json.")
    var format: Format = .md

    @Option(help: "The scenario (default: the plan's own 'scenario' path).")
    var scenario: String?

    @Option(name: .shortAndLong, help: "Output file (default: standard output).")
    var output: String?

    public init() {}

    public func run() throws {
        let (loadedPlan, loadedScenario) = try AgendaInput.load(plan: plan, scenario: scenario)
        let imported = try ImportedCalendars.load(for: loadedScenario, scenarioPath: loadedScenario.file)
        let deadlines = try RunupInput.deadlines(plan: loadedPlan, scenario: loadedScenario, holidays: imported.holidays)
        let table = RunupTable(deadlines: deadlines, title: RunupInput.title(loadedScenario),
                               countryName: Countries.named(loadedScenario.chair)?.name ?? loadedScenario.chair.rawValue)
        let text: String = switch format {
        case .md: table.markdown()
        case .csv: table.csv()
        case .json: try table.json()
        }
        if let output {
            var files = OutputFiles()
            files.add(output, text)
            try files.commit()
        } else {
            Console.out(text)
        }
    }
}
