import Testing
@testable import Agenda

/// Escaping works on Unicode scalars: a quote or angle bracket followed by
/// a combining mark, or a CR LF pair, is one Character in Swift and must
/// still be escaped.
@Suite struct EscapingTests {
    @Test func htmlEscapesInsideGraphemeClusters() {
        #expect(Escaping.html("\"\u{0301} onmouseover=x") == "&quot;\u{0301} onmouseover=x")
        #expect(Escaping.html("<\u{0301}script>") == "&lt;\u{0301}script&gt;")
        #expect(Escaping.html("<script>alert('1')</script>") == "&lt;script&gt;alert(&#39;1&#39;)&lt;/script&gt;")
    }

    @Test func markdownTurnsEveryLineBreakIntoOneSpace() {
        #expect(Escaping.markdown("SOM\r\nATTENDEE:x") == "SOM ATTENDEE:x")
        #expect(Escaping.markdown("a\rb\nc") == "a b c")
        #expect(Escaping.markdown("<b>*x*</b>") == "&lt;b&gt;\\*x\\*&lt;/b&gt;")
    }

    /// The running header's title is a CSS string: quotes, backslashes and
    /// line breaks escaped, and no `<` that could close the style element.
    @Test func cssStringCannotEscapeItsQuotesOrTheStyleElement() {
        #expect(Escaping.cssString("SOM \"A\" \\ B") == #""SOM \"A\" \\ B""#)
        #expect(Escaping.cssString("a\nb") == #""a\A b""#)
        #expect(!Escaping.cssString("</style><script>").contains("<"))
    }
}
