import ArgumentParser
import Foundation
import ICalendar
import Planning
import Scenarios
import CalendarExchange

/// `convene publish PLAN --caldav URL`: puts a plan's calendars on a
/// CalDAV server, one calendar collection for the whole plan and one per
/// delegation, each event its own resource (Docs/ICalendar.md, "Publishing").
public struct PublishCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "publish",
        abstract: "Put a plan's calendars on a CalDAV server (one collection per delegation and one for the plan).",
        discussion: """
        Collections are made with MKCALENDAR when missing, under URL: <body>-<cycle>/ for the whole plan and \
        <body>-<cycle>-<delegation>/ for each delegation. Each event is its own resource: new ones are written \
        with If-None-Match: *, changed ones with If-Match on the ETag just read, cancelled ones are updated, \
        never deleted. A run with nothing changed writes nothing. Credentials come from ~/.netrc (or the file \
        NETRC names) for the URL's host, or from CONVENE_CALDAV_USER and CONVENE_CALDAV_PASSWORD; they are never \
        printed. Every write is listed, and a report is written (--report); a run that fails half way is run \
        again to converge. Exit status: 0 published, 64 bad command line, 65 bad plan or scenario, 66 missing \
        file, 73 cannot write the report, 74 the server failed (the report says what was written).
        """
    )

    @Argument(help: "The plan (plan.json written by 'convene plan').")
    var plan: String

    @Option(help: ArgumentHelp("The CalDAV home under which the collections go, e.g. https://cal.example.org/dav/secretariat/.",
                               valueName: "URL"))
    var caldav: String

    @Option(help: "The plan's scenario, for venue coordinates, join links and delegation names (default: the one the plan names, when found).")
    var scenario: String?

    @Flag(help: "Read the server and list what would be written, without writing.")
    var dryRun = false

    @Option(help: "Where to write the report of this run (default: publish-report.txt beside the plan).")
    var report: String?

    @Option(help: ArgumentHelp("REFRESH-INTERVAL of the events' calendars, an ISO 8601 duration.", valueName: "DURATION"))
    var refresh: String = PlanCalendar.defaultRefresh.icalText

    public init() {}

    public func validate() throws {
        guard let url = URL(string: caldav), let scheme = url.scheme?.lowercased(), ["http", "https"].contains(scheme),
              url.host != nil else {
            throw ValidationError("--caldav must be an http:// or https:// URL")
        }
        guard url.user == nil, url.password == nil else {
            throw ValidationError("--caldav must not hold credentials; put them in ~/.netrc or CONVENE_CALDAV_USER/CONVENE_CALDAV_PASSWORD")
        }
        guard url.query == nil, url.fragment == nil else { throw ValidationError("--caldav must be a collection URL without ?query or #fragment") }
        guard let duration = ICalDuration(icalText: refresh), !duration.isNegative, duration.totalSeconds > 0 else {
            throw ValidationError("--refresh must be a positive ISO 8601 duration such as P1D or PT6H, found '\(refresh)'")
        }
    }

    public func run() throws {
        let feeds = try PlanFeeds.load(plan: plan, scenario: scenario)
        var options = feeds.options
        options.refreshInterval = ICalDuration(icalText: refresh) ?? PlanCalendar.defaultRefresh
        let base = caldav.hasSuffix("/") ? caldav : caldav + "/"
        let term = feeds.collectionPrefix

        // Every collection and its resources, made before anything is sent.
        var collections: [(slug: String, name: String, resources: [EventResource])] = []
        for delegation in [nil] + feeds.calendar.feedDelegationIDs(state: options.state).map(Optional.some) {
            options.delegation = delegation
            let slug = delegation.map { term + "-" + SafeFileName.make($0.lowercased(), extension: "").dropLast() } ?? term
            options.publishURL = base + slug + "/"
            let feed: VCalendar
            do {
                feed = try feeds.calendar.calendar(options)
                collections.append((slug, feed.name ?? slug, try EventResource.split(feed, collection: slug)))
            } catch {
                Console.error("\(plan): error: \(error)")
                throw ExitStatus.dataError
            }
        }

        let host = URL(string: base)?.host ?? ""
        let client = CalDAVClient(http: HTTPClient(credentials: CalDAVCredentials.find(host: host)))
        var log = PublishReport(server: base, dryRun: dryRun)
        do {
            for collection in collections {
                guard let url = URL(string: base + collection.slug + "/") else { continue }
                var server: [String: MultiStatus.Response] = [:]
                if try client.calendarExists(url) {
                    for response in try client.events(in: url) { server[PublishStep.name(ofHref: response.href)] = response }
                } else {
                    if !dryRun { try client.makeCalendar(url, displayName: collection.name) }
                    log.record(.madeCalendar, collection.slug + "/")
                }
                for step in PublishStep.plan(collection.resources, server: server) {
                    let path = collection.slug + "/" + step.resource.name
                    guard let resource = URL(string: base + path) else { continue }
                    switch step {
                    case .unchanged:
                        log.unchanged += 1
                    case .create(let item):
                        if !dryRun { try client.put(resource, text: item.text, expecting: .absent) }
                        log.record(.created, path)
                    case .update(let item, let etag):
                        if !dryRun { try client.put(resource, text: item.text, expecting: .version(etag)) }
                        log.record(.updated, path)
                    }
                }
            }
        } catch {
            log.failure = "\(error)"
            Console.error("error: \(error)")
            try finish(log)
            throw ExitStatus.ioError
        }
        try finish(log)
    }

    /// Prints the summary and writes the report.
    private func finish(_ log: PublishReport) throws {
        Console.out(log.summary)
        var files = OutputFiles()
        files.add(report ?? ((plan as NSString).deletingLastPathComponent as NSString).appendingPathComponent("publish-report.txt"),
                  log.text)
        try files.commit()
    }
}
