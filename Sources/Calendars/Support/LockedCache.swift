import Foundation

/// A dictionary of computed values shared between threads: look up under a
/// lock, compute outside it, store under it. Errors are not cached. Used
/// wherever calendars memoise years (holidays, tabular Islamic dates,
/// lunisolar year spans), since planners ask for the same years again and again.
final class LockedCache<Key: Hashable, Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var entries: [Key: Value] = [:]

    func value<Failure: Error>(for key: Key, _ compute: () throws(Failure) -> Value) throws(Failure) -> Value {
        lock.lock()
        if let found = entries[key] {
            lock.unlock()
            return found
        }
        lock.unlock()
        let computed = try compute()
        lock.lock()
        entries[key] = computed
        lock.unlock()
        return computed
    }
}
