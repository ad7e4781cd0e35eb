import ConveneTestSupport
import Testing
@testable import Scenarios

/// The programme's data in the scenario: people, addresses, logo and
/// translations, each checked at its place.
@Suite struct ProgrammeDecodingTests {
    static let withProgramme = ScenarioFixtures.minimal + """
      - id: dialogue
        kind: dialogue
        days: 1
        venues: [icc]
        chairperson: { name: Hajah Aminah, title: Deputy Permanent Secretary }
        coChair: { name: Ms Jane Doe, title: Commissioner }
    chairperson: { name: Dato Abdul Salam, title: Permanent Secretary }
    logo: logo.svg
    translations:
      ms:
        body: Kerjasama ASEAN mengenai Hal Ehwal Perkhidmatan Awam
        titles: { som: Mesyuarat Pegawai Kanan }

    """

    @Test func readsPeopleLogoAndTranslations() throws {
        let result = ScenarioFixtures.load(Self.withProgramme)
        guard let programme = result.scenario?.programme else {
            Issue.record("\(result.diagnostics)")
            return
        }
        #expect(programme.chairperson == Programme.Person(name: "Dato Abdul Salam", title: "Permanent Secretary"))
        #expect(programme.chairperson(of: "som")?.name == "Dato Abdul Salam")
        #expect(programme.chairperson(of: "dialogue")?.text == "Hajah Aminah, Deputy Permanent Secretary")
        #expect(programme.coChairs["dialogue"]?.name == "Ms Jane Doe")
        #expect(programme.logo?.type == .svg)
        #expect(programme.translations["ms"]?.titles["som"] == "Mesyuarat Pegawai Kanan")
        #expect(programme.translations["ms"]?.body == "Kerjasama ASEAN mengenai Hal Ehwal Perkhidmatan Awam")
    }

    @Test func venueAddress() throws {
        let text = ScenarioFixtures.minimal.replacingOccurrences(of: "name: International Convention Centre, rooms: 2",
                                                                  with: "name: International Convention Centre, rooms: 2, address: Jalan Berakas")
        #expect(ScenarioFixtures.load(text).scenario?.programme.addresses["icc"] == "Jalan Berakas")
    }

    /// A co-chair on a SOM, a title for a meeting that does not exist, a
    /// language code that is not one, and a logo that is not an image.
    @Test func mistakesAreReportedWithTheirPlace() {
        let text = ScenarioFixtures.minimal.replacingOccurrences(of: """
          - id: som
            kind: som
        """, with: """
          - id: som
            kind: som
            coChair: { name: X }
        """) + """
        logo: logo.gif
        translations:
          Vietnamese: { body: X }
          vi:
            titles: { smo: Hội nghị }

        """
        let errors = ScenarioFixtures.errors(of: text)
        #expect(errors.contains { $0.hasPrefix("16:5: ") && $0.contains("a co-chair is for dialogues and Plus Three meetings; 'som' is som") }, "\(errors)")
        #expect(errors.contains { $0.hasPrefix("20:7: ") && $0.contains("expected the logo as an .svg or .png file") }, "\(errors)")
        #expect(errors.contains { $0.hasPrefix("22:3: ") && $0.contains("expected a language code") }, "\(errors)")
        #expect(errors.contains { $0.hasPrefix("24:15: ") && $0.contains("no meeting 'smo'") && $0.contains("did you mean 'som'") }, "\(errors)")
        #expect(errors.count == 4, "\(errors)")
    }
}
