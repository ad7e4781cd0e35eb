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
        kept plan, and SEQUENCE, DTSTAMP and cancelled events come from the plan's calendar state; a plan without \
        one uses SOURCE_DATE_EPOCH when set, else the clock. \
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
        let feeds = try PlanFeeds.load(plan: plan, scenario: scenario)
        let calendar = feeds.calendar
        var options = feeds.options
        options.sessions = sessions
        options.refreshInterval = try feed.refreshInterval()
        options.publishURL = feed.publishURL
        if let delegation {
            guard let id = calendar.delegationID(matching: delegation, state: options.state) else {
                let known = calendar.feedDelegationIDs(state: options.state)
                Console.error("error: no delegation '\(delegation)' in \(plan); known: \(known.joined(separator: ", "))")
                throw ExitStatus.usage
            }
            options.delegation = id
        }
        // The chair's calendar carries the run-up, as `plan` writes it.
        var runup: [VEvent] = []
        let loadedPlan = calendar.plan
        if let loadedScenario = calendar.scenario, let id = options.delegation,
           RunupInput.chairDelegations(loadedScenario).contains(id) {
            let imported = try ImportedCalendars.load(for: loadedScenario, scenarioPath: loadedScenario.file)
            let deadlines = try RunupInput.deadlines(plan: loadedPlan, scenario: loadedScenario, holidays: imported.holidays)
            runup = deadlines.map {
                PlanCalendarFiles.runupEvent($0, plan: loadedPlan, scenario: loadedScenario, state: options.state,
                                             timestamp: options.timestamp)
            }
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
