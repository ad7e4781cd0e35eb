import Agenda
import ConveneTestSupport
import Testing
import Scenarios

/// The programme on the page: chairperson, co-chair, address, join link,
/// logo and the scenario's own translations.
@Suite struct AgendaProgrammeTests {
    static let scenario = """
    body: { name: Test Body, short: TB }
    cycle: 3
    chair: BN
    members: [BN, KR]
    horizon: { from: 2023-01-01, to: 2023-12-31 }
    chairperson: { name: Dato Abdul Salam, title: Permanent Secretary }
    translations:
      ms:
        body: Badan Ujian
        theme: Tema dalam bahasa Melayu
        titles: { dialogue: Dialog dengan Korea }
    theme: A theme in English
    venues:
      - { id: icc, name: International Convention Centre, rooms: 2, address: Jalan Berakas }
      - { id: online, virtual: true, joinURL: "https://meet.example.org/tb" }
    meetings:
      - id: dialogue
        kind: dialogue
        days: 1
        venues: [icc]
        date: 2023-05-10
        coChair: { name: Ms Kim, title: Vice Minister }
      - { id: focal, kind: focal-points, hours: 2, venues: [online], date: 2023-06-06, start: "10:00" }

    """

    @Test func englishPageCarriesPeoplePlacesAndLink() throws {
        let planned = try AgendaFixtures.plan(Self.scenario)
        let builder = AgendaBuilder(plan: planned.plan, scenario: planned.scenario)
        var page = try AgendaPage(builder.agenda(for: "dialogue"), languageCode: "en")
        page.logoDataURI = "data:image/png;base64,iVBORw0KGgo="
        let html = HTMLAgenda.render(page)
        #expect(html.contains("<dt>Chair</dt><dd>Brunei Darussalam — Dato Abdul Salam, Permanent Secretary</dd>"))
        #expect(html.contains("<dt>Co-Chair</dt><dd>Ms Kim, Vice Minister</dd>"))
        #expect(html.contains("International Convention Centre, Jalan Berakas"))
        #expect(html.contains("<img class=\"logo\" src=\"data:image/png;base64,iVBORw0KGgo=\" alt=\"\">"))
        let online = try AgendaPage(builder.agenda(for: "focal"), languageCode: "en")
        #expect(HTMLAgenda.render(online).contains("<dt>Online</dt><dd><a href=\"https://meet.example.org/tb\">https://meet.example.org/tb</a></dd>"))
        #expect(MarkdownAgenda.render(online).contains("- **Online:** <https://meet.example.org/tb>"))
        #expect(!HTMLAgenda.render(page).contains("meet.example.org"))  // in person: no link
    }

    @Test func translatedPageUsesTheScenariosWords() throws {
        let planned = try AgendaFixtures.plan(Self.scenario)
        let page = try AgendaPage(AgendaBuilder(plan: planned.plan, scenario: planned.scenario).agenda(for: "dialogue"), languageCode: "ms")
        #expect(page.bodyName == "Badan Ujian")
        #expect(page.title == "Dialog dengan Korea")
        #expect(page.theme == "Tema dalam bahasa Melayu")
        let markdown = MarkdownAgenda.render(page)
        #expect(markdown.contains("- **Pengerusi Bersama:** Ms Kim, Vice Minister"))
        #expect(markdown.hasPrefix("# Dialog dengan Korea"))
    }
}
