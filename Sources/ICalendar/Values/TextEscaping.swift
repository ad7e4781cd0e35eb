/// TEXT escaping (RFC 5545 §3.3.11): backslash, semicolon and comma are
/// escaped with a backslash, and a line break is written `\n`. Because every
/// CR and LF becomes `\n`, a TEXT value can never break out of its content
/// line and inject a property.
public enum TextEscaping {
    /// The escaped form of `text`. CRLF, CR and LF each become `\n`.
    public static func escape(_ text: String) -> String {
        var output = ""
        output.reserveCapacity(text.utf8.count)
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": output += "\\\\"
            case ";": output += "\\;"
            case ",": output += "\\,"
            case "\r": output += "\\n"
            case "\n": if !previousWasCR { output += "\\n" }
            default: output.unicodeScalars.append(scalar)
            }
            previousWasCR = scalar == "\r"
        }
        return output
    }

    /// The text an escaped TEXT value stands for. `\n` and `\N` are line
    /// breaks (LF). Tolerant of sloppy writers: an unknown escape such as
    /// `\:` yields the character itself and a trailing lone backslash is kept.
    public static func unescape(_ text: String) -> String {
        guard text.utf8.contains(UInt8(ascii: "\\")) else { return text }
        var output = ""
        var escaping = false
        for scalar in text.unicodeScalars {
            if escaping {
                output.unicodeScalars.append(scalar == "n" || scalar == "N" ? "\n" : scalar)
                escaping = false
            } else if scalar == "\\" {
                escaping = true
            } else {
                output.unicodeScalars.append(scalar)
            }
        }
        if escaping { output += "\\" }
        return output
    }

    /// Splits a raw multi-valued TEXT (as in CATEGORIES, §3.8.1.2) on its
    /// unescaped commas and unescapes each item.
    public static func splitList(_ raw: String) -> [String] {
        splitRaw(raw, on: ",").map(unescape)
    }

    /// Escapes each item and joins them with commas.
    public static func joinList(_ items: [String]) -> String {
        items.map(escape).joined(separator: ",")
    }

    /// Splits `raw` on `separator` where it is not preceded by an escaping
    /// backslash; items stay escaped.
    static func splitRaw(_ raw: String, on separator: Unicode.Scalar) -> [String] {
        var items: [String] = []
        var current = ""
        var escaping = false
        for scalar in raw.unicodeScalars {
            if escaping {
                escaping = false
            } else if scalar == "\\" {
                escaping = true
            } else if scalar == separator {
                items.append(current)
                current = ""
                continue
            }
            current.unicodeScalars.append(scalar)
        }
        items.append(current)
        return items
    }
}
