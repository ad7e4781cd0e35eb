import Calendars
import Solving
import Scenarios

/// Builds the flat model of a scenario: every placement of every meeting
/// that breaks no hard rule of its own becomes an option with its soft
/// costs; `after` rules become precedences (with a soft gap for side
/// events); linked meetings that may land at different venues get a
/// same-venue term.
public struct ModelBuilder: Sendable {
    public enum BuildError: Error, CustomStringConvertible {
        case calendars(String)
        /// More options than `maximumOptions`, reached while placing `meeting`.
        case tooManyOptions(limit: Int, meeting: String)

        public var description: String {
            switch self {
            case .calendars(let reason): "cannot compute the calendars: \(reason)"
            case .tooManyOptions(let limit, let meeting):
                "the model would have more than \(limit) options (a day, venue and start time each), reached at meeting '\(meeting)'; "
                    + "narrow the windows, venues or start times, or plan fewer meetings at once"
            }
        }
    }

    /// Options (placements) in the whole model at most. A small scenario
    /// can ask for billions (2,000 one-hour sessions, each anywhere in ten
    /// years), which would fill memory before the search starts; the whole
    /// ASEAN year has about 420,000.
    public var maximumOptions = 2_000_000

    /// The longest gap between two linked meetings that still counts as one visit.
    public static let gatheringDays = RuleConstants.gatheringDays

    public let scenario: Scenario

    public init(scenario: Scenario) {
        self.scenario = scenario
    }

    /// `extraHolidays` come from holiday feeds; `extraFixed` from imported
    /// calendars, both read by the caller.
    public func build(extraHolidays: [Holiday] = [], extraFixed: [(title: String, days: DayRange)] = []) throws -> PlanningModel {
        let epoch = scenario.horizon.first
        let clock = ZoneClock(epoch: epoch)
        let countries = scenario.delegations.map(\.country) + scenario.venues.map(\.country)
        let facts: CalendarFacts
        do {
            facts = try CalendarFacts(countries: countries, range: scenario.horizon, extraHolidays: extraHolidays)
        } catch {
            throw BuildError.calendars("\(error)")
        }
        let fixed = fixedDays(extraFixed)
        let generator = OptionGenerator(scenario: scenario, facts: facts, clock: clock, fixedDays: fixed)
        let sites = Sites(venues: scenario.venues)

        var placements: [[Placement]] = []
        var exclusions: [[Exclusion: Int]] = []
        var meetings: [FlatModel.Meeting] = []
        let bounds = DayBounds(scenario: scenario)
        var optionCount = 0
        for (index, meeting) in scenario.meetings.enumerated() {
            let result: OptionGenerator.Result
            do {
                result = try generator.placements(for: meeting, firstDays: bounds?.ranges[index], budget: maximumOptions - optionCount)
            } catch is OptionGenerator.OverBudget {
                throw BuildError.tooManyOptions(limit: maximumOptions, meeting: meeting.id.rawValue)
            }
            optionCount += result.placements.count
            placements.append(result.placements)
            exclusions.append(result.exclusions)
            meetings.append(FlatModel.Meeting(
                id: .init(meeting.id.rawValue),
                attendees: scenario.attendees(of: meeting).map { .init($0.id.rawValue) },
                options: result.placements.map { placement in
                    FlatModel.Option(venue: .init(placement.venue.rawValue), day: placement.dayIndex,
                                     lastDay: placement.lastDayIndex, start: placement.utcStart,
                                     end: placement.utcEnd, cost: placement.cost)
                }))
        }

        let flat = FlatModel(
            epoch: epoch.description,
            sites: sites.names,
            travelMinutes: sites.travelMinutes,
            venues: scenario.venues.map { venue in
                FlatModel.Venue(id: .init(venue.id.rawValue), site: sites.siteOfVenue[venue.id] ?? 0, rooms: venue.rooms)
            },
            meetings: meetings,
            precedences: precedences(),
            sameVenue: sameVenueTerms())
        return PlanningModel(scenario: scenario, epoch: epoch, flat: flat, placements: placements,
                             exclusions: exclusions, facts: facts, fixedDays: fixed)
    }

    /// Each `after` rule as a precedence. A side event should follow its
    /// meeting the same or the next day: each day further costs
    /// `sideEventGapPerDay`.
    private func precedences() -> [FlatModel.Precedence] {
        scenario.meetings.flatMap { meeting in
            meeting.after.map { rule in
                let range = rule.days
                var preferMax = range.maximum
                var costPerDay = 0
                if meeting.kind.isSideEvent {
                    let near = range.minimum + 1
                    preferMax = range.maximum.map { min($0, near) } ?? near
                    costPerDay = scenario.weights.sideEventGapPerDay
                }
                return FlatModel.Precedence(first: .init(rule.meeting.value.rawValue), then: .init(meeting.id.rawValue),
                                            minDays: range.minimum, maxDays: range.maximum,
                                            preferMinDays: range.minimum, preferMaxDays: preferMax, costPerDay: costPerDay)
            }
        }
    }

    /// Meetings of one gathering (linked by an `after` of at most
    /// `gatheringDays` days) that could be held at different venues:
    /// delegations should not have to change venue within a visit.
    private func sameVenueTerms() -> [FlatModel.SameVenue] {
        var terms: [FlatModel.SameVenue] = []
        for meeting in scenario.meetings {
            for rule in meeting.after where (rule.days.maximum ?? .max) <= Self.gatheringDays {
                guard let other = scenario.meeting(rule.meeting.value) else { continue }
                let venues = Set(meeting.venues.map(\.value)).union(other.venues.map(\.value))
                guard venues.count > 1 else { continue }
                terms.append(FlatModel.SameVenue(a: .init(other.id.rawValue), b: .init(meeting.id.rawValue),
                                                 cost: scenario.weights.venueChange))
            }
        }
        return terms
    }

    private func fixedDays(_ extra: [(title: String, days: DayRange)]) -> [OptionGenerator.FixedDay] {
        var days: [OptionGenerator.FixedDay] = []
        for event in scenario.fixed {
            guard case .inline(let title, let range, let attendees, let venue) = event.source else { continue }
            let delegations = Set(scenario.resolve(attendees.map(\.value)).map(\.id))
            for day in range {
                days.append(.init(title: title, day: day, delegations: delegations, venue: venue?.value))
            }
        }
        let everyone = Set(scenario.delegations.filter { scenario.members.contains($0.country) }.map(\.id))
        for event in extra {
            for day in event.days { days.append(.init(title: event.title, day: day, delegations: everyone, venue: nil)) }
        }
        return days
    }
}
