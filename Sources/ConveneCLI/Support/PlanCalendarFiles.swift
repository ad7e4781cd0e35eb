import Calendars
import Foundation
import ICalendar
import Planning
import Scenarios
import CalendarExchange

/// The calendars `convene plan` writes beside plan.json: `calendar.ics`
/// for the whole plan and `calendars/<DELEGATION>.ics` for each
/// delegation, queued on the run's `OutputFiles` so they are written with
/// the plan or not at all; and the calendar state plan.json records. The
/// chair's delegation calendar also carries the run-up's deadlines as
/// all-day events (Docs/Runup.md).
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
                    runup: [RunupDeadline] = [], to files: inout OutputFiles) throws {
        var (calendar, options) = try export(plan, scenario: scenario, agendas: agendas, feed: feed)
        options.publishURL = feed.publishURL.map { FeedOptions.join($0, "calendar.ics") }
        files.add(folder + "/calendar.ics", try CalendarStamp.render(calendar, options, source: scenario.file))
        let chair = RunupInput.chairDelegations(scenario)
        let runupEvents = runup.map { deadline in runupEvent(deadline, plan: plan, scenario: scenario, state: options.state, timestamp: options.timestamp) }
        for id in calendar.feedDelegationIDs(state: options.state) {
            options.delegation = id
            let name = SafeFileName.make(id, extension: "ics")
            options.publishURL = feed.publishURL.map { FeedOptions.join($0, "calendars/" + name) }
            let events = chair.contains(id) ? runupEvents : []
            files.add(folder + "/calendars/" + name, try RunupInput.render(calendar, options, runup: events, source: scenario.file))
        }
    }

    /// A run-up deadline as an event that follows its meeting's calendar
    /// state: the SEQUENCE and stamp of the meeting's first day, so that it
    /// changes exactly when the meeting does.
    /// ORGANIZER is the chair's secretariat, as on every event of a
    /// PUBLISH feed (RFC 5546 §3.2.1 requires one).
    static func runupEvent(_ deadline: RunupDeadline, plan: Plan, scenario: Scenario?, state: CalendarState?,
                           timestamp: ICalDateTime) -> VEvent {
        let meetingUID = EventIdentity(body: plan.body, cycle: plan.cycle, meeting: deadline.meeting.rawValue).uid
        let record = state?.event(meetingUID)
        let stamp = record.flatMap { CivilClock.dateTime(rfc3339: $0.lastModified) } ?? timestamp
        var event = RunupCalendar.events([deadline], body: plan.body, cycle: plan.cycle, timestamp: stamp)[0]
        if let record { event.setSequence(record.sequence) }
        event.organizer = CalendarParticipants(plan: plan, scenario: scenario).organizer
        return event
    }
}
