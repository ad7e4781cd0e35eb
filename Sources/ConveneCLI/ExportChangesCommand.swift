import ArgumentParser
import Foundation
import ICalendar
import Planning
import Scenarios
import CalendarExchange

/// `convene export changes OLD NEW -o DIR`: for each delegation a re-plan
/// touches, and only those, the iTIP messages that update its calendar and
/// a short notice of what changed and why.
public struct ExportChangesCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "changes",
        abstract: "Write, per delegation a re-plan touches, iTIP messages (REQUEST, CANCEL) and a notice of what changed.",
        discussion: """
        Compares the calendar state of two plans (NEW normally made with 'plan --keep OLD'). For each delegation \
        with a change: DIR/<DELEGATION>/notice.txt and notice.md (one sentence per change, with the reason the \
        planner gives), and one iTIP message per changed event: <event>-request.ics (METHOD:REQUEST, new or \
        changed events) or <event>-cancel.ics (METHOD:CANCEL), with ORGANIZER and ATTENDEE from the scenario's \
        e-mail fields. Delegations untouched get nothing. Exit status: 0 written (also when nothing changed), \
        64 bad command line, 65 bad plan, 66 missing file, 73/74 cannot write.
        """
    )

    @Argument(help: "The plan before (plan.json).")
    var old: String

    @Argument(help: "The plan after (plan.json, made with 'plan --keep OLD').")
    var new: String

    @Option(name: .shortAndLong, help: "Output folder.")
    var output: String

    @Option(help: "NEW's scenario, for names and e-mail addresses (default: the one NEW names, when found).")
    var scenario: String?

    public init() {}

    public func run() throws {
        let before = try PlanInput.load(old)
        let feeds = try PlanFeeds.load(plan: new, scenario: scenario)
        let plan = feeds.calendar.plan
        guard let state = plan.calendar else {
            Console.error("\(new): error: this plan has no calendar state; make it again with 'convene plan --keep \(old)'")
            throw ExitStatus.dataError
        }
        let people = CalendarParticipants(plan: plan, scenario: feeds.calendar.scenario)
        let delegations = feeds.calendar.feedDelegationIDs(state: state)
        let notices = ChangeNotice.between(old: before.calendar, new: plan, names: people.name(ofDelegation:),
                                           delegations: delegations)
        var files = OutputFiles()
        for notice in notices {
            let folder = output + "/" + SafeFileName.make(notice.delegation, extension: "").dropLast()
            files.add(folder + "/notice.txt", notice.text(termName: people.termName, asOf: state.stamp))
            files.add(folder + "/notice.md", notice.markdown(termName: people.termName, asOf: state.stamp))
            for change in notice.changes {
                let method = change.kind == .cancelled ? "cancel" : "request"
                let name = SafeFileName.make(String(change.uid.prefix { $0 != "@" }) + "-" + method, extension: "ics")
                do {
                    let message = try feeds.calendar.message(for: change, to: notice.delegation, options: feeds.options)
                    files.add(folder + "/" + name, try ICalendarWriter.write(message))
                } catch {
                    Console.error("\(new): error: \(error)")
                    throw ExitStatus.dataError
                }
            }
        }
        try files.commit()
        let touched = notices.map(\.delegation)
        Console.out(touched.isEmpty ? "no delegation is touched by a change"
            : "wrote \(output)/: \(touched.count) delegations touched (\(touched.joined(separator: ", "))); "
                + "\(delegations.count - touched.count) untouched get nothing")
    }
}
