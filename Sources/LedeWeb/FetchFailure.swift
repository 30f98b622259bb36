import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

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

    init(_ error: Error, timeout: TimeInterval) {
        switch (error as? URLError)?.code {
        case .cannotFindHost?, .dnsLookupFailed?: self = .cannotFindHost
        case .notConnectedToInternet?, .networkConnectionLost?, .dataNotAllowed?, .internationalRoamingOff?: self = .offline
        case .cannotConnectToHost?: self = .cannotConnect
        case .timedOut?: self = .timedOut(timeout)
        case .secureConnectionFailed?: self = .tls
        case .serverCertificateUntrusted?, .serverCertificateHasBadDate?, .serverCertificateHasUnknownRoot?,
             .serverCertificateNotYetValid?, .clientCertificateRejected?, .clientCertificateRequired?:
            self = .certificate
        case .httpTooManyRedirects?: self = .tooManyRedirects(5)
        default:
            let text = (error as NSError).localizedDescription
            self = Self.tls(describedAs: text) ?? .other(text)
        }
    }

    /// A TLS failure told only in words. Foundation on Linux gives libcurl's TLS errors no code
    /// of their own, just the TLS library's message ("OpenSSL/3.0.19: error:0A00010B:SSL
    /// routines::wrong version number", "SSL certificate problem: self-signed certificate").
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
        case .status(let code): return "HTTP \(code) \(HTTPURLResponse.localizedString(forStatusCode: code))"
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
