import ArgumentParser
import Calendars
import Foundation
import ICalendar
import Planning
import Scenarios
import Checking
import CalendarExchange

/// The CLI's side of the run-up: the deadlines of a plan's meetings on the
/// chair's working days (the scenario's imported holidays counted), and
/// the chair's calendar with them added.
enum RunupInput {
    /// The deadlines of every meeting `plan` places; an error computing
    /// holidays is bad data (65), named by the scenario.
    static func deadlines(plan: Plan, scenario: Scenario, holidays: [Holiday]) throws -> [RunupDeadline] {
        let items = ScheduleBuilder.fromPlan(plan, scenario: scenario).schedule.items
        return try deadlines(items: items, scenario: scenario, holidays: holidays)
    }

    static func deadlines(items: [Schedule.Item], scenario: Scenario, holidays: [Holiday]) throws -> [RunupDeadline] {
        let placed = items.map { RunupPlanner.Placed(meeting: $0.meeting, venue: $0.venue, firstDay: $0.firstDay) }
        do {
            return try RunupPlanner(scenario: scenario, extraHolidays: holidays).deadlines(for: placed)
        } catch {
            Console.error("\(scenario.file): error: cannot work out the run-up: \(error)")
            throw ExitStatus.dataError
        }
    }

    /// "ACCSM 22, chair BN".
    static func title(_ scenario: Scenario) -> String {
        "\(scenario.body.short)\(scenario.cycle.map { " \($0)" } ?? ""), chair \(scenario.chair)"
    }

    /// The ids of the chair's delegations: whose calendar gets the run-up.
    static func chairDelegations(_ scenario: Scenario) -> Set<String> {
        Set(scenario.delegations.filter { $0.country == scenario.chair }.map(\.id.rawValue))
    }

    /// A delegation's calendar text with the run-up's all-day events after
    /// its meetings.
    static func render(_ calendar: PlanCalendar, _ options: PlanCalendar.Options, runup: [VEvent], source: String) throws -> String {
        guard !runup.isEmpty else { return try CalendarStamp.render(calendar, options, source: source) }
        do {
            var object = try calendar.calendar(options)
            for event in runup { object.add(event) }
            return try ICalendarWriter.write(object)
        } catch let error as PlanCalendarError {
            Console.error("\(source): error: \(error)")
            if case .unknownDelegation = error { throw ExitStatus.usage }
            throw ExitStatus.dataError
        } catch {
            Console.error("\(source): error: \(error)")
            throw ExitStatus.dataError
        }
    }
}
