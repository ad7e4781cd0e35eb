import Solving
import Testing

/// The checker finds each kind of broken rule in an assignment made to break it.
@Suite struct ModelCheckerTests {
    @Test func reportsPrecedenceGapAndOrder() {
        let model = aModel(
            venues: [aVenue("v", rooms: 9)],
            meetings: [
                aMeeting("first", attendees: ["A"], [anOption(day: 2, from: 9, to: 12)]),
                aMeeting("then", attendees: ["B"], [anOption(day: 1), anOption(day: 2, from: 10, to: 11), anOption(day: 2, from: 13, to: 14)]),
            ],
            precedences: [.init(first: "first", then: "then", minDays: 0, maxDays: 3, preferMinDays: 1, preferMaxDays: 1, costPerDay: 5)])
        #expect(ModelChecker.check(model, assignment: [0, 0]).violations
            == [.precedenceGap(first: "first", then: "then", gap: -1, minDays: 0, maxDays: 3)])
        #expect(ModelChecker.check(model, assignment: [0, 1]).violations
            == [.precedenceSameDayOrder(first: "first", then: "then", firstEnd: 2 * 1440 + 720, thenStart: 2 * 1440 + 600)])
        let fine = ModelChecker.check(model, assignment: [0, 2])
        #expect(fine.isFeasible)
        #expect(fine.breakdown == ObjectiveBreakdown(options: 0, precedence: 5, sameVenue: 0))
    }

    @Test func reportsOverbookedVenue() {
        let model = aModel(
            venues: [aVenue("v", rooms: 2)],
            meetings: [
                aMeeting("a", attendees: ["A"], [anOption(day: 0, from: 9, to: 12)]),
                aMeeting("b", attendees: ["B"], [anOption(day: 0, from: 10, to: 13)]),
                aMeeting("c", attendees: ["C"], [anOption(day: 0, from: 11, to: 14), anOption(day: 0, from: 12, to: 14)]),
            ])
        #expect(ModelChecker.check(model, assignment: [0, 0, 0]).violations
            == [.venueOverbooked(venue: "v", minute: 11 * 60, inUse: 3, rooms: 2, meetings: ["a", "b", "c"])])
        #expect(ModelChecker.check(model, assignment: [0, 0, 1]).isFeasible)
    }

    @Test func reportsAttendeeOverlapAndTravel() {
        let model = aModel(
            sites: ["x", "y"], travel: [[0, 90], [60, 0]],
            venues: [aVenue("vx", site: 0, rooms: 9), aVenue("vy", site: 1, rooms: 9)],
            meetings: [
                aMeeting("a", attendees: ["A", "B"], [anOption("vx", day: 0, from: 9, to: 11)]),
                aMeeting("b", attendees: ["B"], [anOption("vx", day: 0, from: 10, to: 12), anOption("vy", day: 0, from: 12, to: 13), anOption("vy", day: 0, from: 7, to: 8)]),
            ])
        #expect(ModelChecker.check(model, assignment: [0, 0]).violations
            == [.attendeeOverlap(attendee: "B", a: "a", b: "b", minute: 600)])
        #expect(ModelChecker.check(model, assignment: [0, 1]).violations
            == [.attendeeTravel(attendee: "B", earlier: "a", later: "b", gapMinutes: 60, travelMinutes: 90)])
        // From y back to x takes 60 minutes: 8:00 to 9:00 is just enough.
        #expect(ModelChecker.check(model, assignment: [0, 2]).isFeasible)
    }

    @Test func reportsUnreadableAssignments() {
        let model = aModel(meetings: [aMeeting("a", [anOption(day: 0)])])
        #expect(ModelChecker.check(model, assignment: []).violations == [.wrongLength(expected: 1, found: 0)])
        #expect(ModelChecker.check(model, assignment: [3]).violations == [.noSuchOption(meeting: "a", option: 3)])
        #expect(ModelChecker.check(model, assignment: [3]).breakdown == nil)
    }
}
