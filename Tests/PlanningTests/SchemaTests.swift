import ConveneTestSupport
import Foundation
import Testing
@testable import Planning
@testable import Scenarios

/// The JSON Schema under Scenarios/schema/ must list exactly the keys the
/// decoder accepts, so that an editor's completion never disagrees with
/// `convene validate`.
@Suite struct SchemaTests {
    let schema: [String: Any]

    init() throws {
        let url = RepositoryPaths.scenarios.appendingPathComponent("schema/scenario.schema.json")
        schema = try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any] ?? [:]
    }

    /// Resolves `$ref: #/$defs/...` and collects the property names of an
    /// object schema, looking through oneOf/anyOf/allOf branches.
    func propertyNames(_ node: Any?) -> Set<String> {
        guard var object = node as? [String: Any] else { return [] }
        if let ref = object["$ref"] as? String {
            var target: Any? = schema
            for part in ref.dropFirst(2).split(separator: "/") { target = (target as? [String: Any])?[String(part)] }
            object = target as? [String: Any] ?? [:]
        }
        var names = Set((object["properties"] as? [String: Any])?.keys.map { $0 } ?? [])
        for combinator in ["oneOf", "anyOf", "allOf"] {
            for branch in object[combinator] as? [Any] ?? [] { names.formUnion(propertyNames(branch)) }
        }
        if let items = object["items"] { names.formUnion(propertyNames(items)) }
        return names
    }

    func property(_ path: String...) -> Any? {
        var node: Any? = schema
        for name in path {
            node = propertyNames(node).contains(name) ? resolvedProperties(node)[name] : nil
        }
        return node
    }

    func resolvedProperties(_ node: Any?) -> [String: Any] {
        guard var object = node as? [String: Any] else { return [:] }
        if let ref = object["$ref"] as? String {
            var target: Any? = schema
            for part in ref.dropFirst(2).split(separator: "/") { target = (target as? [String: Any])?[String(part)] }
            object = target as? [String: Any] ?? [:]
        }
        var result = object["properties"] as? [String: Any] ?? [:]
        for combinator in ["oneOf", "anyOf", "allOf"] {
            for branch in object[combinator] as? [Any] ?? [] { result.merge(resolvedProperties(branch)) { a, _ in a } }
        }
        if let items = object["items"] { result.merge(resolvedProperties(items)) { a, _ in a } }
        return result
    }

    @Test func topLevelKeysMatch() {
        #expect(propertyNames(schema) == Set(ScenarioDecoder.topKeys))
    }

    @Test func venueDelegationMeetingKeysMatch() {
        #expect(propertyNames(property("venues")) == Set(ScenarioDecoder.venueKeys))
        #expect(propertyNames(property("delegations")) == Set(ScenarioDecoder.delegationKeys))
        #expect(propertyNames(property("meetings")) == Set(ScenarioDecoder.meetingKeys))
        #expect(propertyNames(property("fixed")) == Set(ScenarioDecoder.fixedKeys))
        #expect(propertyNames(property("holidays")) == Set(ScenarioDecoder.holidayFeedKeys))
    }

    @Test func bodyAndRotationKeysMatch() {
        #expect(propertyNames(property("bodies")) == Set(ScenarioDecoder.bodyKeys))
        #expect(propertyNames(property("bodies", "rotation")) == Set(ScenarioDecoder.rotationKeys))
        #expect(propertyNames(property("bodies", "template")) == Set(ScenarioDecoder.meetingKeys))
    }

    @Test func meetingKindsMatch() throws {
        let kind = try #require(resolvedProperties(property("meetings"))["kind"] as? [String: Any])
        let values = (kind["enum"] as? [String]) ?? []
        #expect(Set(values) == Set(MeetingKind.allCases.map(\.rawValue)))
    }

    @Test func weightKeysAreKnownToTheDecoder() {
        let weights = property("weights") as? [String: Any] ?? [:]
        let declared = Set((weights["properties"] as? [String: Any])?.keys.map { $0 } ?? [])
        #expect(declared.isEmpty || declared == Set(Weights.keys.map(\.name)))
    }
}
