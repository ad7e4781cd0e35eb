/// Splits iCalendar text into logical content lines (RFC 5545 §3.1),
/// joining each continuation line (one that starts with a space or a tab)
/// to the line before it after removing that one character.
///
/// Tolerant of real feeds: LF-only and CRLF line ends (mixed, even), blank
/// lines (skipped) and a leading UTF-8 byte order mark. Joining happens on
/// bytes, so a sloppy writer that split a UTF-8 character across a fold
/// still reads back correctly.
public enum LineUnfolder {
    /// The logical lines of `bytes`, each with its starting physical line.
    /// Throws on invalid UTF-8, a continuation with nothing before it, or a
    /// line or line count beyond `limits`.
    public static func unfold(
        _ bytes: [UInt8], limits: ParserLimits = ParserLimits()
    ) throws(ICalendarError) -> [UnfoldedLine] {
        guard bytes.count <= limits.maxInputBytes else {
            throw ICalendarError(.limit, "input is \(bytes.count) bytes; the limit is \(limits.maxInputBytes) (ParserLimits.maxInputBytes)")
        }
        var lines: [UnfoldedLine] = []
        var current: [UInt8] = []
        var currentLine = 0
        var physical = 0
        var index = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0

        func finish() throws(ICalendarError) {
            guard currentLine > 0 else { return }
            guard let text = String(validating: current, as: UTF8.self) else {
                throw ICalendarError(.syntax, line: currentLine, "content line is not valid UTF-8 (RFC 5545 §3.1 requires UTF-8)")
            }
            guard lines.count < limits.maxContentLines else {
                throw ICalendarError(.limit, line: currentLine, "more than \(limits.maxContentLines) content lines (ParserLimits.maxContentLines)")
            }
            lines.append(UnfoldedLine(text: text, line: currentLine))
            current.removeAll(keepingCapacity: true)
            currentLine = 0
        }

        while index < bytes.count {
            physical += 1
            var end = index
            while end < bytes.count, bytes[end] != 0x0A { end += 1 }
            var stop = end
            if stop > index, bytes[stop - 1] == 0x0D { stop -= 1 }
            let next = end + 1
            if stop == index {
                // A blank line carries nothing; sloppy feeds have them between components.
            } else if bytes[index] == 0x20 || bytes[index] == 0x09 {
                if currentLine == 0, bytes[index..<stop].allSatisfy({ $0 == 0x20 || $0 == 0x09 }) {
                    // Whitespace alone before any content line: a blank line in a sloppy feed.
                    index = next
                    continue
                }
                guard currentLine > 0 else {
                    throw ICalendarError(.syntax, line: physical, "continuation line (starting with a space) with no content line before it")
                }
                current.append(contentsOf: bytes[(index + 1)..<stop])
            } else {
                try finish()
                current.append(contentsOf: bytes[index..<stop])
                currentLine = physical
            }
            if current.count > limits.maxLineBytes {
                throw ICalendarError(.limit, line: currentLine, "content line longer than \(limits.maxLineBytes) bytes after unfolding (ParserLimits.maxLineBytes)")
            }
            index = next
        }
        try finish()
        return lines
    }
}
