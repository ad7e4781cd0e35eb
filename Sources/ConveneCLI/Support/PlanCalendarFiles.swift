import Foundation
import ICalendar
import Planning
import Scenarios
import CalendarExchange

/// The calendars `convene plan` writes beside plan.json: `calendar.ics`
/// for the whole plan and `calendars/<DELEGATION>.ics` for each
/// delegation, queued on the run's `OutputFiles` so they are written with
/// the plan or not at all. The chair's delegation calendar also carries
/// the run-up's deadlines as all-day events (Docs/Runup.md).
enum PlanCalendarFiles {
    static func add(_ plan: Plan, scenario: Scenario, agendas: PlanAgendas, keptPlan: String?, feed: FeedOptions,
                    folder: String, runup: [RunupDeadline] = [], to files: inout OutputFiles) throws {
        let calendar = PlanCalendar(plan: plan, scenario: scenario)
        var options = PlanCalendar.Options(timestamp: try CalendarStamp.now())
        let programmes = AgendaProgrammes.make(plan: plan, agendas: agendas)
        options.programmes = programmes.lines
        options.agendaItems = programmes.items
        options.programmeDays = programmes.days
        options.previousSequences = previousSequences(besidePlan: keptPlan)
        options.refreshInterval = try feed.refreshInterval()
        options.publishURL = feed.publishURL.map { FeedOptions.join($0, "calendar.ics") }
        files.add(folder + "/calendar.ics", try CalendarStamp.render(calendar, options, source: scenario.file))
        let chair = RunupInput.chairDelegations(scenario)
        let runupEvents = RunupCalendar.events(runup, body: plan.body, cycle: plan.cycle, timestamp: options.timestamp,
                                               previousSequences: options.previousSequences,
                                               moved: Set(plan.meetings.filter { $0.moved != nil }.map(\.id)))
        for id in calendar.delegationIDs {
            options.delegation = id
            let name = SafeFileName.make(id, extension: "ics")
            options.publishURL = feed.publishURL.map { FeedOptions.join($0, "calendars/" + name) }
            let events = chair.contains(id) ? runupEvents : []
            files.add(folder + "/calendars/" + name, try RunupInput.render(calendar, options, runup: events, source: scenario.file))
        }
    }

    /// SEQUENCE by UID from the calendar.ics written with the kept plan,
    /// so an event moved twice reaches 2 (RFC 5545 §3.8.7.4). None when
    /// there is no kept plan or no readable calendar beside it; a calendar
    /// that does not parse is reported and ignored.
    static func previousSequences(besidePlan path: String?) -> [String: Int] {
        guard let path else { return [:] }
        let file = ((path as NSString).deletingLastPathComponent as NSString).appendingPathComponent("calendar.ics")
        guard let data = FileManager.default.contents(atPath: file) else { return [:] }
        var result: [String: Int] = [:]
        do {
            for event in try ICalendarParser().parseCalendar(data: data).events {
                if let uid = event.uid, let sequence = try event.sequence() { result[uid] = sequence }
            }
        } catch {
            Console.error("\(file): warning: \(error); SEQUENCE starts again from 0")
            return [:]
        }
        return result
    }
}
