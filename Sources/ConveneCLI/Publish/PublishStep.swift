import Foundation

/// What publishing does with one resource, decided from what the server
/// holds: a pure function of the wanted resources and the server's
/// listing, so a run that fails half way is simply run again.
enum PublishStep: Sendable {
    /// Not on the server: PUT with `If-None-Match: *`.
    case create(EventResource)
    /// On the server in another version: PUT with `If-Match` on its ETag.
    /// A cancelled event is updated this way too, never deleted, so that
    /// clients see the cancellation.
    case update(EventResource, etag: String)
    /// On the server as it is: nothing to write.
    case unchanged(EventResource)

    var resource: EventResource {
        switch self {
        case .create(let resource), .update(let resource, _), .unchanged(let resource): resource
        }
    }

    /// The steps for `wanted` given the server's resources of the same
    /// collection, keyed by the last segment of their href.
    static func plan(_ wanted: [EventResource], server: [String: MultiStatus.Response]) -> [PublishStep] {
        wanted.map { resource in
            guard let found = server[resource.name] else { return .create(resource) }
            let held = found.calendarData.flatMap(EventResource.Version.init(text:))
            if held == resource.version { return .unchanged(resource) }
            // A server that gives no ETag still gets a conditional write:
            // `*` matches any current version.
            return .update(resource, etag: found.etag ?? "*")
        }
    }

    /// The last path segment of an href, percent-decoded.
    static func name(ofHref href: String) -> String {
        let trimmed = href.hasSuffix("/") ? String(href.dropLast()) : href
        let last = trimmed.split(separator: "/").last.map(String.init) ?? trimmed
        return last.removingPercentEncoding ?? last
    }
}
