import Foundation
import Solving

/// The flat model's own deterministic JSON (convene-model/1).
enum ModelJSON {
    static func encode(_ model: FlatModel) throws -> Data { model.jsonData() }
}
