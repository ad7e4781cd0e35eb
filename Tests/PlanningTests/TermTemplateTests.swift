import Calendars
import ConveneTestSupport
import Foundation
import Testing
@testable import Planning
@testable import Scenarios

/// Bodies, rotations, cycles and term templates in a scenario.
@Suite struct TermTemplateTests {
    static let twoTerms = """
    bodies:
      - id: accsm
        name: ASEAN Cooperation on Civil Service Matters
        short: ACCSM
        rotation:
          anchor: { cycle: 21, chair: VN }
          term: { years: 2, cycle: 22, from: 2022-08-05 }
        template:
          - { id: prep, kind: preparatory, title: "Preparatory Meeting for the {nth} ACCSM in {chair}", days: 1,
              venues: [chair], window: { months: 8..11 } }
          - { id: som, kind: som, days: 1, venues: [chair], attendees: [members], after: { meeting: prep, days: 1 } }
          - { id: call, kind: other, hours: 2, venues: [online], attendees: [chair], after: { meeting: som, days: 1.. } }
          - { id: heads, kind: heads, days: 1, venues: [chair], window: { months: 20..24 } }
    cycles: { accsm: 23..24 }
    members: asean
    venues:
      - { id: phnom-penh, country: KH }
      - { id: siem-reap, city: Siem Reap, country: KH, default: true }
      - { id: jakarta, country: ID }
      - { id: online, virtual: true, country: KH }
    """

    func load(_ text: String) throws -> Scenario {
        let result = ScenarioFixtures.load(text)
        #expect(result.errors.isEmpty, "\(result.errors.map(\.description))")
        return try #require(result.scenario)
    }

    @Test func templateExpandsOncePerCycleWithThatCyclesChair() throws {
        let scenario = try load(Self.twoTerms)
        #expect(scenario.meetings.map(\.id.rawValue) == [
            "accsm-23-prep", "accsm-23-som", "accsm-23-call", "accsm-23-heads",
            "accsm-24-prep", "accsm-24-som", "accsm-24-call", "accsm-24-heads",
        ])
        #expect(scenario.meetings.map { $0.term?.chair.rawValue ?? "-" } == ["KH", "KH", "KH", "KH", "ID", "ID", "ID", "ID"])
        #expect(scenario.meetings.first?.term?.nextChair == "ID")
        #expect(scenario.meetings.last?.term?.nextChair == "LA")
        #expect(scenario.meetings.first?.title == "Preparatory Meeting for the 23rd ACCSM in Cambodia")
        #expect(scenario.meeting("accsm-24-som")?.title == "24th ACCSM Senior Officials Meeting (SOM)")
        #expect(scenario.chair == "KH")
        #expect(scenario.body.short == "ACCSM")
        #expect(scenario.bodies.map(\.turns).first?.map(\.chair) == ["KH", "ID"])
    }

    /// "The chair's venue" is the chair country's default venue; a
    /// country's only venue is its default.
    @Test func chairsVenueIsTheChairCountrysDefault() throws {
        let scenario = try load(Self.twoTerms)
        #expect(scenario.meeting("accsm-23-som")?.venues.map(\.value) == ["siem-reap"])
        #expect(scenario.meeting("accsm-24-som")?.venues.map(\.value) == ["jakarta"])
    }

    @Test func chairInAttendeesIsTheCyclesChair() throws {
        let scenario = try load(Self.twoTerms)
        #expect(scenario.attendees(of: try #require(scenario.meeting("accsm-23-call"))).map(\.country) == ["KH"])
        #expect(scenario.attendees(of: try #require(scenario.meeting("accsm-24-call"))).map(\.country) == ["ID"])
    }

    /// The next term's first meeting follows the heads meeting that ends
    /// the term before it.
    @Test func handOverOrdersTheTerms() throws {
        let scenario = try load(Self.twoTerms)
        let prep24 = try #require(scenario.meeting("accsm-24-prep"))
        #expect(prep24.after.map(\.meeting.value) == ["accsm-23-heads"])
        #expect(prep24.after.first?.days.minimum == 1)
        #expect(scenario.meeting("accsm-23-prep")?.after.isEmpty == true)
        #expect(scenario.meeting("accsm-24-som")?.after.map(\.meeting.value) == ["accsm-24-prep"])
    }

    @Test func windowsCountMonthsFromTheTermsStart() throws {
        let scenario = try load(Self.twoTerms)
        #expect(scenario.meeting("accsm-23-prep")?.window?.value == DayRange(Day(year: 2025, month: 4, day: 5)!, Day(year: 2025, month: 7, day: 4)!))
        #expect(scenario.meeting("accsm-24-prep")?.window?.value == DayRange(Day(year: 2027, month: 4, day: 5)!, Day(year: 2027, month: 7, day: 4)!))
        // The horizon runs over the planned terms.
        #expect(scenario.horizon == DayRange(Day(year: 2024, month: 8, day: 5)!, Day(year: 2028, month: 8, day: 4)!))
    }

    @Test func missingChairVenueIsAnErrorAtTheItem() {
        let text = Self.twoTerms.replacingOccurrences(of: "  - { id: jakarta, country: ID }\n", with: "")
        #expect(ScenarioFixtures.errors(of: text).contains(
            "10:20: no venue of Indonesia (ID) for 'chair' in ACCSM 24; declare one with country: ID (and default: true if it has several)"))
    }

    @Test func twoDefaultsInACountryAreRefused() {
        let text = Self.twoTerms.replacingOccurrences(of: "{ id: phnom-penh, country: KH }", with: "{ id: phnom-penh, country: KH, default: true }")
        #expect(ScenarioFixtures.errors(of: text).contains("18:5: KH has two default venues ('phnom-penh' and 'siem-reap'); mark one"))
    }

    /// A rotation that cannot give the chairs says why, at the cycles entry.
    @Test func rotationProblemIsReportedAtTheCycles() {
        let text = Self.twoTerms.replacingOccurrences(of: "      term: { years: 2, cycle: 22, from: 2022-08-05 }",
                                                      with: "      term: { years: 2, cycle: 22, from: 2022-08-05 }\n      skip: [{ member: MM, cycle: 23 }]")
        let errors = ScenarioFixtures.errors(of: text)
        #expect(errors.contains { $0.hasPrefix("15:18: the rotation of 'accsm' cannot give its chairs: 'MM skips its turn at 23' cannot apply: KH is due at 23, not MM") }, "\(errors)")
    }

    /// A template's mistake is reported once, not once per cycle.
    @Test func templateMistakesAreReportedOnce() {
        let text = Self.twoTerms.replacingOccurrences(of: "kind: som,", with: "kind: soms,")
        let errors = ScenarioFixtures.errors(of: text)
        #expect(errors.filter { $0.contains("unknown meeting kind 'soms'") }.count == 1, "\(errors)")
    }

    @Test func relativeWindowOutsideATemplateIsRefused() {
        let text = ScenarioFixtures.minimal.replacingOccurrences(of: "window: 2023-05-01..2023-05-31", with: "window: { months: 1..2 }")
        #expect(ScenarioFixtures.errors(of: text).contains { $0.contains("counts from a term's start, so it is only for a body's template") })
    }

    @Test func unknownBodyKeyIsNamed() {
        let text = Self.twoTerms.replacingOccurrences(of: "    short: ACCSM", with: "    short: ACCSM\n    shortname: X")
        #expect(ScenarioFixtures.errors(of: text).contains { $0.hasPrefix("5:5:") }, "\(ScenarioFixtures.errors(of: text))")
    }

    /// The shipped four-term scenario: ACCSM 23 to 26, each meeting in its
    /// chair's country.
    @Test func shippedFourTermsScenario() throws {
        let url = RepositoryPaths.scenarios.appendingPathComponent("accsm-23-26.yaml")
        let text = try String(contentsOf: url, encoding: .utf8)
        #expect(text.split(separator: "\n", omittingEmptySubsequences: false).count < 100)
        let scenario = try load(text)
        let chairs = Dictionary(grouping: scenario.meetings, by: { $0.term!.cycle }).mapValues { Set($0.map(\.term!.chair)) }
        #expect(chairs == [23: ["KH"], 24: ["ID"], 25: ["LA"], 26: ["MY"]])
        for meeting in scenario.meetings {
            for venue in meeting.venues.compactMap({ scenario.venue($0.value) }) where !venue.isVirtual {
                #expect(venue.country == meeting.term?.chair, "\(meeting.id)")
            }
        }
    }
}
