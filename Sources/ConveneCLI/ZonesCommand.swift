import Agenda
import ArgumentParser
import Calendars
import Planning
import Scenarios

/// `convene zones PLAN --meeting ID`: each remote delegation's local hours
/// for a virtual or hybrid session, and with `--suggest` the fairest starts.
public struct ZonesCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "zones",
        abstract: "Show each delegation's local hours for a virtual or hybrid session.",
        discussion: """
        Ratings: comfortable (within \(RuleConstants.comfortableRemoteHours) local time), \
        acceptable (within \(RuleConstants.acceptableRemoteHours)), outside. --suggest ranks \
        start times on a 15-minute grid of the same day that keep every delegation acceptable: \
        fewest minutes outside \(RuleConstants.comfortableRemoteHours) for the worst-off \
        delegation first, then the fewest in total. Exit status: 0 done, 64 unknown or \
        in-person meeting, 65 bad plan, 66 missing file.
        """
    )

    @Argument(help: "The plan (plan.json).")
    var plan: String

    @Option(help: "The meeting's id in the plan.")
    var meeting: String

    @Flag(help: "Also rank the best start times for that day.")
    var suggest = false

    @Option(help: "The scenario (default: the plan's own 'scenario' path).")
    var scenario: String?

    public init() {}

    public func run() throws {
        let (loadedPlan, loadedScenario) = try AgendaInput.load(plan: plan, scenario: scenario)
        guard let entry = loadedPlan.meetings.first(where: { $0.id == MeetingID(meeting) }) else {
            throw AgendaInput.fail(.unknownMeeting(meeting, known: loadedPlan.meetings.map(\.id.rawValue)), plan: plan)
        }
        let remote = entry.mode == .virtual ? entry.attendees : entry.remote
        guard entry.mode != .inPerson, !remote.isEmpty else {
            Console.error("\(plan): error: meeting '\(meeting)' is held in person with no remote delegation: no one's clock differs from the venue's")
            throw ExitStatus.usage
        }
        let day = entry.date, start = entry.localStart, end = entry.localEnd
        guard start < end else {
            throw AgendaInput.fail(.badPlanField(meeting: meeting, field: "localEnd", value: end.description), plan: plan)
        }
        let builder = AgendaBuilder(plan: loadedPlan, scenario: loadedScenario)
        let instant: Int64, venueOffset: Int, clocks: [DelegationClock]
        do {
            instant = try LocalClock.unixSeconds(day: day, minute: start.minutes, zone: entry.timeZone.identifier)
            venueOffset = try ICU.offset(zone: entry.timeZone.identifier, at: instant)
            clocks = try builder.clocks(for: remote, at: instant)
        } catch let error as ICUError {
            throw AgendaInput.fail(.icu(error), plan: plan)
        } catch let error as AgendaError {
            throw AgendaInput.fail(error, plan: plan)
        }
        let utcStart = start.minutes - venueOffset / 60
        let duration = end.minutes - start.minutes
        var lines = ["\(entry.id): \(entry.title)",
                     "\(entry.date) \(entry.localStart)-\(entry.localEnd) \(entry.timeZone) (UTC\(entry.utcOffset)), \(entry.mode.rawValue)", ""]
        let rows = clocks.map { clock in
            let hours = LocalHours(clock: clock, utcStart: utcStart, utcEnd: utcStart + duration)
            return [clock.delegation, clock.zone, "UTC" + clock.offsetText,
                    OffsetText.clock(hours.start) + "-" + OffsetText.clock(hours.end) + Self.shift(hours.dayShift),
                    hours.rating.rawValue, String(hours.minutesOutsideComfortable)]
        }
        lines += Table.render(header: ["delegation", "zone", "offset", "local time", "rating", "min outside 09-17"],
                              rows: rows, rightAligned: [5])
        if suggest {
            let suggestions = StartSuggester.suggest(clocks: clocks, venueOffsetSeconds: venueOffset, duration: duration)
            lines.append("")
            if suggestions.isEmpty {
                lines.append("no start on \(entry.date) keeps every delegation within \(RuleConstants.acceptableRemoteHours) for \(duration) minutes")
            } else {
                lines.append("best starts on \(entry.date) (\(entry.timeZone)), fairest first:")
                let ranked = suggestions.enumerated().map { rank, suggestion in
                    let worst = suggestion.hours.max { $0.minutesOutsideComfortable < $1.minutesOutsideComfortable }
                    let spread = suggestion.hours.map { OffsetText.clock($0.start) }
                    return [String(rank + 1), OffsetText.clock(suggestion.start) + "-" + OffsetText.clock(suggestion.start + duration),
                            String(suggestion.worstMinutesOutside), String(suggestion.totalMinutesOutside),
                            worst.map { $0.minutesOutsideComfortable > 0 ? $0.clock.delegation : "-" } ?? "-",
                            "\(spread.min() ?? "")..\(spread.max() ?? "")"]
                }
                lines += Table.render(header: ["rank", "venue time", "worst min outside", "total", "worst off", "local starts"],
                                      rows: ranked, rightAligned: [0, 2, 3])
            }
        }
        Console.out(lines.joined(separator: "\n"))
    }

    private static func shift(_ days: Int) -> String {
        days == 0 ? "" : " (\(days > 0 ? "+" : "")\(days) day)"
    }
}
