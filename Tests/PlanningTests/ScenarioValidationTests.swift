import ConveneTestSupport
import Testing
@testable import Planning
@testable import Scenarios

/// Each validation error of the scenario format, with its exact place.
/// Columns count characters from 1, as the error messages do.
@Suite struct ScenarioValidationTests {
    let base = ScenarioFixtures.minimal

    @Test func minimalScenarioIsValid() {
        let result = ScenarioFixtures.load(base)
        #expect(result.diagnostics.isEmpty)
        #expect(result.scenario?.meetings.map(\.id) == ["prep", "som"])
        #expect(result.scenario?.meetings.first?.title == "3rd TB Preparatory Meeting")
    }

    @Test func aMeetingsJoinLinkIsDecodedAndMustBeAnHTTPLink() throws {
        let text = base.replacingOccurrences(of: "    after: { meeting: prep, days: 1 }",
                                             with: "    after: { meeting: prep, days: 1 }\n    joinURL: \"https://meet.example.invalid/som\"")
        let scenario = try #require(ScenarioFixtures.load(text).scenario)
        #expect(scenario.meeting(MeetingID("som"))?.joinURL == "https://meet.example.invalid/som")
        #expect(scenario.meeting(MeetingID("prep"))?.joinURL == nil)
        let bad = base.replacingOccurrences(of: "    after: { meeting: prep, days: 1 }",
                                            with: "    after: { meeting: prep, days: 1 }\n    joinURL: meet here")
        #expect(ScenarioFixtures.errors(of: bad) == [
            "19:14: expected the meeting's join URL: an http:// or https:// link without spaces, found 'meet here'",
        ])
    }

    @Test func emailAddressesAreDecodedAndChecked() throws {
        let text = base.replacingOccurrences(of: "body: { name: Test Body, short: TB }",
                                             with: "body: { name: Test Body, short: TB, email: sec@tb.example.org }\n"
                                                 + "delegations: [{ country: SG, email: sg@tb.example.org }]")
        let scenario = try #require(ScenarioFixtures.load(text).scenario)
        #expect(scenario.body.email == "sec@tb.example.org")
        #expect(scenario.delegation(DelegationID("SG"))?.email == "sg@tb.example.org")
        let bad = text.replacingOccurrences(of: "email: sg@tb.example.org", with: "email: \"sg at tb\"")
        #expect(ScenarioFixtures.errors(of: bad) == [
            "2:37: expected the delegation's e-mail address: an address like secretariat@example.org, found 'sg at tb'",
        ])
    }

    @Test func yamlSyntaxErrorNamesItsPlace() {
        let errors = ScenarioFixtures.errors(of: "body: {name: x\nchair: BN\n")
        #expect(errors.count == 1)
        #expect(errors.first?.hasPrefix("2:6: YAML syntax:") == true)
    }

    @Test func unknownKeySuggestsTheNearestKnownOne() {
        let text = base.replacingOccurrences(of: "    venues: [icc]\n    window", with: "    venue: [icc]\n    window")
        #expect(ScenarioFixtures.errors(of: text) == [
            "9:9: meeting 'prep' has no venue; list at least one under 'venues'",
            "12:5: unknown key 'venue' in a meeting; did you mean 'venues'?",
        ])
    }

    @Test func unknownTopLevelKey() {
        #expect(ScenarioFixtures.errors(of: base + "horizn: 2023\n") == [
            "19:1: unknown key 'horizn' in the scenario; did you mean 'horizon'?",
        ])
    }

    @Test func wrongTypes() {
        let text = base
            .replacingOccurrences(of: "rooms: 2", with: "rooms: two")
            .replacingOccurrences(of: "cycle: 3", with: "cycle: [3]")
        #expect(ScenarioFixtures.errors(of: text) == [
            "2:8: expected the cycle number, found a list",
            "6:62: expected the number of rooms (a whole number), found 'two'",
        ])
    }

    @Test func unknownCountryCode() {
        let text = base.replacingOccurrences(of: "chair: BN", with: "chair: BX")
        #expect(ScenarioFixtures.errors(of: text) == ["3:8: unknown country code 'BX' for the chair; did you mean 'BN'?"])
    }

    @Test func unknownTimeZone() {
        let text = base.replacingOccurrences(of: "rooms: 2 }", with: "rooms: 2, timeZone: Asia/Brunie }")
        #expect(ScenarioFixtures.errors(of: text) == [
            "6:75: unknown IANA time zone 'Asia/Brunie' for the venue's time zone; did you mean 'Asia/Brunei'?",
        ])
    }

    @Test func unknownVenueReference() {
        let text = base.replacingOccurrences(of: "    venues: [icc]\n    after", with: "    venues: [icx]\n    after")
        #expect(ScenarioFixtures.errors(of: text) == ["17:14: meeting 'som' names unknown venue 'icx'; did you mean 'icc'?"])
    }

    @Test func unknownMeetingReference() {
        let text = base.replacingOccurrences(of: "meeting: prep", with: "meeting: perp")
        #expect(ScenarioFixtures.errors(of: text) == ["18:23: meeting 'som' comes after unknown meeting 'perp'; did you mean 'prep'?"])
    }

    @Test func duplicateIDs() {
        let text = base.replacingOccurrences(of: "- id: som", with: "- id: prep")
        #expect(ScenarioFixtures.errors(of: text) == [
            "14:9: duplicate meeting id 'prep' (first defined at 9:9)",
            "18:23: meeting 'prep' cannot come after itself",
        ])
    }

    @Test func duplicateVenueIDs() {
        let text = base.replacingOccurrences(of: "{ id: online", with: "{ id: icc")
        #expect(ScenarioFixtures.errors(of: text) == ["7:11: duplicate venue id 'icc' (first defined at 6:11)"])
    }

    @Test func windowOutsideHorizon() {
        let text = base.replacingOccurrences(of: "window: 2023-05-01..2023-05-31", with: "window: 2023-12-20..2024-01-10")
        #expect(ScenarioFixtures.errors(of: text) == [
            "13:13: the window 2023-12-20..2024-01-10 of meeting 'prep' is not inside the horizon 2023-01-01..2023-12-31",
        ])
    }

    @Test func afterCycleIsNamed() {
        let text = base.replacingOccurrences(of: "    window: 2023-05-01..2023-05-31\n",
                                             with: "    window: 2023-05-01..2023-05-31\n    after: { meeting: som, days: 0.. }\n")
        #expect(ScenarioFixtures.errors(of: text) == [
            "19:12: 'after' rules form a cycle: prep → som → prep; each must come after the one before",
        ])
    }

    @Test func impossibleRanges() {
        let text = base
            .replacingOccurrences(of: "days: 1 }", with: "days: 5..2 }")
            .replacingOccurrences(of: "window: 2023-05-01..2023-05-31", with: "window: 2023-05-31..2023-05-01")
        #expect(ScenarioFixtures.errors(of: text) == [
            "13:13: the window 2023-05-31..2023-05-01 ends before it starts",
            "18:35: impossible range 5..2 for 'days': 2 is less than 5",
        ])
    }

    @Test func hoursAndDaysBothGivenOrMissing() {
        let both = base.replacingOccurrences(of: "    kind: preparatory\n    days: 1\n", with: "    kind: preparatory\n    days: 1\n    hours: 2\n")
        #expect(ScenarioFixtures.errors(of: both) == ["11:5: meeting 'prep' gives both 'days' and 'hours'; give one"])
        let neither = base.replacingOccurrences(of: "    kind: preparatory\n    days: 1\n", with: "    kind: preparatory\n")
        #expect(ScenarioFixtures.errors(of: neither) == ["9:9: meeting 'prep' needs 'days' (whole days) or 'hours' (a session)"])
    }

    @Test func hoursMustBeQuarterHours() {
        let text = base.replacingOccurrences(of: "    kind: preparatory\n    days: 1\n", with: "    kind: preparatory\n    hours: 1.1\n")
        #expect(ScenarioFixtures.errors(of: text) == ["11:12: expected hours between 0.25 and 24 in quarter hours, found 1.1"])
    }

    @Test func meetingWithNoVenue() {
        let text = base.replacingOccurrences(of: "    venues: [icc]\n    window", with: "    venues: []\n    window")
        #expect(ScenarioFixtures.errors(of: text) == ["12:13: meeting 'prep' has no venue; list at least one under 'venues'"])
    }

    @Test func everyProblemIsReportedNotOnlyTheFirst() {
        let text = base
            .replacingOccurrences(of: "chair: BN", with: "chair: XX")
            .replacingOccurrences(of: "meeting: prep", with: "meeting: nope")
            .replacingOccurrences(of: "kind: som", with: "kind: summit")
        #expect(ScenarioFixtures.errors(of: text).count == 3)
    }

    @Test func unknownAttendeeSuggests() {
        let text = base.replacingOccurrences(of: "    after: { meeting: prep, days: 1 }\n",
                                             with: "    after: { meeting: prep, days: 1 }\n    attendees: [members, AUS]\n")
        #expect(ScenarioFixtures.errors(of: text) == [
            "19:26: unknown attendee 'AUS': not a group (members, partners, plus-three, chair), a delegation or a known country; did you mean 'AU'?",
        ])
    }

    @Test func idsThatCouldBecomePathsAreRefused() {
        let text = base.replacingOccurrences(of: "- id: som", with: "- id: ../../x")
        #expect(ScenarioFixtures.errors(of: text).first?.hasPrefix("14:9: expected a meeting id: up to 64 letters") == true)
    }

    @Test func aliasBombFailsFast() {
        var text = "a: &a [x, x, x, x, x, x, x, x, x, x]\n"
        for level in 1...9 {
            let items = Array(repeating: "*\(level == 1 ? "a" : "l\(level - 1)")", count: 10).joined(separator: ", ")
            text += "l\(level): &l\(level) [\(items)]\n"
        }
        let errors = ScenarioFixtures.errors(of: text)
        #expect(errors.contains { $0.contains("more than 1000000 YAML nodes") })
        #expect(ScenarioFixtures.load(text).scenario == nil)
    }

    @Test func defaultsFillFromTheChair() throws {
        let scenario = try #require(ScenarioFixtures.load(base).scenario)
        let icc = try #require(scenario.venue("icc"))
        #expect(icc.country == "BN")
        #expect(icc.timeZone == "Asia/Brunei")
        #expect(icc.city == "Bandar Seri Begawan")
        #expect(icc.hours.description == "09:00-17:30")
        // Timor-Leste joined ASEAN on 2025-10-26, after this horizon.
        #expect(scenario.members.count == 10)
        #expect(scenario.delegations.map(\.id.rawValue) == ["BN", "ID", "KH", "LA", "MM", "MY", "PH", "SG", "TH", "VN"])
    }
}
