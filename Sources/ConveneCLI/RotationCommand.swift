import ArgumentParser
import Calendars
import Foundation
import Planning
import enum Solving.JSONText

/// `convene rotation`: who chairs each coming cycle.
public struct RotationCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "rotation",
        abstract: "List the chair of each cycle in ASEAN alphabetical order from a known anchor.",
        discussion: """
        Members rotate in the alphabetical order of their English short names as ASEAN \
        writes them ("Brunei Darussalam", "Cambodia", ..., "Viet Nam"), collated by ICU.

        Example: the ASEAN chairs 2010-2027:
          convene rotation --body ASEAN --anchor 2010=VN --count 18 \\
            --members BN,KH,ID,LA,MY,MM,PH,SG,TH,VN \\
            --swap BN,ID@2011 --swap LA,MM@2014 --skip MM@2026
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    @Option(help: "The body's short name, for the output.")
    var body: String = "ACCSM"

    @Option(help: "A known cycle and its chair, CYCLE=CODE (e.g. 21=VN).")
    var anchor: String

    @Option(help: "How many cycles to list, from the anchor on.")
    var count: Int = 11

    @Option(help: "'asean' (the eleven members) or a comma-separated list of country codes.")
    var members: String = "asean"

    @Option(name: .customLong("skip"), help: "CODE@CYCLE: the member gives up its turn at that cycle (repeatable).")
    var skips: [String] = []

    @Option(name: .customLong("swap"), help: "A,B@CYCLE: the two members exchange turns from that cycle (repeatable).")
    var swaps: [String] = []

    @Option(help: "text or json.")
    var format: Format = .text

    public init() {}

    public func validate() throws {
        _ = try parsedAnchor()
        _ = try memberCodes()
        _ = try deviations()
        guard (1...1000).contains(count) else { throw ValidationError("--count must be between 1 and 1000") }
    }

    public func run() throws {
        let (cycle, chair) = try parsedAnchor()
        let rotation = try Rotation(members: try memberCodes())
        let turns: [Rotation.Turn]
        do {
            turns = try rotation.turns(anchorCycle: cycle, anchorChair: chair, count: count, deviations: try deviations())
        } catch let problem as Rotation.Problem {
            throw ValidationError(problem.description)
        }
        switch format {
        case .text:
            let width = turns.map { String($0.cycle).count }.max() ?? 2
            var lines = ["\(body) chairs (anchor \(cycle) = \(chair))"]
            for turn in turns {
                let number = String(repeating: " ", count: width - String(turn.cycle).count) + String(turn.cycle)
                lines.append("  \(number)  \(turn.chair)  \(turn.name)\(turn.note.map { "  (\($0))" } ?? "")")
            }
            Console.out(lines.joined(separator: "\n"))
        case .json:
            Console.out(RotationJSON.render(body: body, turns: turns))
        }
    }

    private func parsedAnchor() throws -> (Int, CountryCode) {
        let parts = anchor.split(separator: "=")
        guard parts.count == 2, let cycle = Int(parts[0]) else {
            throw ValidationError("--anchor must be CYCLE=CODE, e.g. 21=VN; found '\(anchor)'")
        }
        return (cycle, try code(String(parts[1]), option: "--anchor"))
    }

    private func memberCodes() throws -> [CountryCode] {
        if members == "asean" { return Countries.aseanMembers.map(\.code) }
        let codes = try members.split(separator: ",").map { try code(String($0), option: "--members") }
        guard codes.count >= 2 else { throw ValidationError("--members needs at least two members") }
        return codes
    }

    private func deviations() throws -> [Rotation.Deviation] {
        let skipList = try skips.map { text -> Rotation.Deviation in
            let parts = text.split(separator: "@")
            guard parts.count == 2, let cycle = Int(parts[1]) else {
                throw ValidationError("--skip must be CODE@CYCLE, e.g. MM@2026; found '\(text)'")
            }
            return .skip(try code(String(parts[0]), option: "--skip"), cycle: cycle)
        }
        let swapList = try swaps.map { text -> Rotation.Deviation in
            let parts = text.split(separator: "@")
            let pair = parts.first?.split(separator: ",") ?? []
            guard parts.count == 2, pair.count == 2, let cycle = Int(parts[1]) else {
                throw ValidationError("--swap must be A,B@CYCLE, e.g. BN,ID@2011; found '\(text)'")
            }
            return .swap(try code(String(pair[0]), option: "--swap"), try code(String(pair[1]), option: "--swap"), cycle: cycle)
        }
        return skipList + swapList
    }

    private func code(_ text: String, option: String) throws -> CountryCode {
        let code = CountryCode(text.uppercased())
        guard Countries.named(code) != nil else {
            throw ValidationError("\(option): unknown country code '\(text)'")
        }
        return code
    }
}

/// The JSON form of a rotation, keys in a fixed order.
enum RotationJSON {
    static func render(body: String, turns: [Rotation.Turn]) -> String {
        let cycles = turns.map { turn in
            var fields = ["\"cycle\": \(turn.cycle)", "\"chair\": \(JSONText.quote(turn.chair.rawValue))",
                          "\"name\": \(JSONText.quote(turn.name))"]
            if let note = turn.note { fields.append("\"note\": \(JSONText.quote(note))") }
            return "    {" + fields.joined(separator: ", ") + "}"
        }
        return "{\n  \"body\": \(JSONText.quote(body)),\n  \"cycles\": [\n" + cycles.joined(separator: ",\n") + "\n  ]\n}"
    }
}
