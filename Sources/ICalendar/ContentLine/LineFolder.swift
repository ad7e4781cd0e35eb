/// Folds a logical content line into physical lines (RFC 5545 §3.1): "Lines
/// of text SHOULD NOT be longer than 75 octets, excluding the line break",
/// and a multi-octet UTF-8 character must not be split. A continuation line
/// starts with one space, which counts towards its 75 octets.
public enum LineFolder {
    /// The octet limit of a physical line, excluding CRLF (§3.1).
    public static let maxOctets = 75

    /// The folded physical lines of `line`, each ending in CRLF. Breaks fall
    /// between Unicode scalars, never inside one.
    public static func fold(_ line: String) -> String {
        var output = ""
        output.reserveCapacity(line.utf8.count + line.utf8.count / 70 * 3 + 2)
        var used = 0
        for scalar in line.unicodeScalars {
            let width = UTF8.width(scalar)
            if used + width > maxOctets {
                output += "\r\n "
                used = 1
            }
            output.unicodeScalars.append(scalar)
            used += width
        }
        output += "\r\n"
        return output
    }
}
