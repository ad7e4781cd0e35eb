import Solving
import Testing

/// Small builders for hand-made models: minutes are counted from the epoch,
/// hours given in UTC on the option's day.
func aVenue(_ id: String, site: Int = 0, rooms: Int = 1) -> FlatModel.Venue {
    FlatModel.Venue(id: ModelVenueID(id), site: site, rooms: rooms)
}

func anOption(_ venue: String = "v", day: Int, from: Int = 9, to: Int = 17, cost: Int = 0, lastDay: Int? = nil) -> FlatModel.Option {
    let last = lastDay ?? day
    return FlatModel.Option(
        venue: ModelVenueID(venue), day: day, lastDay: last,
        start: day * 1440 + from * 60, end: last * 1440 + to * 60, cost: cost)
}

func aMeeting(_ id: String, attendees: [String] = ["A"], _ options: [FlatModel.Option]) -> FlatModel.Meeting {
    FlatModel.Meeting(id: ModelMeetingID(id), attendees: attendees.map { ModelAttendeeID($0) }, options: options)
}

func aModel(
    sites: [String] = ["s0"], travel: [[Int]]? = nil, venues: [FlatModel.Venue] = [aVenue("v")],
    meetings: [FlatModel.Meeting], precedences: [FlatModel.Precedence] = [], sameVenue: [FlatModel.SameVenue] = []
) -> FlatModel {
    FlatModel(
        epoch: "2023-01-01", sites: sites,
        travelMinutes: travel ?? sites.map { _ in sites.map { _ in 0 } },
        venues: venues, meetings: meetings, precedences: precedences, sameVenue: sameVenue)
}

/// Solves and re-checks the answer with the independent checker: no hard
/// rule broken, and the same objective and breakdown.
@discardableResult
func solveAndCheck(_ model: FlatModel, _ options: SolveOptions = SolveOptions(timeLimit: .seconds(20))) throws -> SolveResult {
    let result = try Solver.solve(model, options: options)
    if let assignment = result.assignment {
        let report = ModelChecker.check(model, assignment: assignment)
        #expect(report.violations == [])
        #expect(report.breakdown == result.breakdown)
        #expect(report.objective == result.objective)
        if let lowerBound = result.lowerBound, let objective = result.objective {
            #expect(lowerBound <= objective)
        }
    }
    return result
}
