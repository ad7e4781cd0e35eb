import Solving
import Calendars
@testable import Planning
@testable import Scenarios
@testable import Checking

/// A large scenario and a schedule for it, built in code from a fixed
/// seed: 15 countries with 8 delegations each, three venues in each member
/// capital and one online, meetings of a day, two days or two hours with
/// four delegations each, one in five a side event linked to the meeting
/// before it. Days are drawn over two years without regard to the rules,
/// so the checker meets every kind of conflict.
enum SyntheticSchedule {
    static func make(meetings count: Int) -> (Scenario, Schedule) {
        var random = SplitMix64(seed: 2024)
        let place = SourceLocation(file: "synthetic.yaml", line: 1, column: 1)
        let members = Countries.aseanMembers.map(\.code)
        let countries = Countries.aseanMembers + Countries.plusThree + [Countries.named("AU")].compactMap { $0 }
        var venues: [Venue] = []
        for country in Countries.aseanMembers {
            for n in 1...3 {
                venues.append(Venue(id: VenueID("\(country.code)-\(n)"), name: "\(country.capital) venue \(n)", city: country.capital,
                                    country: country.code, timeZone: country.timeZone, rooms: 2, hours: .standard, closed: [],
                                    isVirtual: false, joinURL: nil, latitude: nil, longitude: nil, location: place))
            }
        }
        venues.append(Venue(id: "online", name: "online", city: nil, country: "BN", timeZone: "Asia/Brunei", rooms: 100,
                            hours: .standard, closed: [], isVirtual: true, joinURL: nil, latitude: nil, longitude: nil, location: place))
        let delegations = countries.flatMap { country in
            (1...8).map { Delegation(id: DelegationID("\(country.code)-\($0)"), country: country.code, name: country.name,
                                     home: country.timeZone, location: nil) }
        }
        let horizonStart = Day(year: 2023, month: 1, day: 1) ?? Day(daysSince1970: 19_358)
        let horizon = DayRange(horizonStart, horizonStart.adding(days: 730)) ?? DayRange(single: horizonStart)
        var meetings: [Meeting] = []
        var items: [Schedule.Item] = []
        for index in 0..<count {
            let id = MeetingID("m\(index)")
            let venue = venues[random.below(venues.count)]
            let roll = random.below(10)
            let length: Meeting.Length = roll < 4 ? .days(1) : roll < 5 ? .days(2) : .minutes(120)
            let sideEvent = index > 0 && random.below(5) == 0
            let after = sideEvent
                ? [Meeting.After(meeting: Located(MeetingID("m\(index - 1)"), at: place),
                                 days: DayCountRange(minimum: 0, maximum: 2) ?? .exactly(1), location: place)]
                : []
            let attendees = (0..<4).map { _ in
                Located(AttendeeReference.delegation(delegations[random.below(delegations.count)].id), at: place)
            }
            meetings.append(Meeting(id: id, kind: sideEvent ? .forum : .other, title: "Meeting \(index)", length: length,
                                    venues: [Located(venue.id, at: place)], attendees: attendees, window: nil,
                                    preferredWindow: nil, preferredStart: nil, after: after, date: nil, start: nil,
                                    mode: nil, remote: [], agenda: nil, location: place))
            let first = horizon.first.adding(days: random.below(horizon.count - 2))
            switch length {
            case .days(let days):
                items.append(Schedule.Item(meeting: id, venue: venue.id, firstDay: first, lastDay: first.adding(days: days - 1),
                                           start: venue.hours.opens, end: venue.hours.closes))
            case .minutes(let minutes):
                let start = 540 + 30 * random.below(13)
                items.append(Schedule.Item(meeting: id, venue: venue.id, firstDay: first, lastDay: first,
                                           start: LocalTime(minutes: start), end: LocalTime(minutes: start + minutes)))
            }
        }
        let scenario = Scenario(file: "synthetic.yaml", body: .init(name: "Synthetic", short: "SYN"), cycle: 1, chair: "BN",
                                theme: nil, horizon: horizon, members: members, partners: ["CN", "JP", "KR", "AU"],
                                venues: venues, delegations: delegations, meetings: meetings, fixed: [], holidayFeeds: [],
                                weights: Weights())
        return (scenario, Schedule(items: items))
    }
}
