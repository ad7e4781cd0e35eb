/// Why a publish step failed. Messages never hold credentials.
enum PublishError: Error, Sendable, CustomStringConvertible {
    /// The server could not be reached, or the connection broke.
    case transport(String)
    /// The server answered with a status the step cannot go on with.
    case status(method: String, path: String, code: Int, detail: String)
    /// The server's reply could not be understood.
    case protocolError(String)

    var description: String {
        switch self {
        case .transport(let message): message
        case .status(let method, let path, let code, let detail):
            "\(method) \(path): the server answered \(code)\(detail.isEmpty ? "" : " (\(detail))")"
        case .protocolError(let message): message
        }
    }
}
