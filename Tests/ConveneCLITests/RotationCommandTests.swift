import ConveneTestSupport
import Testing

@Suite struct RotationCommandTests {
    @Test func jsonNamesEachCycle() throws {
        let result = try ConveneProcess.run(["rotation", "--body", "ACCSM", "--anchor", "21=VN", "--count", "3", "--format", "json"])
        #expect(result.status == 0)
        #expect(result.standardOutput == """
        {
          "body": "ACCSM",
          "anchor": {"cycle": 21, "chair": "VN"},
          "cycles": [
            {"cycle": 21, "chair": "VN", "name": "Viet Nam"},
            {"cycle": 22, "chair": "BN", "name": "Brunei Darussalam"},
            {"cycle": 23, "chair": "KH", "name": "Cambodia"}
          ]
        }

        """)
    }

    /// `convene rotation --body ASEAN` alone lists the chairs as held.
    @Test func aseanChairsAsHeldWithoutOptions() throws {
        let result = try ConveneProcess.run(["rotation", "--body", "ASEAN"])
        #expect(result.status == 0)
        let rows = result.standardOutput.split(separator: "\n").filter { $0.hasPrefix("  20") }
            .map { $0.split(separator: " ").prefix(2).joined(separator: " ") }
        #expect(rows == ["2010 VN", "2011 ID", "2012 KH", "2013 BN", "2014 MM", "2015 MY", "2016 LA", "2017 PH", "2018 SG",
                         "2019 TH", "2020 VN", "2021 BN", "2022 KH", "2023 ID", "2024 LA", "2025 MY", "2026 PH", "2027 SG"])
        #expect(result.standardOutput.contains("Timor-Leste (TL) is in the rotation from 2026 (joined 2025-10-26)"))
    }

    @Test func deviationBeforeTheAnchorApplies() throws {
        let result = try ConveneProcess.run(["rotation", "--body", "ASEAN", "--anchor", "2015=MY", "--from", "2015", "--to", "2027",
                                             "--swap", "LA,MM@2014", "--skip", "MM@2026", "--format", "json"])
        #expect(result.status == 0)
        #expect(result.standardOutput.contains(#"{"cycle": 2016, "chair": "LA", "name": "Lao PDR", "note": "LA takes MM's turn, swapped at 2014"}"#))
        #expect(result.standardOutput.contains(#"{"cycle": 2024, "chair": "LA", "name": "Lao PDR"}"#))
        #expect(result.standardError.isEmpty)
    }

    @Test func halfASwapIsWarnedOnStandardError() throws {
        let result = try ConveneProcess.run(["rotation", "--body", "ASEAN", "--anchor", "2015=MY", "--from", "2014", "--to", "2027", "--swap", "LA,MM@2016"])
        #expect(result.status == 0)
        #expect(result.standardError.contains("warning: LA chairs 2014 and 2016"))
    }

    @Test func deviationThatCannotApplySaysWhyWithoutUsage() throws {
        let result = try ConveneProcess.run(["rotation", "--body", "ASEAN", "--anchor", "2010=VN", "--members", "BN,KH,ID,LA,MY,MM,PH,SG,TH,TL,VN",
                                             "--swap", "BN,ID@2011", "--swap", "LA,MM@2014", "--skip", "MM@2026"])
        #expect(result.status == 64)
        #expect(result.standardError.contains("'MM skips its turn at 2026' cannot apply: MY is due at 2026, not MM: Timor-Leste is in the rotation from 2010"))
        #expect(!result.standardError.contains("Usage:"))
    }

    @Test func unknownBodyNeedsAnAnchor() throws {
        let result = try ConveneProcess.run(["rotation", "--body", "SOMTC"])
        #expect(result.status == 64)
        #expect(result.standardError.contains("--anchor is needed for 'SOMTC'"))
    }

    @Test func badAnchorIsAUsageError() throws {
        let result = try ConveneProcess.run(["rotation", "--anchor", "VN"])
        #expect(result.status == 64)
        #expect(result.standardError.contains("--anchor must be CYCLE=CODE"))
    }

    @Test func unknownCountryIsAUsageError() throws {
        let result = try ConveneProcess.run(["rotation", "--anchor", "21=XX"])
        #expect(result.status == 64)
        #expect(result.standardError.contains("unknown country code 'XX'"))
    }

    /// A body's rotation read from a scenario's `bodies:`.
    @Test func rotationFromAScenario() throws {
        let result = try ConveneProcess.run(["rotation", "--scenario", "Scenarios/accsm-23-26.yaml", "--format", "json"])
        #expect(result.status == 0, "\(result.standardError)")
        for row in [#"{"cycle": 23, "chair": "KH", "name": "Cambodia"}"#, #"{"cycle": 24, "chair": "ID", "name": "Indonesia"}"#,
                    #"{"cycle": 25, "chair": "LA", "name": "Lao PDR"}"#, #"{"cycle": 26, "chair": "MY", "name": "Malaysia"}"#] {
            #expect(result.standardOutput.contains(row))
        }
        let three = try ConveneProcess.run(["rotation", "--scenario", "Scenarios/asean-2026-three-bodies.yaml", "--body", "adgmin", "--from", "5", "--to", "7"])
        #expect(three.status == 0, "\(three.standardError)")
        #expect(three.standardOutput.contains("6  VN  Viet Nam"))
        #expect(three.standardOutput.contains("7  BN  Brunei Darussalam"))
        let missing = try ConveneProcess.run(["rotation", "--scenario", "Scenarios/accsm-22-brunei.yaml"])
        #expect(missing.status == 64)
        #expect(missing.standardError.contains("declares no bodies with a rotation"))
    }
}
