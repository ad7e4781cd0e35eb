import Agenda
import Calendars

/// Draws a timeline as SVG: months across, one row per body, venue or
/// delegation, the row country's weekends and holidays shaded (hatched
/// where the date is uncertain), fixed events on a row of their own and
/// as faint bands, and each meeting a bar coloured by kind, outlined when
/// a check report found a conflict. The same drawing serves the overview
/// page and `export overview --format svg`.
public struct TimelineSVG {
    /// Sizes in SVG user units (CSS pixels).
    struct Layout {
        static let labelWidth = 190.0
        static let monthHeight = 34.0
        static let laneHeight = 14.0
        static let rowGap = 6.0
        static let fixedRowHeight = 18.0
        static let characterWidth = 6.2
        static let minimumBarWidth = 6.0

        let dayWidth: Double
        let days: Int

        init(horizon: DayRange) {
            days = horizon.count
            // Wide enough to see a day in a short horizon, and a two-year
            // horizon still about a screen and a half wide.
            // Whole units keep every coordinate short in a page of thousands of bars.
            dayWidth = min(28, max(4, (1600 / Double(horizon.count)).rounded(.down)))
        }

        var width: Double { Self.labelWidth + Double(days) * dayWidth + 8 }
    }

    public let timeline: Timeline
    let layout: Layout

    public init(_ timeline: Timeline) {
        self.timeline = timeline
        layout = Layout(horizon: timeline.horizon)
    }

    /// The drawing for `grouping`. `standalone` adds its own styles, title
    /// and shading definitions, for a file of its own (in a page, the
    /// definitions come once from `definitions(for:)`);
    /// `interactive` makes bars focusable buttons with tooltips and labels
    /// (the page's body and venue views); a drawing that is neither stays
    /// lean (the page's delegation view, which repeats every meeting for
    /// each of its delegations).
    public func render(_ grouping: TimelineGrouping, standalone: Bool = false, interactive: Bool = false) -> String {
        let rows = timeline.rows(grouping)
        let top = Layout.monthHeight + (timeline.fixed.isEmpty ? 0 : Layout.fixedRowHeight + Layout.rowGap)
        let heights = rows.map { Double($0.lanes) * Layout.laneHeight + Layout.rowGap }
        let height = top + heights.reduce(0, +) + 4
        var out = ""
        out.reserveCapacity(rows.count * 400 + timeline.meetings.count * 200)
        let size = "width=\"\(number(layout.width))\" height=\"\(number(height))\" viewBox=\"0 0 \(number(layout.width)) \(number(height))\""
        out += "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"timeline\" id=\"timeline-\(grouping.rawValue)\" \(size) role=\"group\" aria-label=\"\(Self.text(timeline.title)): timeline by \(grouping.rawValue)\">\n"
        if standalone {
            out += "<title>\(Self.text(timeline.title)): meetings by \(grouping.rawValue), \(timeline.horizon)</title>\n"
            out += "<style>\(Self.styles)</style>\n"
        }
        if standalone { out += definitions(for: Set(rows.compactMap(\.country))) }
        out += months(height: height)
        out += fixedEvents(height: height)
        var y = top
        for (row, rowHeight) in zip(rows, heights) {
            out += rowDrawing(row, y: y, height: rowHeight, interactive: interactive, standalone: standalone)
            y += rowHeight
        }
        out += "</svg>\n"
        return out
    }

    /// Each country's non-working days as a group one unit high, drawn
    /// into every row of that country with a vertical scale: its weekend
    /// as a pattern repeating every seven days, its holidays as rects.
    /// The page draws these once for all its views.
    public func definitions(for countries: Set<CountryCode>) -> String {
        var out = "<defs><pattern id=\"hatch\" width=\"4\" height=\"4\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\"><rect width=\"4\" height=\"4\" class=\"nw-uncertain-bg\"/><rect width=\"2\" height=\"4\" class=\"nw-uncertain-line\"/></pattern>\n"
        let width = Double(timeline.horizon.count) * layout.dayWidth
        for country in countries.sorted(by: { $0.rawValue < $1.rawValue }) {
            guard let days = timeline.nonWorking[country] else { continue }
            if !days.weekend.isEmpty {
                out += "<pattern id=\"wk-\(country.rawValue)\" x=\"\(number(Layout.labelWidth))\" width=\"\(number(7 * layout.dayWidth))\" height=\"1\" patternUnits=\"userSpaceOnUse\">"
                for offset in 0..<7 where days.weekend.contains(timeline.horizon.first.adding(days: offset).weekday) {
                    out += "<rect class=\"nw-weekend\" x=\"\(number(Double(offset) * layout.dayWidth))\" width=\"\(number(layout.dayWidth))\" height=\"1\"/>"
                }
                out += "</pattern>"
            }
            out += "<g id=\"nw-\(country.rawValue)\">"
            if !days.weekend.isEmpty {
                out += "<rect x=\"\(number(Layout.labelWidth))\" width=\"\(number(width))\" height=\"1\" fill=\"url(#wk-\(country.rawValue))\"/>"
            }
            for run in days.runs {
                let x = dayX(run.days.first), runWidth = Double(run.days.count) * layout.dayWidth
                let fill = run.kind == .uncertainHoliday ? " fill=\"url(#hatch)\"" : ""
                let uncertain = run.kind == .uncertainHoliday ? " (date not certain)" : ""
                out += "<rect class=\"nw-\(run.kind.rawValue)\"\(fill) x=\"\(number(x))\" width=\"\(number(runWidth))\" height=\"1\">"
                out += "<title>\(country.rawValue) \(run.days): \(Self.text(run.names))\(uncertain)</title></rect>"
            }
            out += "</g>\n"
        }
        return out + "</defs>\n"
    }

    /// The countries whose days shade the rows of `groupings`.
    public func countries(in groupings: [TimelineGrouping]) -> Set<CountryCode> {
        Set(groupings.flatMap { timeline.rows($0).compactMap(\.country) })
    }

    private func months(height: Double) -> String {
        var out = "<g class=\"months\">"
        var day = timeline.horizon.first
        var shaded = false
        while day <= timeline.horizon.last {
            let next = Day(year: day.year + (day.month == 12 ? 1 : 0), month: day.month % 12 + 1, day: 1)!
            let last = min(next.adding(days: -1), timeline.horizon.last)
            let x = dayX(day), width = Double(day.days(to: last) + 1) * layout.dayWidth
            if shaded { out += "<rect class=\"month-band\" x=\"\(number(x))\" y=\"0\" width=\"\(number(width))\" height=\"\(number(height))\"/>" }
            let label = width > 44 ? "\(Self.monthNames[day.month - 1]) \(day.year)" : (width > 18 ? Self.monthNames[day.month - 1] : "")
            if !label.isEmpty {
                out += "<text class=\"month\" x=\"\(number(x + 3))\" y=\"14\">\(label)</text>"
            }
            out += "<line class=\"month-line\" x1=\"\(number(x))\" x2=\"\(number(x))\" y1=\"18\" y2=\"\(number(height))\"/>"
            shaded.toggle()
            day = next
        }
        return out + "</g>\n"
    }

    private func fixedEvents(height: Double) -> String {
        guard !timeline.fixed.isEmpty else { return "" }
        var out = "<g class=\"fixed\"><text class=\"row-label\" x=\"4\" y=\"\(number(Layout.monthHeight + 12))\">Fixed events</text>"
        for span in timeline.fixed {
            let first = max(span.days.first, timeline.horizon.first), last = min(span.days.last, timeline.horizon.last)
            let x = dayX(first), width = Double(first.days(to: last) + 1) * layout.dayWidth
            out += "<rect class=\"fixed-band\" x=\"\(number(x))\" y=\"\(number(Layout.monthHeight))\" width=\"\(number(width))\" height=\"\(number(height - Layout.monthHeight))\"/>"
            out += "<rect class=\"fixed-bar\" x=\"\(number(x))\" y=\"\(number(Layout.monthHeight + 2))\" width=\"\(number(width))\" height=\"\(number(Layout.fixedRowHeight - 4))\"><title>\(Self.text(span.title)), \(span.days)</title></rect>"
            out += "<text class=\"bar-label\" x=\"\(number(x + width + 2))\" y=\"\(number(Layout.monthHeight + 13))\">\(Self.text(span.title))</text>"
        }
        return out + "</g>\n"
    }

    private func rowDrawing(
        _ row: TimelineRow, y: Double, height: Double, interactive: Bool, standalone: Bool
    ) -> String {
        var out = "<g class=\"row\" transform=\"translate(0 \(number(y)))\">"
        out += "<line class=\"row-line\" x1=\"0\" x2=\"\(number(layout.width))\" y1=\"\(number(height - 1))\" y2=\"\(number(height - 1))\"/>"
        if let country = row.country, timeline.nonWorking[country] != nil {
            out += "<use href=\"#nw-\(country.rawValue)\" transform=\"scale(1 \(number(height - Layout.rowGap / 2)))\"/>"
        }
        let shown = clip(row.label, to: Layout.labelWidth - 8)
        let full = shown == row.label ? "" : "<title>\(Self.text(row.label))</title>"
        out += "<text class=\"row-label\" x=\"4\" y=\"11\">\(full)\(Self.text(shown))</text>"
        // Where each lane's next bar begins, for fitting labels between bars.
        var nextStart: [Int: Double] = [:]
        var starts: [(index: Int, x: Double)] = []
        for (index, bar) in row.bars.enumerated() { starts.append((index, dayX(timeline.meetings[bar.meeting].days.first))) }
        var following = [Double](repeating: layout.width, count: row.bars.count)
        for (index, bar) in row.bars.enumerated().reversed() {
            following[index] = nextStart[bar.lane] ?? layout.width
            nextStart[bar.lane] = starts[index].x
        }
        for (index, bar) in row.bars.enumerated() {
            let meeting = timeline.meetings[bar.meeting]
            // A single day stays wide enough to see and to click.
            let x = starts[index].x, width = max(Double(meeting.days.count) * layout.dayWidth, Layout.minimumBarWidth)
            let barY = Double(bar.lane) * Layout.laneHeight + 1
            var classes = "k-\(meeting.kind)"
            if let findings = timeline.findings[meeting.id] {
                classes += findings.contains { $0.severity == .hard } ? " hard" : " soft"
            }
            out += "<rect class=\"\(classes)\" data-i=\"\(bar.meeting)\" x=\"\(number(x))\" y=\"\(number(barY))\" width=\"\(number(max(width - 0.5, 2)))\" height=\"\(number(Layout.laneHeight - 3))\""
            if interactive {
                // The <title> below is the bar's accessible name.
                out += " tabindex=\"0\" role=\"button\""
            }
            guard interactive || standalone else {
                out += "/>"
                continue
            }
            out += "><title>\(Self.text(meeting.title)) — \(meeting.dateLabel), \(Self.text(meeting.venueName))</title></rect>"
            guard interactive || standalone else { continue }
            let label = clip(meeting.title, to: following[index] - (x + width) - 4)
            if !label.isEmpty {
                out += "<text class=\"bar-label\" x=\"\(number(x + width + 2))\" y=\"\(number(barY + 9.5))\">\(Self.text(label))</text>"
            }
        }
        return out + "</g>\n"
    }

    private func dayX(_ day: Day) -> Double {
        Layout.labelWidth + Double(timeline.horizon.first.days(to: day)) * layout.dayWidth
    }

    /// `label` cut to fit `width` units, with an ellipsis; "" when not even
    /// three characters fit.
    private func clip(_ label: String, to width: Double) -> String {
        let fits = Int(width / Layout.characterWidth)
        if label.count <= fits { return label }
        return fits < 4 ? "" : String(label.prefix(fits - 1)) + "…"
    }

    /// Numbers with at most two decimals and no trailing zeros: short and stable.
    private func number(_ value: Double) -> String {
        let hundredths = (value * 100).rounded()
        let whole = Int(hundredths) / 100, fraction = abs(Int(hundredths) % 100)
        if fraction == 0 { return String(whole) }
        return fraction % 10 == 0 ? "\(whole).\(fraction / 10)" : "\(whole).\(fraction < 10 ? "0" : "")\(fraction)"
    }

    /// Text for XML: escaped, and the control characters XML 1.0 forbids
    /// even as references replaced by U+FFFD.
    static func text(_ value: String) -> String {
        var cleaned = String.UnicodeScalarView()
        for scalar in value.unicodeScalars {
            let forbidden = (scalar.value < 0x20 && scalar != "\t") || (0x7F...0x9F).contains(scalar.value)
            cleaned.append(forbidden ? "\u{FFFD}" : scalar)
        }
        return Escaping.html(String(cleaned))
    }

    static let monthNames = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// Colours by kind and the shading's look; shared with the page.
    public static let styles = """
        .timeline{font:10px system-ui,'Noto Sans',sans-serif;background:#fff}
        .month{fill:#333;font-weight:600}.month-band{fill:#f6f7f9}.month-line{stroke:#d8dbe0;stroke-width:.5}
        .row-line{stroke:#e3e5e8;stroke-width:.5}.row-label{fill:#222}.bar-label{fill:#333;font-size:9px}
        .nw-weekend{fill:#e6e8ec}.nw-holiday{fill:#f6d7d2}.nw-uncertain-bg{fill:#fbeae6}.nw-uncertain-line{fill:#eab8ae}
        .fixed-band{fill:#7a5cc7;opacity:.07}.fixed-bar{fill:#7a5cc7}
        rect[data-i]{stroke:#fff;stroke-width:.5;cursor:pointer}rect[data-i]:focus{outline:none;stroke:#000;stroke-width:2}
        rect.hard{stroke:#d0021b;stroke-width:2.5}rect.soft{stroke:#f5a623;stroke-width:2}rect.selected{stroke:#000;stroke-width:2}
        .k-focal-points{fill:#8e44ad}.k-preparatory{fill:#2980b9}.k-som{fill:#1f5fa8}.k-heads{fill:#c0392b}
        .k-plus-three-som{fill:#16a085}.k-plus-three-heads{fill:#0e6655}.k-dialogue{fill:#d68910}.k-forum{fill:#b7950b}
        .k-roundtable{fill:#a04000}.k-other{fill:#707b7c}
        """
}
