import Agenda
import Scenarios
import Testing

/// Golden files of a shipped scenario's agendas in each format and
/// language: ACCSM 21 (Viet Nam, every meeting pinned) for English and
/// Vietnamese, the held ACCSM 22 (Brunei) for Malay.
@Suite struct AgendaSnapshotTests {
    static func page(_ scenario: String, meeting: String, language: String) throws -> AgendaPage {
        let planned = try AgendaFixtures.shipped(scenario)
        let agenda = try AgendaBuilder(plan: planned.plan, scenario: planned.scenario).agenda(for: MeetingID(meeting))
        return try AgendaPage(agenda, languageCode: language)
    }

    @Test(arguments: [
        ("accsm-21-vietnam.yaml", "heads", "en"),
        ("accsm-21-vietnam.yaml", "heads", "vi"),
        ("accsm-21-vietnam.yaml", "prep", "en"),
        ("accsm-21-vietnam.yaml", "prep", "vi"),
        ("accsm-22-brunei-held.yaml", "heads", "ms"),
    ])
    func agendaMatchesGoldenFiles(scenario: String, meeting: String, language: String) throws {
        let page = try Self.page(scenario, meeting: meeting, language: language)
        let stem = scenario.replacingOccurrences(of: ".yaml", with: "") + ".\(meeting).\(language)"
        Snapshot.expect(MarkdownAgenda.render(page), named: stem + ".md")
        Snapshot.expect(HTMLAgenda.render(page), named: stem + ".html")
    }
}
