import Yams

/// The programme's entries (Docs/Scenario.md "Programme"): at the top
/// `chairperson`, `logo` and `translations`; in a meeting `chairperson` and
/// `coChair`; in a venue `address`. Read in a pass of their own over the
/// parsed tree, so each part's decoder stays about planning.
extension ScenarioDecoder {
    static let personKeys = ["name", "title"]
    static let coChairKinds: Set<MeetingKind> = [.dialogue, .plusThreeSOM, .plusThreeHeads]

    func programme(top: [String: (key: Node, value: Node)], meetings: [Meeting]) -> Programme {
        var programme = Programme()
        if let node = top["chairperson"]?.value { programme.chairperson = person(node, "the chairperson") }
        if let node = top["logo"]?.value, let path = reader.text(node, "the logo's path") {
            let ext = (path.split(separator: ".").last.map(String.init) ?? "").lowercased()
            if let type = Programme.LogoType(rawValue: ext), path.contains(".") {
                programme.logo = Programme.Logo(path: path, type: type, location: reader.location(node))
            } else {
                reader.error("expected the logo as an .svg or .png file, found '\(path)'", at: node)
            }
        }
        let kinds = Dictionary(meetings.map { ($0.id, $0.kind) }, uniquingKeysWith: { a, _ in a })
        if let node = top["translations"]?.value,
           let languages = reader.mapping(node, "the translations by language", keys: nil) {
            for (code, entry) in languages.sorted(by: { $0.key < $1.key }) {
                guard code.count >= 2, code.count <= 3, code.allSatisfy({ $0.isASCII && $0.isLowercase }) else {
                    reader.error("expected a language code such as vi or km, found '\(code)'", at: entry.key)
                    continue
                }
                programme.translations[code] = translation(entry.value, language: code, meetings: Set(kinds.keys))
            }
        }
        if let node = top["meetings"]?.value, let items = reader.sequence(node, "the meetings") {
            for item in items {
                guard case .mapping(let mapping) = item,
                      let id = mapping.first(where: { $0.key.string == "id" })?.value.string else { continue }
                let meeting = MeetingID(id)
                for (key, value) in mapping {
                    switch key.string {
                    case "chairperson": programme.meetingChairs[meeting] = person(value, "the meeting's chairperson")
                    case "coChair":
                        guard let kind = kinds[meeting], Self.coChairKinds.contains(kind) else {
                            reader.error("a co-chair is for dialogues and Plus Three meetings; '\(id)' is "
                                + "\(kinds[meeting]?.rawValue ?? "not one")", at: key)
                            continue
                        }
                        programme.coChairs[meeting] = person(value, "the co-chair")
                    default: continue
                    }
                }
            }
        }
        if let node = top["venues"]?.value, let items = reader.sequence(node, "the venues") {
            for item in items {
                guard case .mapping(let mapping) = item,
                      let id = mapping.first(where: { $0.key.string == "id" })?.value.string,
                      let address = mapping.first(where: { $0.key.string == "address" })?.value else { continue }
                programme.addresses[VenueID(id)] = reader.text(address, "the venue's address")
            }
        }
        return programme
    }

    private func person(_ node: Node, _ what: String) -> Programme.Person? {
        guard let entries = reader.mapping(node, what, keys: Self.personKeys) else { return nil }
        guard let nameNode = entries["name"]?.value else {
            reader.error("\(what) needs a 'name'", at: node)
            return nil
        }
        guard let name = reader.text(nameNode, "\(what)'s name") else { return nil }
        let title = entries["title"].flatMap { reader.text($0.value, "\(what)'s title") }
        return Programme.Person(name: name, title: title)
    }

    private func translation(_ node: Node, language: String, meetings: Set<MeetingID>) -> Programme.Translation? {
        guard let entries = reader.mapping(node, "the \(language) translation", keys: ["body", "theme", "titles"]) else { return nil }
        var result = Programme.Translation()
        if let n = entries["body"]?.value { result.body = reader.text(n, "the body's name in \(language)") }
        if let n = entries["theme"]?.value { result.theme = reader.text(n, "the theme in \(language)") }
        if let n = entries["titles"]?.value, let titles = reader.mapping(n, "the \(language) meeting titles", keys: nil) {
            for (id, entry) in titles.sorted(by: { $0.key < $1.key }) {
                guard meetings.contains(MeetingID(id)) else {
                    reader.error("no meeting '\(id)' to give a \(language) title\(Suggestion.hint(for: id, among: meetings.map(\.rawValue)))",
                                 at: entry.key)
                    continue
                }
                if let text = reader.text(entry.value, "the \(language) title of '\(id)'") { result.titles[MeetingID(id)] = text }
            }
        }
        return result
    }
}
