import Calendars
import ConveneTestSupport
import Testing
@testable import Planning
@testable import Scenarios

/// The run-up: lead times by default, by kind and by meeting; deadlines on
/// the chair's working days, moved earlier and never later; what
/// `check --today` reports.
@Suite struct RunupPlannerTests {
    static func scenario(_ text: String) throws -> Scenario {
        let result = ScenarioFixtures.load(text)
        return try #require(result.scenario, "\(result.diagnostics)")
    }

    static func day(_ text: String) -> Day { Day(iso: text)! }

    static func item(_ meeting: String, venue: String = "icc", on day: String) -> RunupPlanner.Placed {
        RunupPlanner.Placed(meeting: MeetingID(meeting), venue: VenueID(venue), firstDay: Self.day(day))
    }

    static func deadline(_ deadlines: [RunupDeadline], _ meeting: String, _ task: RunupTask) throws -> RunupDeadline {
        try #require(deadlines.first { $0.meeting.rawValue == meeting && $0.task == task })
    }

    /// Brunei rests on Friday and Sunday: a deadline that falls on a Friday
    /// is due on the Thursday before.
    @Test func bruneiFridayMovesToThursday() throws {
        let scenario = try Self.scenario(ScenarioFixtures.minimal + """
        runup:
          som: { invitation: 40 }

        """)
        let deadlines = try RunupPlanner(scenario: scenario).deadlines(for: [Self.item("som", on: "2023-05-10")])
        let invitation = try Self.deadline(deadlines, "som", .invitation)
        #expect(invitation.nominal == Self.day("2023-03-31"))
        #expect(invitation.nominal.weekday == .friday)
        #expect(invitation.due == Self.day("2023-03-30"))
        #expect(invitation.due.weekday == .thursday)
        #expect(invitation.skipped.map(\.reason) == ["Friday, a weekend day in Brunei Darussalam"])
        #expect(invitation.actualLead == 41)
    }

    /// A deadline on a working day stays where it is.
    @Test func workingDayStays() throws {
        let scenario = try Self.scenario(ScenarioFixtures.minimal)
        let deadlines = try RunupPlanner(scenario: scenario).deadlines(for: [Self.item("som", on: "2023-05-10")])
        let lists = try Self.deadline(deadlines, "som", .delegationLists)
        #expect(lists.nominal == Self.day("2023-05-03"))
        #expect(lists.due == lists.nominal)
        #expect(lists.skipped.isEmpty)
    }

    /// Tet 2024 runs from 8 to 14 February in Viet Nam: a deadline on it
    /// moves before it, to the last working day before the holiday.
    @Test func tetMovesBeforeIt() throws {
        let scenario = try Self.scenario("""
        body: { name: Test Body, short: TB }
        chair: VN
        horizon: { from: 2024-01-01, to: 2024-12-31 }
        venues:
          - { id: icc, rooms: 2 }
        meetings:
          - { id: som, kind: som, days: 1, venues: [icc] }

        """)
        // Delegation lists: 7 days before Monday 19 February is Monday 12 February, in Tet.
        let deadlines = try RunupPlanner(scenario: scenario).deadlines(for: [Self.item("som", on: "2024-02-19")])
        let lists = try Self.deadline(deadlines, "som", .delegationLists)
        #expect(lists.nominal == Self.day("2024-02-12"))
        #expect(lists.due == Self.day("2024-02-07"))
        #expect(lists.due < lists.nominal)
        #expect(lists.skipped.contains { $0.reason.contains("Tet") })
        let holidays = try Holidays.of("VN", in: DayRange(Self.day("2024-02-01"), Self.day("2024-02-29"))!)
        #expect(!holidays.contains { $0.date == lists.due })
        #expect(holidays.contains { $0.date == Self.day("2024-02-08") && $0.name.contains("Tet") })
    }

    /// Deadlines move earlier, never later: every due day is on or before
    /// its nominal day, and a working day for the chair.
    @Test func neverLater() throws {
        let scenario = try Self.scenario(ScenarioFixtures.minimal)
        let items = stride(from: 0, to: 60, by: 1).map { Self.item("som", on: Self.day("2023-05-01").adding(days: $0).description) }
        let facts = try CalendarFacts(countries: ["BN"], range: DayRange(Self.day("2022-12-01"), Self.day("2023-07-31"))!)
        for item in items {
            for deadline in try RunupPlanner(scenario: scenario).deadlines(for: [item]) {
                #expect(deadline.due <= deadline.nominal)
                #expect(facts.on(deadline.due, for: "BN").isFree, "\(deadline.due) for \(deadline.task)")
                #expect(deadline.skipped.count == deadline.due.days(to: deadline.nominal))
            }
        }
    }

    /// A meeting's own lead beats its kind's, which beats the default; each
    /// says where it was set.
    @Test func overridesByKindAndMeeting() throws {
        let scenario = try Self.scenario(ScenarioFixtures.minimal.replacingOccurrences(of: """
          - id: som
            kind: som
        """, with: """
          - id: som
            kind: som
            runup: { invitation: 70 }
        """) + """
        runup:
          som: { invitation: 56, documents: 49 }

        """)
        let deadlines = try RunupPlanner(scenario: scenario).deadlines(for: [Self.item("som", on: "2023-05-10")])
        let invitation = try Self.deadline(deadlines, "som", .invitation)
        #expect(invitation.leadDays == 70)
        #expect(invitation.source == .meeting(SourceLocation(file: "test.yaml", line: 16, column: 26)))
        let documents = try Self.deadline(deadlines, "som", .documents)
        #expect(documents.leadDays == 49)
        guard case .kind = documents.source else { Issue.record("documents: \(documents.source)"); return }
        #expect(try Self.deadline(deadlines, "som", .logisticsNote).source == .standard)
    }

    /// A virtual meeting has no host-country arrangements.
    @Test func virtualMeetingNeedsNoHostArrangements() throws {
        let scenario = try Self.scenario(ScenarioFixtures.minimal)
        let online = try RunupPlanner(scenario: scenario).deadlines(for: [Self.item("som", venue: "online", on: "2023-05-10")])
        #expect(!online.contains { $0.task == .hostArrangements })
        let inPerson = try RunupPlanner(scenario: scenario).deadlines(for: [Self.item("som", on: "2023-05-10")])
        #expect(inPerson.contains { $0.task == .hostArrangements })
        #expect(Set(inPerson.map(\.task)) == Set(RunupTask.allCases))
    }

    /// Unknown tasks and kinds, leads out of range, and registration closing
    /// before it opens are errors at their place.
    @Test func badOverridesAreReportedWithTheirPlace() {
        let errors = ScenarioFixtures.errors(of: ScenarioFixtures.minimal + """
        runup:
          som: { invitaton: 56 }
          summit: { documents: 42 }
          heads: { documents: 900 }
          preparatory: { registration-opens: 10, registration-closes: 12 }
          forum: { registration-closes: 50 }

        """)
        #expect(errors.contains { $0.hasPrefix("20:10: ") && $0.contains("invitaton") && $0.contains("did you mean 'invitation'") })
        #expect(errors.contains { $0.hasPrefix("21:3: ") && $0.contains("summit") })
        #expect(errors.contains { $0.hasPrefix("22:23: ") && $0.contains("900") })
        #expect(errors.contains { $0.hasPrefix("23:63: ") && $0.contains("registration would close") })
        #expect(!errors.contains { $0.contains("forum") }, "no forum in the scenario: \(errors)")
        #expect(errors.count == 4, "\(errors)")
    }

    /// A kind's override that makes registration close before a meeting's
    /// own opening is found once the two are combined.
    @Test func combinedOverridesAreChecked() {
        let errors = ScenarioFixtures.errors(of: ScenarioFixtures.minimal.replacingOccurrences(of: """
          - id: som
            kind: som
        """, with: """
          - id: som
            kind: som
            runup: { registration-opens: 10 }
        """) + """
        runup:
          som: { registration-closes: 12 }

        """)
        #expect(errors.contains { $0.hasPrefix("16:34: ") && $0.contains("registration would open 10 days before it and close 12") }, "\(errors)")
    }

    /// `check --today`: past deadlines of meetings still to come, and those
    /// due within a week; nothing for meetings already held.
    @Test func reviewWarnsOfPastAndSoonDeadlines() throws {
        let scenario = try Self.scenario(ScenarioFixtures.minimal)
        let deadlines = try RunupPlanner(scenario: scenario).deadlines(for: [Self.item("prep", on: "2023-05-09"),
                                                                               Self.item("som", on: "2023-05-10")])
        let findings = RunupReview.review(deadlines, today: Self.day("2023-04-27"))
        let past = findings.filter { $0.kind == .past }
        let soon = findings.filter { $0.kind == .soon }
        // SOM registration closed 2023-04-26 (14 days before): one day late.
        #expect(past.contains { $0.deadline.meeting == "som" && $0.deadline.task == .registrationCloses
            && $0.message.contains("was due Wednesday 2023-04-26, 1 day ago") })
        #expect(past.allSatisfy { $0.deadline.due < Self.day("2023-04-27") })
        // SOM delegation lists on 2023-05-03: in 6 days.
        #expect(soon.contains { $0.deadline.meeting == "som" && $0.deadline.task == .delegationLists && $0.message.contains("in 6 days") })
        #expect(soon.allSatisfy { $0.deadline.due >= Self.day("2023-04-27") && $0.deadline.due <= Self.day("2023-05-04") })
        // Nothing is due after the meetings have begun.
        #expect(RunupReview.review(deadlines, today: Self.day("2023-05-10")).isEmpty)
        // Long before: nothing past, nothing soon.
        #expect(RunupReview.review(deadlines, today: Self.day("2022-12-01")).isEmpty)
    }

    /// The table in each format: CSV quotes fields with commas (RFC 4180),
    /// JSON carries its format tag and each skipped day.
    @Test func tableFormats() throws {
        let scenario = try Self.scenario(ScenarioFixtures.minimal + """
        runup:
          som: { invitation: 40 }

        """)
        let deadlines = try RunupPlanner(scenario: scenario).deadlines(for: [Self.item("som", on: "2023-05-10")])
        let table = RunupTable(deadlines: deadlines, title: "TB 3, chair BN", countryName: "Brunei Darussalam")
        let csv = table.csv()
        #expect(csv.hasPrefix("due,weekday,meeting,meeting_title,task,task_name,meeting_date,lead_days,days_before,nominal,note\r\n"))
        #expect(csv.contains("2023-03-30,Thursday,som,3rd TB Senior Officials Meeting (SOM),invitation,Invitation letter (note verbale) sent,2023-05-10,40,41,2023-03-31,\"moved from 2023-03-31: 2023-03-31 Friday, a weekend day in Brunei Darussalam; lead set for the kind at test.yaml:20:22\"\r\n"))
        let json = try table.json()
        #expect(json.contains("\"format\" : \"convene-runup/1\""))
        #expect(json.contains("\"reason\" : \"Friday, a weekend day in Brunei Darussalam\""))
        let markdown = table.markdown()
        #expect(markdown.contains("| 2023-03-30 | Thu | 3rd TB Senior Officials Meeting (SOM) [som] | Invitation letter (note verbale) sent | 2023-05-10 | 41 |"))
    }
}
