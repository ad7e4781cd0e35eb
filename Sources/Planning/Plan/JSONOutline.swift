import Foundation

/// Where each object member and array element of a JSON text begins, found
/// in one pass over its bytes, so that a reader can point at any part of a
/// plan.json without searching the text again. Lines and columns count
/// from 1; a column counts Unicode scalars. Meant for text that already
/// parsed as JSON: on other text it stops early and says nothing wrong.
enum JSONOutline {
    /// One step of a path: a member's key (as written, escapes kept) or an element's index.
    enum Step: Hashable {
        case key(String)
        case index(Int)
    }

    /// A place in the text.
    struct Position: Hashable {
        let line: Int
        let column: Int
    }

    /// Calls `visit` with the path of every member (at its key) and every
    /// element (at its first character), in text order, until it returns
    /// false. Returns how many bytes it stepped over: never more than the
    /// text has, each byte is read once.
    @discardableResult
    static func walk(_ data: Data, visit: ([Step], Position) -> Bool) -> Int {
        withoutActuallyEscaping(visit) { visit in
            var walker = Walker(bytes: Array(data), visit: visit)
            walker.value()
            walker.skipSpace()
            return walker.stepped
        }
    }

    private struct Walker {
        let bytes: [UInt8]
        let visit: ([Step], Position) -> Bool
        var offset = 0
        var line = 1
        var column = 1
        var path: [Step] = []
        var stopped = false
        var stepped = 0

        init(bytes: [UInt8], visit: @escaping ([Step], Position) -> Bool) {
            self.bytes = bytes
            self.visit = visit
        }

        var atEnd: Bool { stopped || offset >= bytes.count }
        var current: UInt8 { bytes[offset] }
        var position: Position { Position(line: line, column: column) }

        mutating func advance() {
            let byte = bytes[offset]
            offset += 1
            stepped += 1
            if byte == UInt8(ascii: "\n") {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
        }

        mutating func skipSpace() {
            while offset < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[offset]) { advance() }
        }

        mutating func value() {
            skipSpace()
            guard !atEnd else { return }
            switch current {
            case UInt8(ascii: "{"): object()
            case UInt8(ascii: "["): array()
            case UInt8(ascii: "\""): _ = string()
            default:
                // A number, true, false or null.
                while offset < bytes.count, !",]}".utf8.contains(current), ![0x20, 0x09, 0x0A, 0x0D].contains(current) {
                    advance()
                }
            }
        }

        mutating func object() {
            advance()
            skipSpace()
            if !atEnd, current == UInt8(ascii: "}") { advance(); return }
            while !atEnd {
                skipSpace()
                guard !atEnd, current == UInt8(ascii: "\"") else { stopped = true; return }
                let start = position
                path.append(.key(string()))
                guard visit(path, start) else { stopped = true; return }
                skipSpace()
                if !atEnd, current == UInt8(ascii: ":") { advance() }
                value()
                path.removeLast()
                skipSpace()
                guard !atEnd else { return }
                let separator = current
                advance()
                if separator != UInt8(ascii: ",") { return }
            }
        }

        mutating func array() {
            advance()
            skipSpace()
            if !atEnd, current == UInt8(ascii: "]") { advance(); return }
            var index = 0
            while !atEnd {
                skipSpace()
                path.append(.index(index))
                guard visit(path, position) else { stopped = true; return }
                value()
                path.removeLast()
                index += 1
                skipSpace()
                guard !atEnd else { return }
                let separator = current
                advance()
                if separator != UInt8(ascii: ",") { return }
            }
        }

        /// The raw text between the quotes (escapes are kept as written).
        mutating func string() -> String {
            advance()
            let start = offset
            var escaped = false
            while offset < bytes.count {
                let byte = current
                if escaped {
                    escaped = false
                } else if byte == UInt8(ascii: "\\") {
                    escaped = true
                } else if byte == UInt8(ascii: "\"") {
                    break
                }
                advance()
            }
            let text = String(decoding: bytes[start..<offset], as: UTF8.self)
            if offset < bytes.count { advance() }
            return text
        }
    }
}
