import CCurl
import Foundation

/// Why a fetch failed, as one line a user can act on.
enum FetchFailure: Error, Equatable {
    case cannotFindHost
    case offline
    case cannotConnect
    case timedOut(TimeInterval)
    case tls
    case certificate
    case status(Int)
    case tooManyRedirects(Int)
    case redirectedAway(String)
    case tooLarge(Int)
    case other(String)

    /// libcurl's failure, in Lede's words.
    init(_ failure: CurlHandle.Failure, timeout: TimeInterval) {
        switch failure.code {
        case LEDE_CURLE_COULDNT_RESOLVE_HOST: self = .cannotFindHost
        // No route to any network: the machine is offline (a refused port is ECONNREFUSED).
        case LEDE_CURLE_COULDNT_CONNECT: self = failure.osErrno == ENETUNREACH ? .offline : .cannotConnect
        case LEDE_CURLE_OPERATION_TIMEDOUT: self = .timedOut(timeout)
        case LEDE_CURLE_SSL_CONNECT_ERROR: self = .tls
        case LEDE_CURLE_PEER_FAILED_VERIFICATION, LEDE_CURLE_SSL_ISSUER_ERROR, LEDE_CURLE_SSL_INVALIDCERTSTATUS:
            self = .certificate
        default: self = Self.tls(describedAs: failure.text) ?? .other(failure.text)
        }
    }

    /// A TLS failure told only in words: a code libcurl gives other failures too (a receive error,
    /// say) with the TLS library's message ("OpenSSL SSL_read: error:0A000126:SSL
    /// routines::unexpected eof while reading", "SSL certificate problem: self-signed certificate").
    static func tls(describedAs text: String) -> FetchFailure? {
        let lowered = text.lowercased()
        guard ["ssl", "tls"].contains(where: lowered.contains) else { return nil }
        return lowered.contains("certificate") ? .certificate : .tls
    }

    var message: String {
        switch self {
        case .cannotFindHost: return "cannot find the host (DNS lookup failed)"
        case .offline: return "no network connection (offline)"
        case .cannotConnect: return "cannot connect to the host (connection refused)"
        case .timedOut(let seconds): return "timed out after \(seconds.formatted()) s"
        case .tls: return "secure connection failed (TLS)"
        case .certificate: return "the server's TLS certificate is not trusted"
        case .status(let code): return "HTTP \(code) \(HTTPStatus.reason(code))"
        case .tooManyRedirects(let limit): return "more than \(limit) redirects"
        case .redirectedAway(let scheme): return "redirected to a \(scheme.isEmpty ? "non-web" : scheme) address, not followed"
        case .tooLarge(let bytes): return "too large (over \(bytes >> 20) MB), not read"
        case .other(let text): return "fetch failed: \(text)"
        }
    }
}

private extension TimeInterval {
    /// `10`, `0.5`: no trailing `.0`.
    func formatted() -> String { self == rounded() ? String(Int(self)) : String(self) }
}
