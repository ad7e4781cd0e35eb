import ArgumentParser
import Calendars
import Foundation
import Planning
import Scenarios
import enum Solving.JSONText

/// `convene rotation`: who chaired, and who will chair, each cycle of a body.
public struct RotationCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "rotation",
        abstract: "List who chairs each cycle of a body, from an anchor, with declared deviations.",
        discussion: """
        Members rotate in the alphabetical order of their English short names as ASEAN \
        writes them ("Brunei Darussalam", "Cambodia", ..., "Viet Nam"), collated by ICU. \
        The anchor names who chaired a cycle; deviations may fall before or after it. \
        Membership follows dates: a member takes part from the first cycle that begins \
        on or after the day it joined (Timor-Leste joined ASEAN on 2025-10-26).

        Known bodies (their anchor, cycle dates and deviations are built in; any option \
        given replaces the built-in value): ASEAN (the Chair of ASEAN, yearly), ACCSM \
        (two-year terms). See Docs/Rotation.md.

        Examples:
          convene rotation --body ASEAN                  # the ASEAN Chairs 2010-2027 as held
          convene rotation --body ACCSM --from 20 --to 30
          convene rotation --body ASEAN --anchor 2015=MY --from 2015 --to 2027 \\
            --swap LA,MM@2014 --skip MM@2026
          convene rotation --body SOMTC --anchor 2024=LA --term-years 1 --members BN,KH,ID
          convene rotation --scenario Scenarios/accsm-23-26.yaml   # a body's rotation as the scenario declares it
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    @Option(help: "The body's short name: ASEAN and ACCSM are known; another name needs --anchor.")
    var body: String?

    @Option(help: "Who chaired a known cycle, CYCLE=CODE (e.g. 21=VN: Viet Nam chaired the 21st).")
    var anchor: String?

    @Option(help: "The first cycle to list (default: the known body's range, else the anchor).")
    var from: Int?

    @Option(help: "The last cycle to list.")
    var to: Int?

    @Option(help: "How many cycles to list (when --to is not given; default 11).")
    var count: Int?

    @Option(help: "'asean' (the members with the days they joined) or a list CODE[@YYYY-MM-DD],... (the day it joined).")
    var members: String?

    @Option(name: .customLong("cycle-start"), help: "CYCLE=YYYY-MM-DD: the day a cycle began, so membership can follow dates.")
    var cycleStart: String?

    @Option(name: .customLong("term-years"), help: "Years per cycle (with --cycle-start; cycles numbered by year are calendar years).")
    var termYears: Int?

    @Option(name: .customLong("skip"), help: "CODE@CYCLE: the member gives up its turn at that cycle (repeatable; replaces a known body's deviations).")
    var skips: [String] = []

    @Option(name: .customLong("swap"), help: "A,B@CYCLE: whichever is due at CYCLE yields it to the other and takes the other's next turn (repeatable).")
    var swaps: [String] = []

    @Option(help: "Read the body's rotation from a scenario's `bodies:` (--body picks one by id or short name).")
    var scenario: String?

    @Option(help: "text or json.")
    var format: Format = .text

    public init() {}

    /// The cycle numbers Convene takes, in every option: from 1 (a body's
    /// first cycle) to 9999. Bounded so that no sum or difference of
    /// cycles, counts and years can overflow (`--anchor 9223372036854775807=VN`
    /// used to trap).
    static let cycles = 1...9999

    public func validate() throws {
        if scenario != nil {
            guard anchor == nil, members == nil, cycleStart == nil, termYears == nil, skips.isEmpty, swaps.isEmpty else {
                throw ValidationError("--scenario gives the rotation; leave out --anchor, --members, --cycle-start, --term-years, --skip and --swap")
            }
            return
        }
        // The plain numbers first: the request below adds them up.
        if let count, !(1...1000).contains(count) { throw ValidationError("--count must be between 1 and 1000") }
        for (name, value) in [("--from", from), ("--to", to)] {
            if let value, !Self.cycles.contains(value) {
                throw ValidationError("\(name) must be a cycle number from \(Self.cycles.lowerBound) to \(Self.cycles.upperBound); found \(value)")
            }
        }
        if let termYears, !(1...10).contains(termYears) { throw ValidationError("--term-years must be between 1 and 10") }
        let request = try request()
        guard request.last >= request.first else {
            throw ValidationError("--to (\(request.last)) is before the first cycle listed (\(request.first))")
        }
        guard request.last - request.first < 1000 else { throw ValidationError("list at most 1000 cycles") }
    }

    public func run() throws {
        let request = try scenario.map(scenarioRequest) ?? request()
        let turns: [Rotation.Turn]
        let rotation: Rotation
        do {
            rotation = try request.rotation.rotation()
            turns = try request.rotation.turns(from: request.first, through: request.last)
        } catch {
            Console.error("convene rotation: error: \(error)")
            throw ExitStatus.usage
        }
        let warnings = rotation.closeRepeats(in: turns)
        for warning in warnings { Console.error("convene rotation: warning: \(warning)") }
        switch format {
        case .text: Console.out(RotationText.render(request: request, rotation: rotation, turns: turns))
        case .json: Console.out(RotationJSON.render(body: request.body, anchor: request.rotation.anchor, turns: turns, warnings: warnings))
        }
    }

    /// What to list: the body's rotation, built-in values replaced by the
    /// options given.
    struct Request {
        let body: String
        let rotation: BodyRotation
        let first: Int
        let last: Int
        let known: KnownRotation?
        let builtIn: [String]
    }

    private func request() throws -> Request {
        let body = self.body ?? "ACCSM"
        let known = KnownRotation.named(body)
        var builtIn: [String] = []
        let anchorValue: Rotation.Anchor
        if let anchor {
            anchorValue = try parsedAnchor(anchor)
        } else if let known {
            anchorValue = known.rotation.anchor
            builtIn.append("anchor \(anchorValue.cycle) chaired by \(anchorValue.chair)")
        } else {
            throw ValidationError("--anchor is needed for '\(body)': Convene knows the rotations of \(KnownRotation.all.map(\.short).joined(separator: " and "))")
        }
        let memberList: [RotationMember]
        if let members, members.lowercased() != "asean" {
            memberList = try parsedMembers(members)
        } else {
            memberList = known?.rotation.members ?? ASEANMembership.rotationMembers
        }
        let dates: CycleDates?
        if let cycleStart {
            dates = try parsedCycleStart(cycleStart, years: termYears ?? 1)
        } else if let known, termYears == nil {
            dates = known.rotation.dates
            if dates != nil { builtIn.append("cycle dates") }
        } else if (termYears ?? 1) == 1, (1967...2200).contains(anchorValue.cycle) {
            dates = .calendarYears
        } else if termYears != nil {
            throw ValidationError("--term-years needs --cycle-start CYCLE=YYYY-MM-DD unless cycles are numbered by year")
        } else {
            dates = nil
        }
        var deviationList = try deviations()
        if deviationList.isEmpty, let known, !known.rotation.deviations.isEmpty {
            deviationList = known.rotation.deviations
            builtIn.append("deviations")
        }
        let first = from ?? (anchor == nil ? known?.listed.lowerBound : nil) ?? anchorValue.cycle
        let last = to ?? (count.map { first + $0 - 1 }) ?? ((from == nil && anchor == nil) ? known?.listed.upperBound : nil) ?? first + 10
        return Request(body: known?.short ?? body,
                       rotation: BodyRotation(members: memberList, anchor: anchorValue, dates: dates, deviations: deviationList),
                       first: first, last: last, known: known, builtIn: builtIn)
    }

    /// The rotation of a body declared in a scenario: by default its
    /// planned cycles (or eleven from the anchor).
    private func scenarioRequest(_ path: String) throws -> Request {
        let loaded = try ScenarioInput.load(path)
        let chosen = body.map { name in
            loaded.bodies.first { $0.id.rawValue.caseInsensitiveCompare(name) == .orderedSame || $0.short.caseInsensitiveCompare(name) == .orderedSame }
        } ?? loaded.bodies.first
        guard let chosen else {
            let names = loaded.bodies.map(\.id.rawValue)
            Console.error("convene rotation: error: \(path) declares \(names.isEmpty ? "no bodies with a rotation (bodies:)" : "no body '\(body ?? "")' (bodies: \(names.joined(separator: ", ")))")")
            throw ExitStatus.usage
        }
        let first = from ?? chosen.turns.first?.cycle ?? chosen.rotation.anchor.cycle
        let last = to ?? count.map { first + $0 - 1 } ?? (from == nil ? chosen.turns.last?.cycle : nil) ?? first + 10
        guard last >= first, last - first < 1000 else { throw ValidationError("list between 1 and 1000 cycles") }
        return Request(body: chosen.short, rotation: chosen.rotation, first: first, last: last, known: nil, builtIn: [])
    }

    private func parsedAnchor(_ text: String) throws -> Rotation.Anchor {
        let parts = text.split(separator: "=")
        guard parts.count == 2 else {
            throw ValidationError("--anchor must be CYCLE=CODE, e.g. 21=VN; found '\(text)'")
        }
        return Rotation.Anchor(cycle: try cycle(parts[0], option: "--anchor"), chair: try code(String(parts[1]), option: "--anchor"))
    }

    private func parsedMembers(_ text: String) throws -> [RotationMember] {
        let members = try text.split(separator: ",").map { item -> RotationMember in
            let parts = item.split(separator: "@")
            guard (1...2).contains(parts.count) else {
                throw ValidationError("--members takes CODE or CODE@YYYY-MM-DD; found '\(item)'")
            }
            let joined = try parts.count == 2 ? day(String(parts[1]), option: "--members") : nil
            return RotationMember(try code(String(parts[0]), option: "--members"), joined: joined)
        }
        guard members.count >= 2 else { throw ValidationError("--members needs at least two members") }
        return members
    }

    private func parsedCycleStart(_ text: String, years: Int) throws -> CycleDates {
        let parts = text.split(separator: "=")
        guard parts.count == 2 else {
            throw ValidationError("--cycle-start must be CYCLE=YYYY-MM-DD, e.g. 22=2022-08-05; found '\(text)'")
        }
        return CycleDates(cycle: try cycle(parts[0], option: "--cycle-start"), start: try day(String(parts[1]), option: "--cycle-start"), years: max(1, years))
    }

    private func deviations() throws -> [Rotation.Deviation] {
        let skipList = try skips.map { text -> Rotation.Deviation in
            let parts = text.split(separator: "@")
            guard parts.count == 2 else {
                throw ValidationError("--skip must be CODE@CYCLE, e.g. MM@2026; found '\(text)'")
            }
            return .skip(try code(String(parts[0]), option: "--skip"), cycle: try cycle(parts[1], option: "--skip"))
        }
        let swapList = try swaps.map { text -> Rotation.Deviation in
            let parts = text.split(separator: "@")
            let pair = parts.first?.split(separator: ",") ?? []
            guard parts.count == 2, pair.count == 2 else {
                throw ValidationError("--swap must be A,B@CYCLE, e.g. BN,ID@2011; found '\(text)'")
            }
            return .swap(try code(String(pair[0]), option: "--swap"), try code(String(pair[1]), option: "--swap"),
                         cycle: try cycle(parts[1], option: "--swap"))
        }
        return skipList + swapList
    }

    /// A cycle number in `cycles`.
    private func cycle(_ text: Substring, option: String) throws -> Int {
        guard let value = Int(text), Self.cycles.contains(value) else {
            throw ValidationError("\(option): the cycle must be a whole number from \(Self.cycles.lowerBound) to \(Self.cycles.upperBound); found '\(text)'")
        }
        return value
    }

    private func code(_ text: String, option: String) throws -> CountryCode {
        let code = CountryCode(text.uppercased())
        guard Countries.named(code) != nil else {
            throw ValidationError("\(option): unknown country code '\(text)'")
        }
        return code
    }

    private func day(_ text: String, option: String) throws -> Day {
        guard let day = Day(iso: text) else { throw ValidationError("\(option): '\(text)' is not a date YYYY-MM-DD") }
        return day
    }
}

/// The text form of a rotation: a header naming the anchor, one line per
/// cycle, then what membership and the built-in values contributed.
enum RotationText {
    static func render(request: RotationCommand.Request, rotation: Rotation, turns: [Rotation.Turn]) -> String {
        let anchor = request.rotation.anchor
        let width = turns.map { String($0.cycle).count }.max() ?? 2
        let nameWidth = turns.map(\.name.count).max() ?? 0
        let title = request.known.map { " (\($0.name))" } ?? ""
        var lines = ["\(request.body) chairs \(request.first)-\(request.last)\(title); anchor: \(anchor.cycle) chaired by \(anchor.chair)"]
        for turn in turns {
            let number = String(repeating: " ", count: width - String(turn.cycle).count) + String(turn.cycle)
            let note = turn.note.map { String(repeating: " ", count: nameWidth - turn.name.count) + "  (\($0))" } ?? ""
            lines.append("  \(number)  \(turn.chair)  \(turn.name)\(note)")
        }
        if let dates = request.rotation.dates {
            let cycles = dates == .calendarYears ? "cycles are calendar years"
                : "cycle \(dates.cycle) began \(dates.start), \(dates.years) year\(dates.years == 1 ? "" : "s") a cycle"
            let joins = rotation.order.compactMap { country -> String? in
                guard let first = rotation.firstCycle(of: country.code), first > request.first else { return nil }
                return "\(country.name) (\(country.code)) is in the rotation from \(first) (joined \(rotation.joined[country.code]!))"
            }
            lines.append((["\(cycles); membership follows dates"] + joins).joined(separator: "; "))
        } else {
            lines.append("no cycle dates given (--cycle-start): every member is in every cycle")
        }
        if !request.builtIn.isEmpty, let known = request.known {
            lines.append("built in for \(known.short): \(request.builtIn.joined(separator: ", ")); \(known.basis) (Docs/Rotation.md)")
        }
        return lines.joined(separator: "\n")
    }
}

/// The JSON form of a rotation, keys in a fixed order.
enum RotationJSON {
    static func render(body: String, anchor: Rotation.Anchor, turns: [Rotation.Turn], warnings: [String]) -> String {
        let cycles = turns.map { turn in
            var fields = ["\"cycle\": \(turn.cycle)", "\"chair\": \(JSONText.quote(turn.chair.rawValue))",
                          "\"name\": \(JSONText.quote(turn.name))"]
            if let note = turn.note { fields.append("\"note\": \(JSONText.quote(note))") }
            return "    {" + fields.joined(separator: ", ") + "}"
        }
        return "{\n  \"body\": \(JSONText.quote(body)),\n"
            + "  \"anchor\": {\"cycle\": \(anchor.cycle), \"chair\": \(JSONText.quote(anchor.chair.rawValue))},\n"
            + "  \"cycles\": [\n" + cycles.joined(separator: ",\n") + "\n  ]"
            + (warnings.isEmpty ? "" : ",\n  \"warnings\": [" + warnings.map(JSONText.quote).joined(separator: ", ") + "]")
            + "\n}"
    }
}
