import ConveneTestSupport
import Testing

@Suite struct RotationCommandTests {
    @Test func jsonNamesEachCycle() throws {
        let result = try ConveneProcess.run(["rotation", "--body", "ACCSM", "--anchor", "21=VN", "--count", "3", "--format", "json"])
        #expect(result.status == 0)
        #expect(result.standardOutput == """
        {
          "body": "ACCSM",
          "cycles": [
            {"cycle": 21, "chair": "VN", "name": "Viet Nam"},
            {"cycle": 22, "chair": "BN", "name": "Brunei Darussalam"},
            {"cycle": 23, "chair": "KH", "name": "Cambodia"}
          ]
        }

        """)
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
}
