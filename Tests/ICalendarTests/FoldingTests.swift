import Testing
@testable import ICalendar

/// RFC 5545 §3.1: 75 octets per physical line, never splitting a UTF-8
/// character, continuation lines start with one space.
struct FoldingTests {
    /// The physical lines of folded text (CRLF-separated, last one empty).
    func physicalLines(_ folded: String) -> [[UInt8]] {
        var lines: [[UInt8]] = [[]]
        let bytes = Array(folded.utf8)
        var index = 0
        while index < bytes.count {
            if bytes[index] == 0x0D, index + 1 < bytes.count, bytes[index + 1] == 0x0A {
                lines.append([])
                index += 2
            } else {
                lines[lines.count - 1].append(bytes[index])
                index += 1
            }
        }
        return lines
    }

    func checkFolding(_ line: String) {
        let folded = LineFolder.fold(line)
        #expect(folded.hasSuffix("\r\n"))
        let lines = physicalLines(folded).dropLast()
        for (index, physical) in lines.enumerated() {
            #expect(physical.count <= 75, "physical line \(index) has \(physical.count) octets")
            #expect(String(validating: physical, as: UTF8.self) != nil, "physical line \(index) splits a UTF-8 character")
            if index > 0 { #expect(physical.first == 0x20) }
        }
        let unfolded = try? LineUnfolder.unfold(Array(folded.utf8))
        #expect(unfolded == [UnfoldedLine(text: line, line: 1)])
    }

    @Test func exactly75OctetsIsNotFolded() {
        let line = "SUMMARY:" + String(repeating: "a", count: 67)
        #expect(line.utf8.count == 75)
        #expect(LineFolder.fold(line) == line + "\r\n")
    }

    @Test func seventySixOctetsFoldsOneOctet() {
        let line = "SUMMARY:" + String(repeating: "a", count: 68)
        #expect(LineFolder.fold(line) == "SUMMARY:" + String(repeating: "a", count: 67) + "\r\n a\r\n")
    }

    @Test func continuationCountsItsSpace() {
        // 75 + 74 + 1: the second physical line is the space plus 74 octets.
        let line = String(repeating: "b", count: 150)
        let lines = physicalLines(LineFolder.fold(line)).dropLast()
        #expect(lines.map(\.count) == [75, 75, 2])
    }

    @Test(arguments: [
        "Hội nghị Quan chức Cao cấp ASEAN về Hợp tác Công vụ lần thứ 22, Hà Nội",
        "การประชุมเจ้าหน้าที่อาวุโสอาเซียนด้านความร่วมมือข้าราชการพลเรือน ครั้งที่ 22",
        "အာဆီယံ နိုင်ငံ့ဝန်ထမ်း ပူးပေါင်းဆောင်ရွက်မှုဆိုင်ရာ အကြီးတန်းအရာရှိများ အစည်းအဝေး",
        "🇻🇳🇧🇳🇹🇭🇲🇲 👩🏽‍💼 meeting 🗓️🤝🌏 " + String(repeating: "🎉", count: 30),
    ])
    func multiByteTextNeverSplitsACharacter(text: String) {
        for prefix in 0..<8 {
            // Shift the text so every byte offset of every character meets the boundary.
            checkFolding("SUMMARY:" + String(repeating: "x", count: prefix) + text)
        }
    }

    @Test func threeByteCharacterAtTheBoundaryMovesWhole() {
        // 74 ASCII octets, then "ộ" (3 octets in UTF-8): it cannot fit in 75.
        let line = String(repeating: "a", count: 74) + "ộ"
        let lines = physicalLines(LineFolder.fold(line)).dropLast()
        #expect(lines.map(\.count) == [74, 4])
        #expect(lines[1] == [0x20] + Array("ộ".utf8))
    }

    @Test func unfoldKeepsPhysicalLineNumbers() throws {
        let text = "A:1\r\nB:2\r\n 3\r\n\t4\r\n\r\nC:5\nD:6"
        let lines = try LineUnfolder.unfold(Array(text.utf8))
        #expect(lines == [
            UnfoldedLine(text: "A:1", line: 1),
            UnfoldedLine(text: "B:234", line: 2),
            UnfoldedLine(text: "C:5", line: 6),
            UnfoldedLine(text: "D:6", line: 7),
        ])
    }

    @Test func unfoldJoinsACharacterSplitBySloppyWriter() throws {
        let bytes = Array("SUMMARY:H".utf8) + [0xE1, 0xBB] + Array("\r\n ".utf8) + [0x99] + Array("i\r\n".utf8)
        let lines = try LineUnfolder.unfold(bytes)
        #expect(lines.map(\.text) == ["SUMMARY:Hội"])
    }

    @Test func continuationWithoutALineBeforeIsAnError() {
        let error = icalError { () throws(ICalendarError) in try LineUnfolder.unfold(Array(" X:1\r\n".utf8)) }
        #expect(error?.line == 1)
    }

    @Test func whitespaceOnlyLinesBeforeContentAreBlank() throws {
        let lines = try LineUnfolder.unfold(Array("   \r\n\t\nA:1\r\n".utf8))
        #expect(lines == [UnfoldedLine(text: "A:1", line: 3)])
    }

    @Test func invalidUTF8NamesItsLine() {
        let bytes = Array("A:1\r\nB:".utf8) + [0xFF] + Array("\r\n".utf8)
        let error = icalError { () throws(ICalendarError) in try LineUnfolder.unfold(bytes) }
        #expect(error?.line == 2)
    }
}
