/// Character classes of RFC 5545 §3.1, shared by the content-line parser
/// and writer so that what one accepts the other can produce.
enum Syntax {
    /// `iana-token` / `x-name`: one or more ALPHA, DIGIT or "-".
    static func isName(_ name: String) -> Bool {
        !name.isEmpty && name.utf8.allSatisfy { byte in
            (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
                || (0x30...0x39).contains(byte) || byte == UInt8(ascii: "-")
        }
    }

    /// CTL other than HTAB: not allowed in any value (§3.1 VALUE-CHAR,
    /// SAFE-CHAR). CR and LF among them are how properties get injected.
    static func containsControl(_ text: String) -> Bool {
        text.unicodeScalars.contains { ($0.value < 0x20 && $0.value != 0x09) || $0.value == 0x7F }
    }

    static func isParameterNameTerminator(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "=") || byte == UInt8(ascii: ";") || byte == UInt8(ascii: ":") || byte == UInt8(ascii: ",")
    }

    static func isParameterValueTerminator(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: ",") || byte == UInt8(ascii: ";") || byte == UInt8(ascii: ":")
    }

    /// Whether a parameter value must be DQUOTE'd on output (§3.2).
    static func needsQuotes(_ value: String) -> Bool {
        value.utf8.contains { $0 == UInt8(ascii: ":") || $0 == UInt8(ascii: ";") || $0 == UInt8(ascii: ",") }
    }
}
