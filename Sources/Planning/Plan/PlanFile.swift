import Foundation
import Scenarios

/// A plan as read from a file: the typed plan, and the place of each
/// meeting's entry in the file, so that what a later step finds about a
/// meeting (an unknown id, a conflict) can point at its line. Both come
/// from one decoding and one pass over the text.
public struct PlanFile: Sendable {
    public let path: String
    public let plan: Plan
    /// The place of each meeting's `"id"` key, by index in `plan.meetings`.
    public let entryLocations: [SourceLocation]

    /// Decodes `data` (the content of `path`). Throws with the line and
    /// column of the first value that is not what a plan holds.
    public init(path: String, data: Data) throws(PlanJSON.Problem) {
        let plan = try PlanJSON.decode(data)
        self.path = path
        self.plan = plan
        entryLocations = PlanJSON.entryPositions(in: data, count: plan.meetings.count).positions.map {
            SourceLocation(file: path, line: $0.line, column: $0.column)
        }
    }

    /// A plan not read from a file, placed as its plan.json at `path` would be.
    public init(path: String, plan: Plan) throws {
        try self.init(path: path, data: PlanJSON.encode(plan))
    }
}
