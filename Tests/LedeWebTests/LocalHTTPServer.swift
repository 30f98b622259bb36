import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A tiny HTTP/1.1 server on 127.0.0.1 (a port the system picks), started by a test and stopped
/// with it: no test needs the internet. Each request gets the response `route` gives its path,
/// on a thread of its own, so a slow route does not hold up the others.
final class LocalHTTPServer: @unchecked Sendable {
    struct Response: Sendable {
        var status = 200
        var headers: [(String, String)] = [("Content-Type", "text/html; charset=utf-8")]
        var body: [UInt8] = []
        /// Seconds to wait before answering.
        var delay: TimeInterval = 0
        /// Send no Content-Length: the body runs until the connection closes.
        var unsized = false
    }

    let port: UInt16
    private let listener: Int32
    private let route: @Sendable (String) -> Response
    private let heads = Heads()

    /// The head of each request received so far (request line and headers), oldest first.
    var requestHeads: [String] { heads.all }

    init(route: @escaping @Sendable (String) -> Response) throws {
        self.route = route
        let listener = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard listener >= 0 else { throw POSIXError(.EIO) }
        self.listener = listener
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(listener, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard bound == 0, listen(listener, 16) == 0 else { close(listener); throw POSIXError(.EADDRINUSE) }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(listener, $0, &length) }
        }
        port = UInt16(bigEndian: address.sin_port)
        Thread.detachNewThread { [route, heads] in
            while true {
                let connection = accept(listener, nil, nil)
                if connection < 0 { if errno == EINTR { continue }; return }
                Thread.detachNewThread { Self.serve(connection, route: route, heads: heads) }
            }
        }
    }

    /// `http://127.0.0.1:PORT/path`.
    func url(_ path: String) -> String { "http://127.0.0.1:\(port)\(path)" }

    func stop() {
        shutdown(listener, Int32(SHUT_RDWR))
        close(listener)
    }

    private static func serve(_ connection: Int32, route: @Sendable (String) -> Response, heads: Heads) {
        defer { close(connection) }
        var request: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        while !request.ends(with: Array("\r\n\r\n".utf8)), request.count < 65536 {
            let got = read(connection, &buffer, buffer.count)
            if got <= 0 { return }
            request += buffer[..<got]
            // A TLS handshake (0x16: https to this plain-http server) is answered at once in plain
            // text, as a real http server does, so the client's TLS library fails, not waits.
            if request.first == 0x16 {
                send(Array("HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n".utf8), to: connection)
                return
            }
        }
        heads.add(String(decoding: request, as: UTF8.self))
        let firstLine = String(decoding: request.prefix { $0 != 0x0D }, as: UTF8.self).split(separator: " ")
        let path = firstLine.count > 1 ? String(firstLine[1]) : "/"
        let response = route(path)
        if response.delay > 0 { Thread.sleep(forTimeInterval: response.delay) }
        var head = "HTTP/1.1 \(response.status) \(HTTPStatus.reason(response.status))\r\n"
        for (name, value) in response.headers { head += "\(name): \(value)\r\n" }
        if !response.unsized { head += "Content-Length: \(response.body.count)\r\n" }
        head += "Connection: close\r\n\r\n"
        send(Array(head.utf8) + response.body, to: connection)
    }

    private static func send(_ bytes: [UInt8], to connection: Int32) {
        var offset = 0
        while offset < bytes.count {
            let sent = bytes[offset...].withUnsafeBytes { Glibc.send(connection, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            if sent <= 0 { return }
            offset += sent
        }
    }
}

/// Request heads, kept under a lock: each connection is served on a thread of its own.
private final class Heads: @unchecked Sendable {
    private let lock = NSLock()
    private var heads: [String] = []

    var all: [String] { lock.withLock { heads } }
    func add(_ head: String) { lock.withLock { heads.append(head) } }
}

private enum HTTPStatus {
    static func reason(_ status: Int) -> String {
        [200: "OK", 301: "Moved Permanently", 302: "Found", 404: "Not Found", 500: "Internal Server Error"][status] ?? "Status"
    }
}

private extension Array where Element == UInt8 {
    func ends(with suffix: [UInt8]) -> Bool { count >= suffix.count && Array(self[(count - suffix.count)...]) == suffix }
}
