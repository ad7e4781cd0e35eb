import Foundation
import Planning

/// libFuzzer's per-input callback: bytes through `PlanJSON.decode`, as `convene
/// export` and `plan --keep` read a plan.json. A plan that decodes must
/// encode and decode again to the same plan (the round-trip law); any
/// trap, sanitizer report or timeout is a bug.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzPlanJSON(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data else { return 0 }
    let bytes = Data(bytes: data, count: size)
    guard let plan = try? PlanJSON.decode(bytes) else { return 0 }
    guard let encoded = try? PlanJSON.encode(plan) else {
        fatalError("a decoded plan does not encode")
    }
    guard let again = try? PlanJSON.decode(encoded), again == plan else {
        fatalError("an encoded plan does not decode to itself")
    }
    return 0
}
