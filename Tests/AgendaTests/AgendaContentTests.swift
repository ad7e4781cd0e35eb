import Agenda
import Planning
import Testing
import Scenarios

/// What goes into an agenda: templates, translations, the handover, local
/// times and escaping.
@Suite struct AgendaContentTests {
    @Test func everyShippedTranslationNamesEveryItem() {
        for translation in Translations.all {
            for key in ItemKey.allCases {
                #expect(translation.items[key] != nil, "\(translation.language) lacks \(key.rawValue)")
            }
        }
    }

    @Test func everyKindHasATemplateInASEANOrder() {
        for kind in MeetingKind.allCases {
            let keys = AgendaTemplate.forKind(kind).items.map(\.key)
            #expect(keys.first == .openingRemarks, "\(kind)")
            #expect(keys.last == .closing || keys.last == .summary, "\(kind)")
        }
    }

    /// ACCSM 21's heads meeting handed the chair to Brunei Darussalam; the
    /// SOM has no handover.
    @Test func handoverAtTheLastHeadsMeetingToTheNextChairInRotation() throws {
        let planned = try AgendaFixtures.shipped("accsm-21-vietnam.yaml")
        let builder = AgendaBuilder(plan: planned.plan, scenario: planned.scenario)
        let heads = try builder.agenda(for: "heads")
        #expect(heads.incomingChair == "Brunei Darussalam")
        let keys = heads.lines.compactMap(\.key)
        #expect(keys.contains(.handover))
        #expect(keys.firstIndex(of: .handover).map { $0 + 1 } == keys.firstIndex(of: .closing))
        let text = MarkdownAgenda.render(try AgendaPage(heads, languageCode: "en"))
        #expect(text.contains("Handover of the chairmanship to Brunei Darussalam"))
        #expect(try !builder.agenda(for: "forum").lines.compactMap(\.key).contains(.handover))
    }

    @Test func localTimesFromYangonToJayapura() throws {
        let planned = try AgendaFixtures.plan(AgendaFixtures.farApart)
        let agenda = try AgendaBuilder(plan: planned.plan, scenario: planned.scenario).agenda(for: "call")
        #expect(agenda.zoneGroups.map(\.offsetText) == ["+06:30", "+08:00", "+09:00"])
        #expect(agenda.zoneGroups.map(\.delegations) == [["MM"], ["BN"], ["ID-east"]])
        let page = try AgendaPage(agenda, languageCode: "en")
        let first = try #require(page.days.first?.rows.first)
        #expect(first.start == "10:00")
        #expect(first.zoneTimes.first?.hasPrefix("08:30–") == true)
        #expect(first.zoneTimes.last?.hasPrefix("11:00–") == true)
        let markdown = MarkdownAgenda.render(page)
        #expect(markdown.contains("| UTC+06:30 (MM) | UTC+08:00 (BN) | UTC+09:00 (ID-east) |"))
    }

    @Test func hostileTitleIsEscaped() throws {
        let planned = try AgendaFixtures.shipped("accsm-21-vietnam.yaml")
        var plan = planned.plan
        let hostile = "<script>alert(\"x\")</script> & <img src=x onerror='y'>"
        plan.theme = hostile
        for index in plan.meetings.indices { plan.meetings[index].title = hostile }
        plan.meetings[0].venueName = "</td></tr></table><h1>owned</h1>"
        let agenda = try AgendaBuilder(plan: plan, scenario: planned.scenario).agenda(for: plan.meetings[0].id)
        let html = HTMLAgenda.render(try AgendaPage(agenda, languageCode: "en"))
        #expect(!html.contains("<script>"))
        #expect(!html.contains("<img"))
        #expect(!html.contains("<h1>owned"))
        #expect(html.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;img src=x onerror=&#39;y&#39;&gt;"))
        let markdown = MarkdownAgenda.render(try AgendaPage(agenda, languageCode: "en"))
        #expect(!markdown.contains("<script>"))
    }

    @Test func languageWithoutTranslationFallsBackToEnglishWithANote() throws {
        let planned = try AgendaFixtures.shipped("accsm-21-vietnam.yaml")
        let agenda = try AgendaBuilder(plan: planned.plan, scenario: planned.scenario).agenda(for: "som")
        let page = try AgendaPage(agenda, languageCode: "ja")
        #expect(page.language.language == "en")
        #expect(page.fallbackNote?.contains("No ja translation") == true)
        #expect(HTMLAgenda.render(page).contains("class=\"note\""))
        #expect(agenda.hostTranslation?.language == "vi")
    }
}
