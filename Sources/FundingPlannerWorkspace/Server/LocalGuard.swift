import Foundation
import HTTPTypes
import Hummingbird

/// The rules that make a server on 127.0.0.1 safe from the other web pages a coordinator visits.
///
/// In order: the `Host` header must name this server (DNS rebinding), the session cookie must be
/// present (or the one-time launch token, which sets it), a form post must come from this origin
/// (Fetch Metadata, then `Origin`), and every answer carries a strict Content-Security-Policy.
struct LocalGuard<Context: RequestContext>: RouterMiddleware {
    /// The name of the session cookie.
    static var cookieName: String { "fundplan_session" }

    /// The `Host` values this server answers to (`127.0.0.1:PORT`, `localhost:PORT`, `[::1]:PORT`).
    let allowedHosts: @Sendable () -> Set<String>
    let gate: LaunchGate

    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        var response: Response
        do {
            response = try await check(request, context: context, next: next)
        } catch let error as HTTPError {
            // Errors (404, 413, …) get the same headers as pages, and a short page of their own.
            response = Self.refusal(error.status, error.status.reasonPhrase, error.status.reasonPhrase)
        }
        Self.secure(&response.headers)
        return response
    }

    private func check(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        guard let host = request.head.authority?.lowercased(), allowedHosts().contains(host) else {
            return Self.refusal(.misdirectedRequest, "Unknown host", "Deze server antwoordt alleen op 127.0.0.1.")
        }
        if request.method != .get && request.method != .head {
            guard Self.isSameOrigin(request, host: host) else {
                return Self.refusal(
                    .forbidden, "Cross-site request refused",
                    "Een formulier van een andere website mag hier niets wijzigen.")
            }
        }
        if Secret.matches(request.cookies[Self.cookieName]?.value, gate.session) {
            return try await next(request, context)
        }
        if request.method == .get, let token = request.uri.queryParameters.get("token") {
            guard gate.redeem(token) else {
                return Self.refusal(
                    .forbidden, "Link already used",
                    "Deze link is al gebruikt of klopt niet. Start fundplan serve opnieuw voor een nieuwe link.")
            }
            var response = Response(status: .seeOther, headers: [.location: "/"])
            response.setCookie(
                Cookie(name: Self.cookieName, value: gate.session, path: "/", httpOnly: true, sameSite: .strict))
            return response
        }
        return Self.refusal(
            .forbidden, "Open the address fundplan serve printed",
            "Open het adres (met ?token=…) dat fundplan serve in de terminal toonde.")
    }

    /// Fetch Metadata first (`same-origin` or `none`); without it, `Origin` must be this server.
    static func isSameOrigin(_ request: Request, host: String) -> Bool {
        if let site = request.headers[HTTPField.Name("Sec-Fetch-Site")!] {
            return site == "same-origin" || site == "none"
        }
        guard let origin = request.headers[.origin] else { return false }
        return origin.lowercased() == "http://" + host
    }

    /// The headers every answer carries: no script but our own, no request elsewhere, no framing.
    static func secure(_ headers: inout HTTPFields) {
        headers[.contentSecurityPolicy] =
            "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
            + "form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
        headers[HTTPField.Name("X-Content-Type-Options")!] = "nosniff"
        headers[HTTPField.Name("Referrer-Policy")!] = "no-referrer"
        headers[HTTPField.Name("X-Frame-Options")!] = "DENY"
        headers[HTTPField.Name("Cross-Origin-Opener-Policy")!] = "same-origin"
        headers[HTTPField.Name("Cross-Origin-Resource-Policy")!] = "same-origin"
        if headers[.cacheControl] == nil { headers[.cacheControl] = "no-store" }
    }

    /// A short bilingual page saying why the request was refused.
    static func refusal(_ status: HTTPResponse.Status, _ english: String, _ dutch: String) -> Response {
        let page = """
            <!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>\(status.code) \(english)</title></head>\
            <body><h1>\(status.code)</h1><p>\(dutch)</p><p lang="en">\(english).</p></body></html>
            """
        return Response(
            status: status, headers: [.contentType: "text/html; charset=utf-8"],
            body: .init(byteBuffer: ByteBuffer(string: page)))
    }
}
