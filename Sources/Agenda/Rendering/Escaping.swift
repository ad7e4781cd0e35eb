/// Escapes text from a scenario before it goes into a page, so that a
/// meeting title cannot inject markup.
///
/// Both work on Unicode scalars, not Characters: a grapheme cluster such as
/// `"` followed by a combining accent, or CR LF, is one Character that
/// equals neither `"` nor `\n`, and would slip through unescaped.
public enum Escaping {
    /// HTML text and attribute values: `& < > " '` as character references.
    public static func html(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// Markdown table cells and lines: inline HTML is neutralised, a line
    /// break (CR, LF or CR LF) becomes one space, and the characters that
    /// start formatting or end a cell are backslashed.
    public static func markdown(_ text: String) -> String {
        var result = ""
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\r": result += " "
            case "\n": if !previousWasCR { result += " " }
            case "|", "\\", "*", "_", "`", "[", "]", "#": result += "\\" + String(scalar)
            default: result.unicodeScalars.append(scalar)
            }
            previousWasCR = scalar == "\r"
        }
        return result
    }

    /// A CSS string literal (CSS Syntax §4.3.5): quotes and backslashes
    /// escaped, line breaks as `\A`, and `<` as `\3C` so the text can never
    /// close the `<style>` element it sits in.
    public static func cssString(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n", "\r": out += "\\A "
            case "<": out += "\\3C "
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
