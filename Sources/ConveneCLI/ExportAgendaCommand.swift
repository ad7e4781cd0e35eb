import Agenda
import ArgumentParser
import Foundation
import Planning
import Scenarios

/// `convene export agenda PLAN --meeting ID`: one meeting's timed programme.
public struct ExportAgendaCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "agenda",
        abstract: "Write the timed programme of one meeting as Markdown or printable HTML.",
        discussion: """
        Languages: en and every ASEAN host language (ms id km lo my fil th vi); any other code gives English with a note. Dates and times \
        are written by ICU in that language. Exit status: 0 written, 64 unknown meeting, \
        65 bad plan or the agenda does not fit the meeting, 66 missing file, 73/74 cannot write \
        (73 also when --format pdf finds no headless Chromium to print with). PDF pages are A4 with the meeting's \
        title and the page number at the top of every page.
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case md, html, pdf }

    @Argument(help: "The plan (plan.json).")
    var plan: String

    @Option(help: "The meeting's id in the plan.")
    var meeting: String

    @Option(help: "Language code: en, ms, id, km, lo, my, fil, th or vi.")
    var lang: String = "en"

    @Option(help: "md, html, or pdf (printed by headless Chromium; needs -o).")
    var format: Format = .md

    @Option(help: "The scenario (default: the plan's own 'scenario' path).")
    var scenario: String?

    @Option(name: .shortAndLong, help: "Output file (default: standard output).")
    var output: String?

    public init() {}

    public func validate() throws {
        if format == .pdf, output == nil {
            throw ValidationError("--format pdf writes a file: give -o FILE.pdf")
        }
        if let output, let reason = OutputFolderPolicy.fileRefusal(for: output) {
            throw ValidationError("-o: \(reason)")
        }
        guard !lang.isEmpty, lang.allSatisfy({ $0.isLetter || $0 == "-" || $0 == "_" }) else {
            throw ValidationError("--lang must be a language code such as en, vi or ms; found '\(lang)'")
        }
    }

    public func run() throws {
        let (loadedPlan, loadedScenario) = try AgendaInput.load(plan: plan, scenario: scenario)
        let logo = format == .md ? nil : try LogoInput.dataURI(for: loadedScenario)
        let text: String
        do {
            let agenda = try AgendaBuilder(plan: loadedPlan, scenario: loadedScenario).agenda(for: MeetingID(meeting))
            var page = try AgendaPage(agenda, languageCode: lang)
            page.logoDataURI = logo
            text = format == .md ? MarkdownAgenda.render(page) : HTMLAgenda.render(page)
        } catch {
            throw AgendaInput.fail(error, plan: plan)
        }
        if format == .pdf, let output {
            let pdf: Data
            do {
                pdf = try HeadlessChromium.pdf(html: text)
            } catch {
                Console.error("error: \(error)")
                throw ExitStatus.cannotCreate
            }
            var files = OutputFiles()
            files.add(output, pdf)
            try files.commit()
            return
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
