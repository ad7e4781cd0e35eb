import Agenda
import Scenarios
import Testing

/// Golden files of a shipped scenario's agendas in each format and
/// language: ACCSM 21 (Viet Nam, every meeting pinned) in English and in
/// every host language, the held ACCSM 22 (Brunei) in Malay, ACCSM 23
/// (Cambodia) in Khmer, ACCSM 20 (Thailand) in Thai.
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
        ("accsm-21-vietnam.yaml", "heads", "ms"),
        ("accsm-21-vietnam.yaml", "heads", "id"),
        ("accsm-21-vietnam.yaml", "heads", "km"),
        ("accsm-21-vietnam.yaml", "heads", "lo"),
        ("accsm-21-vietnam.yaml", "heads", "my"),
        ("accsm-21-vietnam.yaml", "heads", "fil"),
        ("accsm-21-vietnam.yaml", "heads", "th"),
        ("accsm-23-cambodia.yaml", "heads", "km"),
        ("accsm-20-thailand.yaml", "heads", "th"),
    ])
    func agendaMatchesGoldenFiles(scenario: String, meeting: String, language: String) throws {
        let page = try Self.page(scenario, meeting: meeting, language: language)
        let stem = scenario.replacingOccurrences(of: ".yaml", with: "") + ".\(meeting).\(language)"
        Snapshot.expect(MarkdownAgenda.render(page), named: stem + ".md")
        Snapshot.expect(HTMLAgenda.render(page), named: stem + ".html")
    }

    /// No IANA zone id on any page, and on a host-language page the chair's
    /// and the zone's names are CLDR's in that language.
    @Test(arguments: Translations.all.map(\.language))
    func namesComeFromICUInThePageLanguage(language: String) throws {
        let page = try Self.page("accsm-21-vietnam.yaml", meeting: "heads", language: language)
        for text in [MarkdownAgenda.render(page), HTMLAgenda.render(page)] {
            #expect(!text.contains("Asia/"), "\(language)")
            #expect(!text.contains("Ho_Chi_Minh") && !text.contains("Ho\\_Chi\\_Minh"), "\(language)")
        }
        let expected: [String: (chair: String, zone: String)] = [
            "en": ("Viet Nam", "Vietnam Time"), "vi": ("Việt Nam", "Giờ Việt Nam"), "km": ("វៀតណាម", "ម៉ោង\u{200B}នៅ\u{200B} វៀតណាម"),
            "th": ("เวียดนาม", "เวลาเวียดนาม"), "lo": ("ຫວຽດນາມ", "ເວລາ ຫວຽດນາມ"), "id": ("Vietnam", "Waktu Vietnam"),
        ]
        if let names = expected[language] {
            #expect(page.chair == names.chair, "\(language): \(page.chair)")
            #expect(page.timesIn.contains(names.zone), "\(language): \(page.timesIn)")
        }
        #expect(page.fallbackNote == nil)
    }

    /// Every host language's table says what a native speaker should
    /// check, except English.
    @Test func hostTranslationsSayWhatToReview() {
        for translation in Translations.all where translation.language != "en" {
            #expect(translation.review?.isEmpty == false, "\(translation.language)")
        }
        #expect(Set(Translations.all.map(\.language)) == ["en", "ms", "id", "km", "lo", "my", "fil", "th", "vi"])
    }

    /// Printed, every page carries the cycle, the title and its number
    /// (CSS paged media margin boxes), and rows keep their time.
    @Test func printedPagesCarryTitleAndNumber() throws {
        let html = HTMLAgenda.render(try Self.page("accsm-21-vietnam.yaml", meeting: "heads", language: "km"))
        #expect(html.contains("@top-left { content: \"ACCSM 21 · 21st ACCSM Heads of Civil Service Meeting\";"))
        #expect(html.contains("@top-right { content: counter(page) \" / \" counter(pages);"))
        #expect(html.contains("@page { size: A4;"))
        #expect(html.contains("tr { break-inside: avoid;"))
    }
}
