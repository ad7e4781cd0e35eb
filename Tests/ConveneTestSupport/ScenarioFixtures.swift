import Planning
import Scenarios

/// Small scenarios written in tests, built from a minimal valid base so
/// that each test changes only what it is about.
public enum ScenarioFixtures {
    /// A valid scenario: Brunei chairs, one venue, two meetings. Line numbers
    /// of this text are relied on by tests that append to it.
    public static let minimal = """
    body: { name: Test Body, short: TB }
    cycle: 3
    chair: BN
    horizon: { from: 2023-01-01, to: 2023-12-31 }
    venues:
      - { id: icc, name: International Convention Centre, rooms: 2 }
      - { id: online, virtual: true }
    meetings:
      - id: prep
        kind: preparatory
        days: 1
        venues: [icc]
        window: 2023-05-01..2023-05-31
      - id: som
        kind: som
        days: 1
        venues: [icc]
        after: { meeting: prep, days: 1 }

    """

    /// Loads `text` as `test.yaml`.
    public static func load(_ text: String) -> ScenarioLoader.Result {
        ScenarioLoader().load(text: text, file: "test.yaml")
    }

    /// The errors of `text` as `LINE:COLUMN: MESSAGE`.
    public static func errors(of text: String) -> [String] {
        load(text).errors.map { diagnostic in
            let place = diagnostic.location.map { "\($0.line):\($0.column)" } ?? "-"
            return "\(place): \(diagnostic.message)"
        }
    }
}
