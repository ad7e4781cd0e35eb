import ArgumentParser
import Planning

/// `convene generate asean`: a reproducible ASEAN-scale scenario for benchmarks.
public struct GenerateCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Write a reproducible ASEAN-scale scenario (for benchmarks and load tests).",
        discussion: "About seven meetings per body: --bodies 200 gives some 1,500 meetings."
    )

    enum Kind: String, ExpressibleByArgument, CaseIterable { case asean }

    @Argument(help: "What to generate: asean (a year of ASEAN sectoral bodies).")
    var kind: Kind

    @Option(help: "The year to plan.")
    var year: Int

    @Option(help: "How many bodies (about seven meetings each).")
    var bodies: Int = 200

    @Option(help: "Seed: same year, bodies and seed give the same file.")
    var seed: UInt64 = 1

    @Option(name: .shortAndLong, help: "Output file (default: standard output).")
    var output: String?

    public init() {}

    public func validate() throws {
        if let output, let reason = OutputFolderPolicy.fileRefusal(for: output) {
            throw ValidationError("-o: \(reason)")
        }
        guard (1990...2100).contains(year) else { throw ValidationError("--year must be between 1990 and 2100") }
        guard (1...2000).contains(bodies) else { throw ValidationError("--bodies must be between 1 and 2000") }
    }

    public func run() throws {
        let text = ASEANYearGenerator(year: year, bodies: bodies, seed: seed).yaml()
        guard let output else {
            Console.out(text)
            return
        }
        var files = OutputFiles()
        files.add(output, text)
        try files.commit()
    }
}
