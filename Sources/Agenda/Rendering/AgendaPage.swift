import Calendars
import Foundation
import Planning
import Scenarios

/// An agenda put into words in one language: every title translated (or
/// left in English with a note), every date and time formatted by ICU in
/// the language's locale. Markdown and HTML draw the same page, so they
/// never disagree.
public struct AgendaPage: Sendable {
    /// One row of a day's table.
    public struct Row: Sendable, Hashable {
        public let start: String
        public let end: String
        /// The item's number across the whole meeting; nil for breaks.
        public let number: Int?
        public let text: String
        /// The start and end on each zone group's clock, in group order.
        public let zoneTimes: [String]
    }

    /// One day of the programme.
    public struct PageDay: Sendable, Hashable {
        /// "Day 1 · Tuesday 9 May 2023"; nil for one-day meetings, whose
        /// date is already in the page's heading.
        public let heading: String?
        public let rows: [Row]
    }

    /// The head of one column of the local-time table.
    public struct ZoneHeader: Sendable, Hashable {
        /// "UTC+06:30".
        public let offset: String
        /// "KH ID LA TH VN".
        public let delegations: String
    }

    public let language: Translation
    /// Set when the language asked for has no translation.
    public let fallbackNote: String?
    public let bodyName: String
    public let cycleName: String
    public let title: String
    public let dateText: String
    public let venueText: String
    public let theme: String?
    /// The chair's country, and its chairperson when the scenario names one.
    public let chair: String
    public let coChair: String?
    /// The link to join a virtual or hybrid meeting.
    public let joinURL: String?
    /// The scenario's logo as a `data:` URI, set by the caller that read
    /// the file (libraries read no files); HTML shows it in the masthead.
    public var logoDataURI: String?
    /// The incoming chair's name in the page's language, for `{chair}` in titles.
    public let incomingChair: String?
    public let timesIn: String
    /// One per zone group, west to east.
    public let zoneHeaders: [ZoneHeader]
    public let days: [PageDay]

    /// Words `agenda` in `languageCode` ("en", "vi", "ms", ...).
    public init(_ agenda: Agenda, languageCode: String) throws(AgendaError) {
        let english = Translations.english
        let translation = Translations.named(languageCode) ?? english
        language = translation
        fallbackNote = Translations.named(languageCode) == nil
            ? "No \(languageCode) translation of this programme exists yet: it is shown in English." : nil
        let labels = translation.labels
        let locale = Self.locale(for: translation, host: agenda.host)

        func instant(_ day: Day, _ minute: Int) throws(AgendaError) -> Int64 {
            do throws(ICUError) { return try LocalClock.unixSeconds(day: day, minute: minute, zone: agenda.timeZone) } catch { throw .icu(error) }
        }
        let firstInstant = try agenda.days.first.map { day throws(AgendaError) in try instant(day.day, day.session.start) } ?? 0
        let names = PlaceNames(locale: locale, isEnglish: translation.language == "en", instant: firstInstant)

        // The scenario's own words in this language, where it gives them.
        let texts = agenda.translations[translation.language]
        bodyName = texts?.body ?? agenda.bodyName
        cycleName = agenda.cycleName
        title = texts?.titles[MeetingID(agenda.meetingID)] ?? agenda.title
        theme = texts?.theme ?? agenda.theme
        let country = agenda.chair.map { names.country($0, english: agenda.chairName) } ?? agenda.chairName
        chair = agenda.chairperson.map { "\(country) — \($0.text)" } ?? country
        coChair = agenda.coChair?.text
        joinURL = agenda.joinURL
        if let code = agenda.incomingChairCode, let english = agenda.incomingChair {
            incomingChair = names.country(code, english: english)
        } else {
            incomingChair = agenda.incomingChair
        }
        var venue = agenda.venueName
        if let address = agenda.address, !address.isEmpty { venue += ", " + address }
        if let city = agenda.city, !city.isEmpty { venue += ", " + names.city(city, zone: agenda.timeZone) }
        switch agenda.mode {
        case .inPerson: break
        case .virtual: venue += " (\(labels.online))"
        case .hybrid: venue += " (\(labels.hybrid))"
        }
        venueText = venue

        func format(_ seconds: Int64, zone: String, _ skeleton: String) throws(AgendaError) -> String {
            do throws(ICUError) {
                return try ICU.format(unixSeconds: seconds, zone: zone, skeleton: skeleton, locale: locale)
            } catch { throw .icu(error) }
        }

        var dayTexts: [String] = []
        for day in agenda.days {
            dayTexts.append(try format(try instant(day.day, 12 * 60), zone: agenda.timeZone, "yMMMMEEEEd"))
        }
        dateText = dayTexts.count > 1 ? "\(dayTexts.first ?? "") – \(dayTexts.last ?? "")" : (dayTexts.first ?? "")

        let venueOffset: Int
        let zoneName: String
        do throws(ICUError) {
            venueOffset = try ICU.offset(zone: agenda.timeZone, at: firstInstant)
            zoneName = try names.zone(agenda.timeZone)
        } catch { throw .icu(error) }
        timesIn = labels.timesIn.replacingOccurrences(of: "{zone}", with: zoneName)
            .replacingOccurrences(of: "{offset}", with: OffsetText.text(venueOffset))
        zoneHeaders = agenda.zoneGroups.map { ZoneHeader(offset: "UTC" + $0.offsetText, delegations: $0.delegations.joined(separator: " ")) }

        var pageDays: [PageDay] = []
        var number = 0
        for (index, day) in agenda.days.enumerated() {
            var rows: [Row] = []
            for slot in day.slots {
                let from = try instant(day.day, slot.start), to = try instant(day.day, slot.end)
                var zoneTimes: [String] = []
                for group in agenda.zoneGroups {
                    var text = try format(from, zone: group.zone, "Hm") + "–" + (try format(to, zone: group.zone, "Hm"))
                    let shift = Self.dayIndex(from, group.offsetSeconds) - Self.dayIndex(from, venueOffset)
                    if shift == 1 { text += " (\(labels.nextDay))" } else if shift != 0 { text += " (\(shift))" }
                    zoneTimes.append(text)
                }
                let text: String
                var itemNumber: Int?
                switch slot.content {
                case .item(let i):
                    number += 1
                    itemNumber = number
                    text = Self.title(agenda.lines[i], translation: translation, agenda: agenda, incomingChair: incomingChair)
                case .pause(let kind):
                    switch kind {
                    case .coffee: text = labels.coffeeBreak
                    case .lunch: text = labels.lunch
                    case .fridayPrayers: text = labels.fridayPrayers
                    }
                }
                rows.append(Row(start: try format(from, zone: agenda.timeZone, "Hm"), end: try format(to, zone: agenda.timeZone, "Hm"),
                                number: itemNumber, text: text, zoneTimes: zoneTimes))
            }
            let heading = agenda.days.count > 1
                ? labels.day.replacingOccurrences(of: "{n}", with: String(index + 1)) + " · " + dayTexts[index]
                : nil
            pageDays.append(PageDay(heading: heading, rows: rows))
        }
        days = pageDays
    }

    /// The locale dates are written in: the host's own when it speaks the
    /// language (ms_BN for Brunei, ms_MY for Malaysia), else the table's.
    static func locale(for translation: Translation, host: CountryCode) -> String {
        if let country = Countries.named(host), country.language == translation.language { return country.locale }
        return translation.locale
    }

    static func title(_ line: AgendaLine, translation: Translation, agenda: Agenda, incomingChair: String?) -> String {
        guard let key = line.key else { return line.text ?? "" }
        return translation.title(key)
            .replacingOccurrences(of: "{body}", with: agenda.bodyShort)
            .replacingOccurrences(of: "{chair}", with: incomingChair ?? "")
    }

    static func dayIndex(_ seconds: Int64, _ offset: Int) -> Int64 {
        let local = seconds + Int64(offset)
        return local >= 0 ? local / 86_400 : (local - 86_399) / 86_400
    }
}
