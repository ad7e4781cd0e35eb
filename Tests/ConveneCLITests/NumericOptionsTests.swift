import ArgumentParser
import ConveneTestSupport
import Foundation
import Testing
@testable import ConveneCLI

/// Every numeric option has a documented range (Docs/Reliability.md,
/// "Numbers") and gives exit 64 with a message outside it; no value, however
/// large, makes the arithmetic behind an option trap.
@Suite struct NumericOptionsTests {
    /// Command lines with `V` where the number goes.
    static let templates: [[String]] = [
        ["rotation", "--anchor=V=VN"],
        ["rotation", "--body", "ASEAN", "--from=V"],
        ["rotation", "--body", "ASEAN", "--to=V"],
        ["rotation", "--body", "ASEAN", "--count=V"],
        ["rotation", "--anchor", "21=VN", "--skip=MM@V"],
        ["rotation", "--anchor", "21=VN", "--swap=BN,ID@V"],
        ["rotation", "--anchor", "2020=VN", "--term-years=V"],
        ["rotation", "--anchor", "21=VN", "--cycle-start=V=2022-08-05"],
        ["holidays", "--country", "VN", "--year=V"],
        ["generate", "asean", "--year=V"],
        ["generate", "asean", "--year", "2024", "--bodies=V"],
        ["plan", "s.yaml", "--max-iterations=V"],
        ["plan", "s.yaml", "--time-limit=V"],
    ]

    static let edges = ["0", "-1", "-5", "1", "21", "2026", "9999", "10000", "2147483648", "\(Int.max)", "\(Int.min)",
                        "99999999999999999999", "1e3", "nan", "inf", "-0", "0x10", " 5", ""]

    /// The edges, then values from a fixed-seed generator.
    static var values: [String] {
        var result = edges
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        for _ in 0..<150 {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            let value = Int64(bitPattern: state)
            result.append(String(value >> (state % 64)))
        }
        return result
    }

    @Test func theReportedOverflowIsAUsageError() throws {
        let result = try ConveneProcess.run(["rotation", "--anchor", "9223372036854775807=VN"])
        #expect(result.status == 64, "\(result.standardError)")
        #expect(result.standardError.contains("--anchor: the cycle must be a whole number from 1 to 9999; found '9223372036854775807'"))
        for anchor in ["0=VN", "-5=VN"] {
            let refused = try ConveneProcess.run(["rotation", "--anchor=\(anchor)"])
            #expect(refused.status == 64, "\(anchor): \(refused.standardOutput)")
        }
    }

    /// The property: every value either parses into the option's range or is
    /// a usage error, and an accepted rotation or holidays command with an
    /// edge value runs to a documented exit status.
    @Test func everyNumericOptionIsRangedAndNeverTraps() throws {
        var accepted = 0, refused = 0
        for template in Self.templates {
            for value in Self.values {
                let arguments = template.map { $0.replacingOccurrences(of: "V", with: value) }
                let command: ParsableCommand
                do {
                    command = try ConveneCommand.parseAsRoot(arguments)
                } catch {
                    #expect(ConveneCommand.exitCode(for: error).rawValue == 64, "\(arguments)")
                    refused += 1
                    continue
                }
                accepted += 1
                if let plan = command as? PlanCommand {
                    #expect(plan.maxIterations.map { (0...1_000_000_000).contains($0) } ?? true, "\(arguments)")
                    #expect(plan.timeLimit > 0 && plan.timeLimit <= 3600, "\(arguments)")
                }
                // Run in a process of its own: a trap must fail the test, not
                // end the test runner, and the commands' ICU calls stay out
                // of the runner's threads.
                if command is RotationCommand || command is HolidaysCommand, Self.edges.contains(value) {
                    let result = try ConveneProcess.run(arguments)
                    #expect([0, 64, 65].contains(result.status), "\(arguments): exit \(result.status) \(result.standardError)")
                }
            }
        }
        #expect(accepted > 0 && refused > 0)
    }
}
