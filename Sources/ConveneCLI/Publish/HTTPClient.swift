import Dispatch
import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// Blocking HTTP requests over Foundation's URLSession (FoundationNetworking
/// on Linux): the publish command is a sequence of dependent requests, so
/// each waits for its reply. Basic credentials are sent as a header and
/// never logged.
final class HTTPClient: Sendable {
    struct Reply: Sendable {
        let status: Int
        let headers: [String: String]
        let body: Data

        /// A header by name, ignoring case (RFC 9110 §5.1).
        func header(_ name: String) -> String? {
            headers.first { $0.key.lowercased() == name.lowercased() }?.value
        }
    }

    private let session: URLSession
    private let authorization: String?
    let timeout: TimeInterval

    init(credentials: NetrcFile.Credentials?, timeout: TimeInterval = 30) {
        let configuration = URLSessionConfiguration.ephemeral
        configuration.httpCookieStorage = nil
        configuration.urlCache = nil
        session = URLSession(configuration: configuration)
        authorization = credentials.map {
            "Basic " + Data("\($0.login):\($0.password)".utf8).base64EncodedString()
        }
        self.timeout = timeout
    }

    /// Sends one request and waits for the reply.
    func send(_ method: String, _ url: URL, headers: [String: String] = [:], body: Data? = nil) throws(PublishError) -> Reply {
        var request = URLRequest(url: url, cachePolicy: .reloadIgnoringLocalCacheData, timeoutInterval: timeout)
        request.httpMethod = method
        for (name, value) in headers { request.setValue(value, forHTTPHeaderField: name) }
        if let authorization { request.setValue(authorization, forHTTPHeaderField: "Authorization") }
        request.httpBody = body
        let box = ReplyBox()
        let done = DispatchSemaphore(value: 0)
        let task = session.dataTask(with: request) { data, response, error in
            box.store(data: data, response: response, error: error)
            done.signal()
        }
        task.resume()
        done.wait()
        return try box.reply(method: method, path: url.path)
    }

    /// The reply of one request, handed from URLSession's queue to the caller.
    private final class ReplyBox: @unchecked Sendable {
        private let lock = NSLock()
        private var data: Data?
        private var response: URLResponse?
        private var error: Error?

        func store(data: Data?, response: URLResponse?, error: Error?) {
            lock.lock()
            defer { lock.unlock() }
            (self.data, self.response, self.error) = (data, response, error)
        }

        func reply(method: String, path: String) throws(PublishError) -> Reply {
            lock.lock()
            defer { lock.unlock() }
            if let error { throw .transport("\(method) \(path): \(error.localizedDescription)") }
            guard let http = response as? HTTPURLResponse else {
                throw .transport("\(method) \(path): no HTTP reply")
            }
            var headers: [String: String] = [:]
            for (key, value) in http.allHeaderFields {
                if let key = key as? String, let value = value as? String { headers[key] = value }
            }
            return Reply(status: http.statusCode, headers: headers, body: data ?? Data())
        }
    }
}
