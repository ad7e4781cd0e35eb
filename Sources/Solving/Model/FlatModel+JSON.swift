import Foundation

extension FlatModel {
    /// Reads a `convene-model/1` document and validates it: every venue and
    /// meeting reference must resolve, or the error names the one that does not.
    public static func decode(json: Data) throws(ModelError) -> FlatModel {
        let model: FlatModel
        do {
            model = try JSONDecoder().decode(FlatModel.self, from: json)
        } catch let error as DecodingError {
            throw Self.describe(error)
        } catch {
            throw .malformedJSON(path: "", message: "\(error)")
        }
        try model.validate()
        return model
    }

    /// Reads a model from JSON text.
    public static func decode(json: String) throws(ModelError) -> FlatModel {
        try decode(json: Data(json.utf8))
    }

    /// The model as JSON: pretty, keys in DESIGN.md order, integers only, one
    /// option per line. Deterministic, so equal models give equal bytes.
    public func jsonText() -> String {
        var out = "{\n"
        out += "  \"format\": \(JSONText.quote(format)),\n"
        out += "  \"epoch\": \(JSONText.quote(epoch)),\n"
        out += "  \"sites\": [\(sites.map(JSONText.quote).joined(separator: ", "))],\n"
        out += "  \"travelMinutes\": ["
        out += travelMinutes.isEmpty ? "],\n" : "\n" + travelMinutes.map { row in
            "    [" + row.map(String.init).joined(separator: ", ") + "]"
        }.joined(separator: ",\n") + "\n  ],\n"
        out += "  \"venues\": " + Self.list(venues.map { venue in
            "{\"id\": \(JSONText.quote(venue.id.rawValue)), \"site\": \(venue.site), \"rooms\": \(venue.rooms)}"
        }, indent: "  ") + ",\n"
        out += "  \"meetings\": " + Self.list(meetings.map { meeting in
            let head = "{\"id\": \(JSONText.quote(meeting.id.rawValue)), \"attendees\": ["
                + meeting.attendees.map { JSONText.quote($0.rawValue) }.joined(separator: ", ") + "], \"options\": "
            let options = Self.list(meeting.options.map { option in
                "{\"venue\": \(JSONText.quote(option.venue.rawValue)), \"day\": \(option.day), \"lastDay\": \(option.lastDay), "
                    + "\"start\": \(option.start), \"end\": \(option.end), \"cost\": \(option.cost)}"
            }, indent: "      ")
            return head + options + "}"
        }, indent: "  ") + ",\n"
        out += "  \"precedences\": " + Self.list(precedences.map { link in
            "{\"first\": \(JSONText.quote(link.first.rawValue)), \"then\": \(JSONText.quote(link.then.rawValue)), "
                + "\"minDays\": \(link.minDays), \"maxDays\": \(link.maxDays.map(String.init) ?? "null"), "
                + "\"preferMinDays\": \(link.preferMinDays), \"preferMaxDays\": \(link.preferMaxDays.map(String.init) ?? "null"), "
                + "\"costPerDay\": \(link.costPerDay)}"
        }, indent: "  ") + ",\n"
        out += "  \"sameVenue\": " + Self.list(sameVenue.map { link in
            "{\"a\": \(JSONText.quote(link.a.rawValue)), \"b\": \(JSONText.quote(link.b.rawValue)), \"cost\": \(link.cost)}"
        }, indent: "  ") + "\n"
        out += "}\n"
        return out
    }

    /// The UTF-8 bytes of `jsonText()`.
    public func jsonData() -> Data { Data(jsonText().utf8) }

    private static func list(_ items: [String], indent: String) -> String {
        if items.isEmpty { return "[]" }
        return "[\n" + items.map { indent + "  " + $0 }.joined(separator: ",\n") + "\n" + indent + "]"
    }

    private static func describe(_ error: DecodingError) -> ModelError {
        func path(_ keys: [any CodingKey]) -> String {
            var text = ""
            for key in keys {
                if let index = key.intValue { text += "[\(index)]" } else { text += text.isEmpty ? key.stringValue : "." + key.stringValue }
            }
            return text
        }
        switch error {
        case let .typeMismatch(type, context):
            return .malformedJSON(path: path(context.codingPath), message: "expected \(type)")
        case let .valueNotFound(type, context):
            return .malformedJSON(path: path(context.codingPath), message: "expected \(type), found null")
        case let .keyNotFound(key, context):
            return .malformedJSON(path: path(context.codingPath + [key]), message: "missing key '\(key.stringValue)'")
        case let .dataCorrupted(context):
            return .malformedJSON(path: path(context.codingPath), message: context.debugDescription)
        @unknown default:
            return .malformedJSON(path: "", message: "\(error)")
        }
    }
}
