/// Small helpers for the fixed-width numeric fields of RFC 5545 §3.3.
enum Digits {
    /// The unsigned decimal number in `bytes`, or nil if empty or not all digits.
    static func number<C: Collection>(_ bytes: C) -> Int? where C.Element == UInt8 {
        guard !bytes.isEmpty, bytes.count <= 9 else { return nil }
        var value = 0
        for byte in bytes {
            guard (0x30...0x39).contains(byte) else { return nil }
            value = value * 10 + Int(byte - 0x30)
        }
        return value
    }

    /// `value` written with at least `width` digits, zero-padded.
    static func padded(_ value: Int, _ width: Int) -> String {
        let text = String(value)
        return text.count >= width ? text : String(repeating: "0", count: width - text.count) + text
    }
}
