/// An agenda as Markdown: a heading block, then one timed table per day,
/// then the delegations' local times for remote sessions.
public enum MarkdownAgenda {
    public static func render(_ page: AgendaPage) -> String {
        let md = Escaping.markdown
        let labels = page.language.labels
        var out: [String] = []
        out.append("# \(md(page.title))")
        out.append("")
        out.append("**\(md(page.bodyName))** · \(md(page.cycleName))")
        out.append("")
        if let note = page.fallbackNote {
            out.append("> \(md(note))")
            out.append("")
        }
        out.append("- **\(labels.date):** \(md(page.dateText))")
        out.append("- **\(labels.venue):** \(md(page.venueText))")
        out.append("- **\(labels.chair):** \(md(page.chair))")
        if let coChair = page.coChair { out.append("- **\(labels.coChair):** \(md(coChair))") }
        if let link = page.joinURL { out.append("- **\(labels.online):** <\(link)>") }
        if let theme = page.theme { out.append("- **\(labels.theme):** \(md(theme))") }
        out.append("")
        out.append("## \(labels.programme)")
        out.append("")
        out.append("_\(md(page.timesIn))_")
        for day in page.days {
            out.append("")
            if let heading = day.heading {
                out.append("### \(md(heading))")
                out.append("")
            }
            out.append("| \(labels.time) | | \(labels.item) |")
            out.append("|---|---:|---|")
            for row in day.rows {
                let number = row.number.map { "\($0)." } ?? ""
                let text = row.number == nil ? "_\(md(row.text))_" : md(row.text)
                out.append("| \(row.start)–\(row.end) | \(number) | \(text) |")
            }
        }
        if !page.zoneHeaders.isEmpty {
            out.append("")
            out.append("## \(labels.localTimes)")
            out.append("")
            out.append("| | \(labels.item) | " + page.zoneHeaders.map { "\($0.offset) (\(md($0.delegations)))" }.joined(separator: " | ") + " |")
            out.append("|---:|---|" + String(repeating: "---|", count: page.zoneHeaders.count))
            for row in page.days.flatMap(\.rows) {
                let number = row.number.map { "\($0)." } ?? ""
                let text = row.number == nil ? "_\(md(row.text))_" : md(row.text)
                out.append("| \(number) | \(text) | " + row.zoneTimes.joined(separator: " | ") + " |")
            }
        }
        return out.joined(separator: "\n") + "\n"
    }
}
