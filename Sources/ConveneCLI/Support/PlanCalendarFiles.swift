import Calendars
import Foundation
import ICalendar
import Planning
import Scenarios
import CalendarExchange

/// The calendars `convene plan` writes beside plan.json: `calendar.ics`
/// for the whole plan and `calendars/<DELEGATION>.ics` for each
/// delegation, queued on the run's `OutputFiles` so they are written with
/// the plan or not at all; and the calendar state plan.json records.
enum PlanCalendarFiles {
    /// The export of `plan` with its programmes, as of this run's stamp.
    static func export(_ plan: Plan, scenario: Scenario, agendas: PlanAgendas,
                       feed: FeedOptions) throws -> (PlanCalendar, PlanCalendar.Options) {
        let calendar = PlanCalendar(plan: plan, scenario: scenario)
        var options = PlanCalendar.Options(timestamp: try CalendarStamp.now())
        let programmes = AgendaProgrammes.make(plan: plan, agendas: agendas)
        options.programmes = programmes.lines
        options.agendaItems = programmes.items
        options.programmeDays = programmes.days
        options.refreshInterval = try feed.refreshInterval()
        options.state = plan.calendar
        return (calendar, options)
    }

    /// The calendar state after this plan, carried from the kept plan's
    /// (`CalendarLedger`): SEQUENCE and last change of every event, and
    /// the cancelled ones still kept.
    static func state(_ plan: Plan, scenario: Scenario, agendas: PlanAgendas, kept: Plan?,
                      feed: FeedOptions) throws -> CalendarState {
        let (calendar, options) = try export(plan, scenario: scenario, agendas: agendas, feed: feed)
        let current: [CalendarLedger.Current]
        do {
            current = try calendar.ledgerInput(options)
        } catch {
            Console.error("\(scenario.file): error: \(error)")
            throw ExitStatus.dataError
        }
        let stamp = options.timestamp
        let stampDay = Day(daysSince1970: stamp.date.daysSince1970)
        let text = CivilClock.rfc3339(Int64(stamp.civilSeconds))
        return CalendarLedger.next(previous: kept?.calendar, current: current, stamp: text, stampDay: stampDay)
    }

    static func add(_ plan: Plan, scenario: Scenario, agendas: PlanAgendas, feed: FeedOptions, folder: String,
                    to files: inout OutputFiles) throws {
        var (calendar, options) = try export(plan, scenario: scenario, agendas: agendas, feed: feed)
        options.publishURL = feed.publishURL.map { FeedOptions.join($0, "calendar.ics") }
        files.add(folder + "/calendar.ics", try CalendarStamp.render(calendar, options, source: scenario.file))
        for id in calendar.feedDelegationIDs(state: options.state) {
            options.delegation = id
            let name = SafeFileName.make(id, extension: "ics")
            options.publishURL = feed.publishURL.map { FeedOptions.join($0, "calendars/" + name) }
            files.add(folder + "/calendars/" + name, try CalendarStamp.render(calendar, options, source: scenario.file))
        }
    }
}
