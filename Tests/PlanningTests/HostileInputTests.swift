import ConveneTestSupport
import Foundation
import Testing
@testable import Planning
@testable import Scenarios

/// Hostile and broken scenario text: every limit of `InputLimits` fails
/// fast with one clear error at a place, ids that could become paths are
/// refused, and what the renderer prints cannot drive a terminal. Inputs
/// the fuzzer found (Fuzz/README.md) are replayed byte for byte from
/// Fixtures/hostile/.
@Suite struct HostileInputTests {
    let base = ScenarioFixtures.minimal

    /// Ten anchors, each a list of ten aliases of the one before: 10¹⁰
    /// nodes once expanded, a few hundred bytes as text.
    static func billionLaughs(levels: Int = 10) -> String {
        var text = "body: { name: Laughs, short: LOL }\nchair: BN\nhorizon: { from: 2023-01-01, to: 2023-12-31 }\n"
        text += "venues: [{ id: icc }]\nmeetings:\n"
        text += "  - &m0 [" + Array(repeating: "{ id: a }", count: 10).joined(separator: ", ") + "]\n"
        for level in 1..<levels {
            text += "  - &m\(level) [" + Array(repeating: "*m\(level - 1)", count: 10).joined(separator: ", ") + "]\n"
        }
        return text
    }

    @Test func billionLaughsFailsFastWithOneError() {
        let started = ContinuousClock.now
        let errors = ScenarioFixtures.errors(of: Self.billionLaughs())
        let elapsed = ContinuousClock.now - started
        #expect(errors == ["6:60: the file expands to more than 1000000 YAML nodes (are aliases repeating a large block?)"])
        // The error proves the stop at the node limit; the clock is only a
        // sanity bound (a debug build on a busy core takes a few seconds, and
        // a fully loaded machine many more), never a speed target.
        #expect(elapsed < .seconds(120))
    }

    @Test func aliasesWithinTheNodeLimitStillWork() {
        let text = base.replacingOccurrences(of: "    venues: [icc]\n    window", with: "    venues: &both [icc]\n    window")
            .replacingOccurrences(of: "    venues: [icc]\n    after", with: "    venues: *both\n    after")
        #expect(ScenarioFixtures.errors(of: text) == [])
    }

    @Test func nodeLimitCountsEveryUseOfAnAlias() {
        var limits = InputLimits()
        limits.maximumNodes = 50
        let text = base + "partners: &p [CN, JP, KR]\nfixed: [{ title: x, from: 2023-02-01, to: 2023-02-01, attendees: [*p, *p, *p, *p, *p, *p, *p] }]\n"
        let result = ScenarioLoader(limits: limits).load(text: text, file: "test.yaml")
        #expect(result.errors.map(\.message) == ["the file expands to more than 50 YAML nodes (are aliases repeating a large block?)"])
    }

    @Test func nestingPastTheDepthLimitIsOneError() {
        let deep = String(repeating: "[", count: 40) + String(repeating: "]", count: 40)
        #expect(ScenarioFixtures.errors(of: base + "weights: \(deep)\n") == ["19:41: the file nests deeper than 32 levels"])
    }

    @Test func nestingPastTheYAMLReadersOwnLimitSaysTheSame() {
        let deep = String(repeating: "[", count: 5_000) + String(repeating: "]", count: 5_000)
        let errors = ScenarioFixtures.errors(of: "theme: \(deep)\n")
        #expect(errors.count == 1)
        #expect(errors.first?.hasSuffix(": the file nests deeper than 32 levels") == true)
    }

    @Test func fileSizeLimit() {
        var limits = InputLimits()
        limits.maximumFileBytes = 100
        let result = ScenarioLoader(limits: limits).load(text: base, file: "test.yaml")
        #expect(result.errors.map(\.message) == ["the file is \(base.utf8.count) bytes; the limit is 100"])
        #expect(result.errors.first?.location?.line == 1)
    }

    @Test func meetingVenueAndDelegationLimits() {
        var limits = InputLimits()
        limits.maximumMeetings = 1
        limits.maximumVenues = 1
        limits.maximumDelegations = 1
        let text = base + "delegations: [{ country: BN }, { country: VN }]\n"
        let result = ScenarioLoader(limits: limits).load(text: text, file: "test.yaml")
        let errors = result.errors.map { "\($0.location?.line ?? 0): \($0.message)" }
        #expect(errors.contains("6: too many venues: 2, the limit is 1"))
        #expect(errors.contains("9: too many meetings: 2, the limit is 1"))
        #expect(errors.contains("19: too many delegations: 2, the limit is 1"))
    }

    @Test func horizonLimit() {
        let text = base.replacingOccurrences(of: "to: 2023-12-31", with: "to: 2033-12-31")
        #expect(ScenarioFixtures.errors(of: text) == ["4:34: the horizon is 4018 days long; the limit is 3700"])
    }

    /// Found by review while writing the model fuzz target: a gap of
    /// Int.max days passed validation and overflowed in DayBounds.
    @Test(arguments: ["9223372036854775807", "0..9223372036854775807", "9223372036854775806..", "3701"])
    func aGapLongerThanAnyHorizonIsRefused(days: String) {
        let text = base.replacingOccurrences(of: "after: { meeting: prep, days: 1 }", with: "after: { meeting: prep, days: \(days) }")
        #expect(ScenarioFixtures.errors(of: text) == ["18:35: 'days' may be at most 3700 days (the longest horizon), found \(days)"])
    }

    @Test(arguments: ["3700", "0..3700", "3700.."])
    func theLongestAllowedGapBuildsAModel(days: String) throws {
        let text = base.replacingOccurrences(of: "after: { meeting: prep, days: 1 }", with: "after: { meeting: prep, days: \(days) }")
        let scenario = try #require(ScenarioFixtures.load(text).scenario)
        _ = try ModelBuilder(scenario: scenario).build()
    }

    @Test func aModelWithTooManyOptionsIsRefusedWhileItIsBuilt() throws {
        let scenario = try #require(ScenarioFixtures.load(base).scenario)
        var builder = ModelBuilder(scenario: scenario)
        builder.maximumOptions = 10
        #expect(throws: ModelBuilder.BuildError.self) { try builder.build() }
        do {
            _ = try builder.build()
        } catch {
            #expect("\(error)".hasPrefix("the model would have more than 10 options (a day, venue and start time each), reached at meeting 'prep'"))
        }
    }

    @Test func defaultLimitsHoldTheWholeASEANYear() {
        let text = ASEANYearGenerator(year: 2024, bodies: 200, seed: 1).yaml()
        let result = ScenarioFixtures.load(text)
        #expect(result.errors.isEmpty)
        #expect((result.scenario?.meetings.count ?? 0) > 1_400)
    }

    // MARK: Ids never become paths as they are

    @Test(arguments: ["../../x", "/etc/x", "..", ".hidden", "a/b", "a\\\\b", "som.md", "a b", "é", "-rf", "a\\u001Bb", "a\\u0000b", "a\\r\\nb"])
    func idsThatCouldEscapeAFolderAreRefused(id: String) {
        let quoted = "\"\(id)\""
        let meeting = base.replacingOccurrences(of: "id: som", with: "id: \(quoted)")
        let venue = base.replacingOccurrences(of: "id: online", with: "id: \(quoted)")
        let delegation = base + "delegations: [{ id: \(quoted), country: BN }]\n"
        let body = base.replacingOccurrences(of: "short: TB", with: "short: \(quoted)")
        for (text, what) in [(meeting, "a meeting id"), (venue, "a venue id"), (delegation, "a delegation id"), (body, "the body's short name")] {
            let errors = ScenarioFixtures.errors(of: text)
            #expect(errors.contains { $0.contains("expected \(what): up to 64 letters, digits, '-' or '_'") }, "\(what) \(id): \(errors)")
        }
    }

    @Test func idsThatDifferOnlyInCaseAreRefused() {
        let text = base.replacingOccurrences(of: "id: som", with: "id: PREP")
        #expect(ScenarioFixtures.errors(of: text).contains {
            $0.contains("meeting ids 'PREP' and 'prep' differ only in case")
        })
    }

    // MARK: What is printed

    @Test func controlCharactersInTheInputArePrintedAsReplacementCharacters() {
        let text = base + "\u{1B}]0;owned\u{07}: 1\n"
        let result = ScenarioFixtures.load(text)
        let rendered = DiagnosticRenderer(sources: ["test.yaml": text]).render(result.diagnostics)
        #expect(!rendered.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
        #expect(rendered.contains("\u{FFFD}]0;owned\u{FFFD}"))
    }

    @Test func aLongSourceLineIsCutAroundTheColumn() {
        let line = "theme: " + String(repeating: "x", count: 100_000) + " ]"
        let diagnostic = Diagnostic.error("here", at: SourceLocation(file: "f", line: 1, column: 50_008))
        let rendered = DiagnosticRenderer(sources: ["f": line]).render(diagnostic)
        let lines = rendered.split(separator: "\n")
        #expect(lines.count == 3)
        #expect(lines[1].unicodeScalars.count <= DiagnosticRenderer.excerptWidth + 2)
        #expect(lines[1].hasPrefix("…") && lines[1].hasSuffix("…"))
        #expect(lines[2].unicodeScalars.count == DiagnosticRenderer.excerptWidth / 2 + 2)
    }

    @Test func aHugeMisspeltWordIsCheapToSuggestFor() {
        let word = String(repeating: "k", count: 1_000_000)
        let started = ContinuousClock.now
        #expect(Suggestion.closest(to: word, among: ScenarioDecoder.topKeys) == nil)
        #expect(ContinuousClock.now - started < .seconds(1))
    }

    // MARK: Found by the fuzzer

    @Test(arguments: HostileInputTests.fuzzFixtures())
    func fuzzFindingLoadsWithoutTrapping(name: String) throws {
        let url = RepositoryPaths.root.appendingPathComponent("Tests/PlanningTests/Fixtures/hostile/\(name)")
        let text = String(decoding: try Data(contentsOf: url), as: UTF8.self)
        let result = ScenarioLoader().load(text: text, file: name)
        _ = DiagnosticRenderer(sources: [name: text]).render(result.diagnostics)
        #expect(result.scenario != nil || !result.errors.isEmpty)
    }

    static func fuzzFixtures() -> [String] {
        let folder = RepositoryPaths.root.appendingPathComponent("Tests/PlanningTests/Fixtures/hostile")
        return ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { !$0.hasPrefix(".") }.sorted()
    }
}
