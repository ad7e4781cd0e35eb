/// An agenda as one self-contained, printable HTML page: no external
/// assets, inline CSS sized for A4, laid out like an official programme
/// (body and cycle, title, date and venue, theme, a timed table per day).
/// Every text from the scenario or plan is escaped.
public enum HTMLAgenda {
    public static func render(_ page: AgendaPage) -> String {
        let h = Escaping.html
        let labels = page.language.labels
        var out: [String] = []
        out.append("<!DOCTYPE html>")
        out.append("<html lang=\"\(h(page.language.language))\">")
        out.append("<head>")
        out.append("<meta charset=\"utf-8\">")
        out.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
        out.append("<title>\(h(page.cycleName)) · \(h(page.title))</title>")
        out.append("<style>\n\(style)\(runningHeader(page))</style>")
        out.append("</head>")
        out.append("<body>")
        out.append("<main class=\"sheet\">")
        out.append("<header class=\"masthead\">")
        if let logo = page.logoDataURI { out.append("<img class=\"logo\" src=\"\(h(logo))\" alt=\"\">") }
        out.append("<p class=\"body-name\">\(h(page.bodyName))</p>")
        out.append("<p class=\"cycle\">\(h(page.cycleName))</p>")
        out.append("<h1>\(h(page.title))</h1>")
        if let theme = page.theme {
            out.append("<p class=\"theme\"><span class=\"label\">\(h(labels.theme))</span> “\(h(theme))”</p>")
        }
        out.append("</header>")
        if let note = page.fallbackNote {
            out.append("<p class=\"note\" role=\"note\">\(h(note))</p>")
        }
        out.append("<dl class=\"facts\">")
        out.append("<dt>\(h(labels.date))</dt><dd>\(h(page.dateText))</dd>")
        out.append("<dt>\(h(labels.venue))</dt><dd>\(h(page.venueText))</dd>")
        out.append("<dt>\(h(labels.chair))</dt><dd>\(h(page.chair))</dd>")
        if let coChair = page.coChair { out.append("<dt>\(h(labels.coChair))</dt><dd>\(h(coChair))</dd>") }
        if let link = page.joinURL { out.append("<dt>\(h(labels.online))</dt><dd><a href=\"\(h(link))\">\(h(link))</a></dd>") }
        out.append("</dl>")
        out.append("<h2>\(h(labels.programme))</h2>")
        out.append("<p class=\"zone\">\(h(page.timesIn))</p>")
        for day in page.days {
            out.append("<section class=\"day\">")
            if let heading = day.heading { out.append("<h3>\(h(heading))</h3>") }
            out.append("<table class=\"programme\">")
            out.append("<colgroup><col class=\"c-time\"><col class=\"c-no\"><col></colgroup>")
            out.append("<thead><tr><th scope=\"col\">\(h(labels.time))</th><th scope=\"col\"></th><th scope=\"col\">\(h(labels.item))</th></tr></thead>")
            out.append("<tbody>")
            for row in day.rows {
                let kind = row.number == nil ? "pause" : "item"
                let number = row.number.map { "\($0)." } ?? ""
                out.append("<tr class=\"\(kind)\"><td class=\"time\">\(h(row.start))–\(h(row.end))</td><td class=\"no\">\(number)</td><td>\(h(row.text))</td></tr>")
            }
            out.append("</tbody>")
            out.append("</table>")
            out.append("</section>")
        }
        if !page.zoneHeaders.isEmpty {
            out.append("<section class=\"zones\">")
            out.append("<h2>\(h(labels.localTimes))</h2>")
            out.append("<table class=\"local-times\">")
            var header = "<thead><tr><th scope=\"col\"></th><th scope=\"col\">\(h(labels.item))</th>"
            for zone in page.zoneHeaders {
                header += "<th scope=\"col\" class=\"zone-col\"><span class=\"offset\">\(h(zone.offset))</span>"
                    + "<span class=\"who\">\(h(zone.delegations))</span></th>"
            }
            out.append(header + "</tr></thead>")
            out.append("<tbody>")
            for row in page.days.flatMap(\.rows) {
                let kind = row.number == nil ? "pause" : "item"
                let number = row.number.map { "\($0)." } ?? ""
                var line = "<tr class=\"\(kind)\"><td class=\"no\">\(number)</td><td>\(h(row.text))</td>"
                for time in row.zoneTimes { line += "<td class=\"time\">\(h(time))</td>" }
                out.append(line + "</tr>")
            }
            out.append("</tbody>")
            out.append("</table>")
            out.append("</section>")
        }
        out.append("</main>")
        out.append("</body>")
        out.append("</html>")
        return out.joined(separator: "\n") + "\n"
    }

    /// The printed page's running header (CSS paged media, as Chromium
    /// prints it): the cycle and the meeting's title at the top left of
    /// every page, the page number and count at the top right, in digits
    /// every language reads.
    static func runningHeader(_ page: AgendaPage) -> String {
        let title = Escaping.cssString("\(page.cycleName) · \(page.title)")
        return """
        @page {
          @top-left { content: \(title); font: 8.5pt/1.3 \(fontStack); color: #555; vertical-align: bottom; padding-bottom: 3mm; }
          @top-right { content: counter(page) " / " counter(pages); font: 8.5pt/1.3 \(fontStack); color: #555; vertical-align: bottom; padding-bottom: 3mm; }
        }

        """
    }

    /// Noto's serif faces first, then each script's (Khmer, Lao, Myanmar,
    /// Thai), then common serifs.
    static let fontStack = #""Noto Serif", "Noto Serif Khmer", "Noto Serif Lao", "Noto Serif Myanmar", "Noto Serif Thai", "Noto Sans Khmer", "Noto Sans Lao", "Noto Sans Myanmar", "Noto Sans Thai", "DejaVu Serif", Georgia, "Times New Roman", serif"#

    /// The page's only stylesheet. A4 with print margins; on screen the
    /// sheet is centred at A4 width. The font stack names Noto's serif
    /// faces for Khmer, Lao, Myanmar and Thai script (Debian's
    /// fonts-noto-core), whose lines need more height for stacked vowels
    /// and tone marks; letter spacing would split their clusters and these
    /// fonts have no italic (the browser slants them crudely), so both are
    /// turned off for them.
    static let style = """
    @page { size: A4; margin: 22mm 16mm 18mm 16mm; }
    * { box-sizing: border-box; }
    html { background: #e9e9e4; }
    body { margin: 0; color: #1a1a1a; font: 11pt/1.45 \(fontStack); }
    :lang(km) body, :lang(lo) body, :lang(th) body { line-height: 1.7; }
    :lang(my) body { line-height: 1.9; }
    :lang(km) *, :lang(lo) *, :lang(my) *, :lang(th) * { letter-spacing: normal !important; text-transform: none !important; }
    :lang(km) tr.pause td, :lang(lo) tr.pause td, :lang(my) tr.pause td, :lang(th) tr.pause td { font-style: normal; }
    .sheet { background: #fff; width: 210mm; min-height: 297mm; margin: 12mm auto; padding: 18mm 16mm 20mm; box-shadow: 0 1px 6px rgba(0,0,0,.18); }
    .logo { display: block; margin: 0 auto 3mm; max-height: 22mm; max-width: 60mm; }
    .masthead { text-align: center; border-bottom: 2px solid #1f3a68; padding-bottom: 5mm; margin-bottom: 5mm; }
    .body-name { margin: 0; font-size: 10pt; letter-spacing: .08em; text-transform: uppercase; color: #1f3a68; }
    .cycle { margin: 1mm 0 3mm; font-size: 12pt; font-weight: bold; letter-spacing: .04em; color: #1f3a68; }
    h1 { margin: 0; font-size: 17pt; line-height: 1.25; }
    .theme { margin: 3mm 0 0; font-style: italic; }
    .theme .label { font-style: normal; font-size: 9pt; text-transform: uppercase; letter-spacing: .06em; color: #555; margin-right: .4em; }
    .note { border: 1px solid #c9a227; background: #fbf5e0; padding: 2mm 3mm; font-size: 9.5pt; }
    .facts { display: grid; grid-template-columns: max-content 1fr; gap: 1mm 6mm; margin: 0 0 5mm; }
    .facts dt { font-weight: bold; }
    .facts dd { margin: 0; }
    .facts a { color: inherit; word-break: break-all; }
    h2 { font-size: 12.5pt; margin: 6mm 0 1mm; color: #1f3a68; text-transform: uppercase; letter-spacing: .05em; }
    h3 { font-size: 11pt; margin: 4mm 0 2mm; }
    .zone { margin: 0 0 2mm; font-size: 9.5pt; color: #555; }
    table { width: 100%; border-collapse: collapse; }
    th, td { text-align: left; vertical-align: top; padding: 1.6mm 2mm; border-bottom: 1px solid #d4d4cf; }
    thead th { font-size: 9pt; text-transform: uppercase; letter-spacing: .05em; color: #555; border-bottom: 1.5px solid #1a1a1a; }
    col.c-time { width: 30mm; }
    col.c-no { width: 9mm; }
    td.time { white-space: nowrap; font-variant-numeric: tabular-nums; }
    td.no { text-align: right; color: #555; }
    tr.pause td { background: #f3f3ef; font-style: italic; color: #444; }
    .local-times td, .local-times th { font-size: 9pt; }
    th.zone-col { white-space: nowrap; }
    th.zone-col .offset { display: block; color: #1a1a1a; }
    th.zone-col .who { display: block; font-weight: normal; text-transform: none; letter-spacing: 0; }
    tr { break-inside: avoid; page-break-inside: avoid; }
    thead { display: table-header-group; }
    h2, h3 { break-after: avoid; page-break-after: avoid; }
    @media print {
      html { background: none; }
      .sheet { width: auto; min-height: 0; margin: 0; padding: 0; box-shadow: none; }
      tr.pause td { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
    }

    """
}
