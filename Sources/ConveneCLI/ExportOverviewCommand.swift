import ArgumentParser
import Foundation
import Overview

/// `convene export overview PLAN`: the plan's year at a glance, as one
/// self-contained HTML page or as an SVG of the timeline.
public struct ExportOverviewCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "overview",
        abstract: "Write a plan's overview: a timeline page (HTML) or its drawing (SVG).",
        discussion: """
        The HTML page is self-contained (no external asset, no network): a timeline of the horizon by body, venue \
        or delegation with each host country's weekends and holidays and the fixed events, the selected meeting's \
        local times and reasons, the conflicts of a check report (--check, from 'convene check --format json'), \
        and each delegation's fairness ledger. Links to agendas and calendars point at the files 'convene plan' \
        wrote beside plan.json. Exit status: 0 written, 64 bad command line, 65 bad plan, scenario or report, \
        66 missing file, 73/74 cannot write.
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case html, svg }

    @Argument(help: "The plan (plan.json written by 'convene plan').")
    var plan: String

    @Option(help: "The plan's scenario (default: the plan's own 'scenario' path).")
    var scenario: String?

    @Option(name: .customLong("check"), help: "A check report ('convene check --format json') whose conflicts are marked.")
    var report: String?

    @Option(help: "html (the page) or svg (the timeline alone).")
    var format: Format = .html

    @Option(help: "For --format svg: one row per body, venue or delegation.")
    var rows: TimelineGrouping = .body

    @Option(name: .shortAndLong, help: "Output file (default: standard output).")
    var output: String?

    public init() {}

    public func run() throws {
        let loaded = try PlanInput.load(plan)
        let timeline = try OverviewInput.timeline(plan: loaded, planPath: plan, scenario: scenario, report: report)
        let text: String
        switch format {
        case .html:
            let folder = output.map { ($0 as NSString).deletingLastPathComponent } ?? "."
            text = try OverviewPage(timeline, links: OverviewInput.links(pageFolder: folder, planPath: plan)).render()
        case .svg:
            text = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + TimelineSVG(timeline).render(rows, standalone: true)
        }
        if let output {
            var files = OutputFiles()
            files.add(output, text)
            try files.commit()
        } else {
            Console.out(text)
        }
    }
}

extension TimelineGrouping: ExpressibleByArgument {}
