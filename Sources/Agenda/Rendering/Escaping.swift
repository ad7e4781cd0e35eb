/// Escapes text from a scenario before it goes into a page, so that a
/// meeting title cannot inject markup.
public enum Escaping {
    /// HTML text and attribute values: `& < > " '` as character references.
    public static func html(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.count)
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.append(character)
            }
        }
        return result
    }

    /// Markdown table cells and lines: inline HTML is neutralised and the
    /// characters that start formatting or end a cell are backslashed.
    public static func markdown(_ text: String) -> String {
        var result = ""
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\n", "\r": result += " "
            case "|", "\\", "*", "_", "`", "[", "]", "#": result += "\\" + String(character)
            default: result.append(character)
            }
        }
        return result
    }
}
