import ArgumentParser
import Planning
import Scenarios

/// `convene validate SCENARIO`: reports every problem of a scenario file,
/// or a one-line summary when there is none.
public struct ValidateCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check a scenario file and report every problem with its line and column.",
        discussion: """
        Reads everything `plan` reads: the scenario and the calendars it imports (fixed: - ics:, \
        holidays: - ics:), so a scenario that validates does not then fail to plan for want of a file. \
        Exit status: 0 valid, 65 invalid, 66 file missing.
        """
    )

    @Argument(help: "The scenario file (YAML).")
    var scenario: String

    public init() {}

    public func run() throws {
        let loaded = try ScenarioInput.load(scenario)
        let imported = try ImportedCalendars.load(for: loaded, scenarioPath: scenario)
        let feeds = loaded.fixed.filter { if case .calendar = $0.source { true } else { false } }.count + loaded.holidayFeeds.count
        let inPerson = loaded.venues.filter { !$0.isVirtual }.count
        let online = loaded.venues.count - inPerson
        var venues = "\(loaded.venues.count) venue\(loaded.venues.count == 1 ? "" : "s")"
        if online > 0 { venues += " (\(online) virtual)" }
        Console.out("\(scenario): valid: \(loaded.body.short)\(loaded.cycle.map { " \($0)" } ?? ""), chair \(loaded.chair); "
            + "\(loaded.meetings.count) meetings, \(venues), \(loaded.delegations.count) delegations; "
            + "horizon \(loaded.horizon.first) to \(loaded.horizon.last) (\(loaded.horizon.count) days)"
            + (feeds == 0 ? "" : "; \(feeds) imported calendar\(feeds == 1 ? "" : "s") read (\(imported.fixed.count) fixed events, \(imported.holidays.count) holidays)"))
    }
}
