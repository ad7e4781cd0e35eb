import Agenda
import Foundation
import Planning
import Scenarios

/// The plan's overview as one self-contained HTML page (no external asset,
/// no network): the timeline by body, venue or delegation with weekends,
/// holidays and fixed events, a details panel for the selected meeting,
/// the conflicts of a check report, the meetings as a keyboard-friendly
/// list, and the fairness ledger. Prints on A4 landscape.
public struct OverviewPage {
    /// Where the agendas and calendars are, relative to the page.
    public struct Links: Sendable {
        /// Prepended to `agendas/...` and `calendars/...` ("" beside plan.json).
        public let prefix: String
        /// Whether a meeting or delegation id names a file the plan wrote.
        public let isSafe: @Sendable (String) -> Bool

        public init(prefix: String = "", isSafe: @escaping @Sendable (String) -> Bool) {
            self.prefix = prefix
            self.isSafe = isSafe
        }
    }

    public let timeline: Timeline
    public let links: Links

    public init(_ timeline: Timeline, links: Links) {
        self.timeline = timeline
        self.links = links
    }

    public func render() throws -> String {
        let drawing = TimelineSVG(timeline)
        let ledger = FairnessLedger(timeline)
        let details = MeetingDetails.make(timeline, links: links)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        // No "<" at all inside the script block ("<" only occurs inside JSON
        // strings, where \u003c means the same), so neither "</script>" nor
        // "<!--" in a title can change how the page is parsed.
        let data = String(decoding: try encoder.encode(PageData(prefix: links.prefix, meetings: details)), as: UTF8.self)
            .replacingOccurrences(of: "<", with: "\\u003c")
        let title = TimelineSVG.text(timeline.title)
        let hard = timeline.findings.values.joined().filter { $0.severity == .hard }
        var out = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(title): overview</title>
            <style>\(TimelineSVG.styles)\(Self.pageStyles)</style>
            </head>
            <body>
            <header>
            <h1>\(title)</h1>
            <p class="summary">\(timeline.meetings.count) meetings, \(timeline.horizon.first) to \(timeline.horizon.last)\
            \(timeline.findings.isEmpty ? "" : "; \(Set(hard.map(\.message)).count) hard conflicts marked")</p>
            </header>
            <nav aria-label="Timeline rows"><fieldset><legend>Rows</legend>

            """
        for grouping in TimelineGrouping.allCases {
            let checked = grouping == .body ? " checked" : ""
            out += "<label><input type=\"radio\" name=\"view\" value=\"\(grouping.rawValue)\"\(checked)> \(grouping.label)</label>\n"
        }
        out += "</fieldset>\n" + legend() + "</nav>\n<main>\n"
        // The shading each view draws, once for all of them.
        out += "<svg class=\"shared-defs\" width=\"0\" height=\"0\" aria-hidden=\"true\">"
            + drawing.definitions(for: drawing.countries(in: TimelineGrouping.allCases)) + "</svg>\n"
        out += "<div class=\"scroll\" id=\"timelines\">\n"
        for grouping in TimelineGrouping.allCases {
            let hidden = grouping == .body ? "" : " hidden"
            let svg = drawing.render(grouping, interactive: grouping != .delegation)
            out += "<div class=\"view\" id=\"view-\(grouping.rawValue)\"\(hidden)>\n" + svg + "</div>\n"
        }
        out += "</div>\n<aside id=\"details\" aria-live=\"polite\"><h2>Meeting</h2><p>Select a meeting: click a bar, or press Enter on a bar or in the list below.</p></aside>\n"
        out += conflicts()
        out += meetingList()
        out += ledgerTable(ledger)
        out += "</main>\n<script type=\"application/json\" id=\"meetings\">\(data)</script>\n<script>\(Self.script)</script>\n</body>\n</html>\n"
        return out
    }

    private func legend() -> String {
        let kinds = Array(Set(timeline.meetings.map(\.kind))).sorted()
        var out = "<ul class=\"legend\" aria-label=\"Legend\">"
        for kind in kinds {
            out += "<li><svg width=\"14\" height=\"10\" aria-hidden=\"true\"><rect class=\"k-\(kind)\" width=\"14\" height=\"10\"/></svg>\(kind)</li>"
        }
        out += "<li><span class=\"swatch nw-weekend-s\"></span>weekend</li><li><span class=\"swatch nw-holiday-s\"></span>holiday</li>"
        out += "<li><span class=\"swatch nw-uncertain-s\"></span>holiday, date not certain</li>"
        if !timeline.fixed.isEmpty { out += "<li><span class=\"swatch fixed-s\"></span>fixed event</li>" }
        if !timeline.findings.isEmpty {
            out += "<li><span class=\"swatch hard-s\"></span>hard conflict</li><li><span class=\"swatch soft-s\"></span>soft cost</li>"
        }
        return out + "</ul>\n"
    }

    private func conflicts() -> String {
        guard !timeline.findings.isEmpty else { return "" }
        var seen = Set<String>()
        var out = "<section id=\"conflicts\"><h2>Conflicts from the check report</h2><ul>"
        for (index, meeting) in timeline.meetings.enumerated() {
            for finding in timeline.findings[meeting.id] ?? [] where seen.insert(finding.severity.rawValue + finding.message).inserted {
                out += "<li class=\"\(finding.severity.rawValue)\"><button type=\"button\" data-i=\"\(index)\">\(esc(meeting.id))</button> "
                out += "<strong>\(finding.severity.rawValue)</strong> \(esc(finding.rule)): \(esc(finding.message))</li>"
            }
        }
        return out + "</ul></section>\n"
    }

    private func meetingList() -> String {
        var out = "<section id=\"list\"><h2>Meetings</h2><table><thead><tr><th scope=\"col\">Dates</th><th scope=\"col\">Meeting</th>"
        out += "<th scope=\"col\">Venue</th><th scope=\"col\">Local time</th><th scope=\"col\">Cost</th></tr></thead><tbody>\n"
        let order = timeline.meetings.indices.sorted {
            (timeline.meetings[$0].start, timeline.meetings[$0].id) < (timeline.meetings[$1].start, timeline.meetings[$1].id)
        }
        for index in order {
            let meeting = timeline.meetings[index]
            out += "<tr><td>\(meeting.dateLabel)</td><td><button data-i=\"\(index)\">\(esc(meeting.title))</button></td>"
            out += "<td>\(esc(meeting.venueName))</td><td>\(esc(meeting.localStart))–\(esc(meeting.localEnd)) UTC\(esc(meeting.utcOffset))</td>"
            out += "<td class=\"n\">\(meeting.cost)</td></tr>\n"
        }
        return out + "</tbody></table></section>\n"
    }

    private func ledgerTable(_ ledger: FairnessLedger) -> String {
        var out = "<section id=\"fairness\"><h2>Fairness ledger</h2>"
        out += "<p>Sessions each delegation follows from home, in its own clock. Comfortable: \(clock(RuleConstants.comfortableRemoteMinutes)); "
        out += "acceptable: \(clock(RuleConstants.acceptableRemoteMinutes)). Sessions in the room keep the venue's hours and are not counted.</p>"
        out += "<table><thead><tr><th scope=\"col\">Delegation</th><th scope=\"col\">Sessions</th><th scope=\"col\">From home</th>"
        out += "<th scope=\"col\">Outside comfortable</th><th scope=\"col\">Outside acceptable</th><th scope=\"col\">Worst session</th></tr></thead><tbody>\n"
        for line in ledger.lines {
            let flag = line.outsideAcceptable > 0 ? " class=\"bad\"" : (line.outsideComfortable > 0 ? " class=\"warn\"" : "")
            out += "<tr\(flag)><th scope=\"row\">\(esc(line.delegation))</th><td class=\"n\">\(line.sessions)</td><td class=\"n\">\(line.remoteSessions)</td>"
            out += "<td class=\"n\">\(line.outsideComfortable)</td><td class=\"n\">\(line.outsideAcceptable)</td><td>\(line.worst.map(esc) ?? "—")</td></tr>\n"
        }
        return out + "</tbody></table></section>\n"
    }

    private func clock(_ minutes: ClosedRange<Int>) -> String {
        ZoneClock.clockLabel(minutes.lowerBound) + "–" + ZoneClock.clockLabel(minutes.upperBound)
    }

    private func esc(_ text: String) -> String { TimelineSVG.text(text) }

    /// The page's data: where the files are, and each meeting's details.
    private struct PageData: Encodable {
        let prefix: String
        let meetings: [MeetingDetails]
    }

    static let pageStyles = """

        body{font:14px/1.4 system-ui,'Noto Sans',sans-serif;margin:0;color:#1b1b1b}
        header,nav,main{padding:0 16px}h1{font-size:20px;margin:12px 0 2px}h2{font-size:16px;margin:16px 0 6px}
        .summary{margin:0 0 8px;color:#444}nav{display:flex;flex-wrap:wrap;gap:16px;align-items:center}
        fieldset{border:1px solid #ccc;border-radius:4px;padding:2px 8px}fieldset label{margin-right:10px}
        .legend{list-style:none;display:flex;flex-wrap:wrap;gap:10px;margin:4px 0;padding:0;font-size:12px}
        .legend li{display:flex;align-items:center;gap:4px}.swatch{display:inline-block;width:14px;height:10px}
        .nw-weekend-s{background:#eceef1}.nw-holiday-s{background:#f6d7d2}
        .nw-uncertain-s{background:repeating-linear-gradient(45deg,#fbeae6 0 2px,#eab8ae 2px 4px)}
        .fixed-s{background:#7a5cc7}.hard-s{border:2px solid #d0021b}.soft-s{border:2px solid #f5a623}
        .shared-defs{position:absolute}.scroll{overflow:auto;max-height:70vh;border:1px solid #ddd}
        #details{border:1px solid #ccc;border-radius:4px;padding:4px 12px;margin-top:10px;background:#fafbfc}
        #details dl{display:grid;grid-template-columns:max-content 1fr;gap:2px 12px}#details dt{font-weight:600}
        table{border-collapse:collapse;font-size:13px}th,td{border-bottom:1px solid #e3e3e3;padding:3px 8px;text-align:left;vertical-align:top}
        td.n{text-align:right}tr.warn td{background:#fff6e0}tr.bad td{background:#fde2e0}
        button{font:inherit;background:none;border:0;padding:0;color:#0b57d0;text-decoration:underline;cursor:pointer;text-align:left}
        button:focus-visible,input:focus-visible{outline:2px solid #0b57d0;outline-offset:1px}
        #conflicts li.hard strong{color:#b00018}#conflicts li.soft strong{color:#a86500}
        @media print{@page{size:A4 landscape;margin:10mm}nav fieldset,#details,#list{display:none}
        .scroll{max-height:none;overflow:visible;border:0}svg.timeline{width:100%;height:auto}
        body{font-size:11px}section{break-inside:avoid}}
        """

    /// Selection (by click, Enter or Space, or `#m=MEETING` in the address,
    /// for links to one meeting) and the row switch. Text goes in through
    /// textContent only, so no title from a scenario can become markup. The
    /// last line marks the page ready, for tests that load it headless.
    static let script = """
        (function(){
        var page=JSON.parse(document.getElementById('meetings').textContent),data=page.meetings;
        var panel=document.getElementById('details');
        function el(tag,text){var e=document.createElement(tag);if(text!==undefined)e.textContent=text;return e;}
        function row(dl,term,value){if(value===null||value===undefined||value==='')return;dl.appendChild(el('dt',term));var d=el('dd');
        if(typeof value==='string')d.textContent=value;else d.appendChild(value);dl.appendChild(d);}
        function list(items){var u=el('ul');items.forEach(function(i){u.appendChild(typeof i==='string'?el('li',i):i);});return u;}
        function show(i){var m=data[i];if(!m)return;panel.textContent='';panel.appendChild(el('h2',m.t));var dl=el('dl');
        row(dl,'Meeting',m.id+' ('+m.k+'), '+m.b);row(dl,'Dates',m.d);row(dl,'Venue',m.v);row(dl,'Venue time',m.l);
        row(dl,'Local times',list(m.c.map(function(c){return c.o+' '+c.t+(c.r?' from home':' in the room')+': '+c.d.join(', ');})));
        row(dl,'Cost',String(m.x));if(m.r)row(dl,'Why here',list(m.r));
        if(m.f)row(dl,'Conflicts',list(m.f));
        var files=el('span');function add(href,text){if(files.childNodes.length)files.appendChild(document.createTextNode(' · '));var a=el('a',text);a.href=href;files.appendChild(a);}
        if(m.a)add(page.prefix+'agendas/'+m.id+'.html','agenda');add(page.prefix+'calendar.ics','calendar.ics');
        m.c.forEach(function(c){c.d.forEach(function(d){if(!m.n||m.n.indexOf(d)<0)add(page.prefix+'calendars/'+d+'.ics',d+'.ics');});});row(dl,'Files',files);
        panel.appendChild(dl);
        document.querySelectorAll('rect.selected').forEach(function(r){r.classList.remove('selected');});
        document.querySelectorAll('rect[data-i="'+i+'"]').forEach(function(r){r.classList.add('selected');});
        var bar=document.querySelector('.view:not([hidden]) rect[data-i="'+i+'"]');
        if(bar&&bar.scrollIntoView)bar.scrollIntoView({block:'nearest',inline:'center'});}
        document.addEventListener('click',function(e){var t=e.target.closest('[data-i]');if(t)show(+t.getAttribute('data-i'));});
        document.addEventListener('keydown',function(e){if((e.key==='Enter'||e.key===' ')&&e.target.matches&&e.target.matches('rect[data-i]')){e.preventDefault();show(+e.target.getAttribute('data-i'));}});
        document.querySelectorAll('input[name=view]').forEach(function(r){r.addEventListener('change',function(){
        document.querySelectorAll('#timelines .view').forEach(function(v){v.hidden=v.id!=='view-'+r.value;});});});
        function fromHash(){var id=decodeURIComponent(location.hash.replace(/^#m=/,''));if(!id)return;
        for(var i=0;i<data.length;i++)if(data[i].id===id){show(i);break;}}
        window.addEventListener('hashchange',fromHash);fromHash();
        document.body.getBoundingClientRect();
        document.documentElement.setAttribute('data-overview','ready');
        document.documentElement.setAttribute('data-ready-ms',String(Math.round(performance.now())));
        })();
        """
}
