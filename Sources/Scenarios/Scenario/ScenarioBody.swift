import Calendars

/// A body declared under `bodies:`: its names, its rotation, and the cycles
/// the scenario plans (its template expanded once per cycle).
public struct ScenarioBody: Sendable {
    public let id: BodyID
    public let name: String
    public let short: String
    public let rotation: BodyRotation
    /// The cycles planned, each with its chair; empty when the scenario
    /// plans none of this body's cycles (its meetings are listed directly).
    public let turns: [Rotation.Turn]
    public let location: SourceLocation

    public init(id: BodyID, name: String, short: String, rotation: BodyRotation, turns: [Rotation.Turn], location: SourceLocation) {
        self.id = id
        self.name = name
        self.short = short
        self.rotation = rotation
        self.turns = turns
        self.location = location
    }
}
