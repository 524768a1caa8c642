public import Foundation
public import FundingPlanner
import Hummingbird
import Logging
import NIOCore
import ServiceLifecycle
import UnixSignals

#if canImport(Glibc)
    import Glibc
#endif

/// `fundplan serve`: the coordinator's workspace in the browser, on 127.0.0.1.
///
/// Binds loopback unless another address is given, prints its address with a one-time launch
/// token, and stops gracefully on Ctrl-C or SIGTERM (in-flight requests finish, every write is
/// atomic, so nothing is half-written).
public struct WorkspaceServer: Sendable {
    /// How the server is started.
    public struct Configuration: Sendable {
        /// The workspace folder.
        public var folder: URL
        /// The address to bind: `127.0.0.1` unless `--listen` says otherwise.
        public var host: String
        /// The port; 0 picks a free one.
        public var port: Int
        /// The launch token (random unless a test gives one).
        public var token: String?

        /// A configuration for `folder` on `host:port`.
        public init(folder: URL, host: String = "127.0.0.1", port: Int = 8080, token: String? = nil) {
            self.folder = folder
            self.host = host
            self.port = port
            self.token = token
        }
    }

    private let configuration: Configuration
    private let loaded: CatalogueLoader.Loaded

    /// A server for `configuration`, with the catalogue already loaded.
    public init(configuration: Configuration, catalogue: CatalogueLoader.Loaded) {
        self.configuration = configuration
        loaded = catalogue
    }

    /// Runs until SIGINT or SIGTERM; `onRunning` gets the URL with the launch token once listening.
    public func run(onRunning: @escaping @Sendable (String) -> Void) async throws {
        let lock = try FolderLock(folder: configuration.folder)
        defer { lock.release() }
        let checker = try ProfileChecker(catalogue: loaded.catalogue)
        defer { checker.cleanUp() }
        let store = try WorkspaceStore(folder: configuration.folder, checker: checker)
        let workspace = Workspace(store: store, checker: checker, loaded: loaded, pages: try PageRenderer())
        let gate = LaunchGate(token: configuration.token ?? Secret.make())
        let boundPort = PortBox()
        let host = configuration.host
        let router = Router(context: WorkspaceContext.self)
        router.add(
            middleware: LocalGuard(
                allowedHosts: { Self.allowedHosts(host: host, port: boundPort.value) }, gate: gate))
        router.get("/assets/:file") { _, context in
            guard let asset = workspace.pages.assets[context.parameters.get("file") ?? ""] else {
                throw HTTPError(.notFound)
            }
            return Response(
                status: .ok, headers: [.contentType: asset.type, .cacheControl: "no-cache"],
                body: .init(byteBuffer: ByteBuffer(bytes: asset.bytes)))
        }
        router.get("/language/:code") { request, context in
            var response = Reply.redirect(Reply.safeBack(request.uri.queryParameters.get("back").map { String($0) }))
            let code = context.parameters.get("code") == "en" ? "en" : "nl"
            response.setCookie(Cookie(name: "fundplan_lang", value: code, path: "/", httpOnly: true, sameSite: .strict))
            return response
        }
        workspace.addSectionRoutes(to: router)
        workspace.addVersionRoutes(to: router)
        workspace.addDownloadRoutes(to: router)
        workspace.addScenarioRoutes(to: router)
        workspace.addScenarioPlanRoutes(to: router)
        workspace.addReviewRoutes(to: router)
        // Every other path: answered by the guard too (Host, token, headers), then 404.
        for method in [HTTPRequest.Method.get, .head, .post, .put, .delete, .patch] {
            router.on("**", method: method) { _, _ -> Response in throw HTTPError(.notFound) }
        }
        var logger = Logger(label: "fundplan-serve")
        logger.logLevel = .warning
        let displayHost = host.contains(":") ? "[\(host)]" : host
        let app = Application(
            router: router,
            configuration: ApplicationConfiguration(address: .hostname(host, port: configuration.port)),
            onServerRunning: { channel in
                let port = channel.localAddress?.port ?? 0
                boundPort.value = port
                onRunning("http://\(displayHost):\(port)/?token=\(gate.token)")
            },
            logger: logger)
        let group = ServiceGroup(
            configuration: .init(services: [app], gracefulShutdownSignals: [.sigterm, .sigint], logger: logger))
        try await group.run()
    }

    static func allowedHosts(host: String, port: Int) -> Set<String> {
        var hosts: Set<String> = ["127.0.0.1:\(port)", "localhost:\(port)", "[::1]:\(port)"]
        hosts.insert((host.contains(":") ? "[\(host.lowercased())]" : host.lowercased()) + ":\(port)")
        return hosts
    }
}

/// The port the server bound (known only once it listens, when 0 was asked).
final class PortBox: @unchecked Sendable {
    private let lock = NSLock()
    private var port = -1
    var value: Int {
        get { lock.withLock { port } }
        set { lock.withLock { port = newValue } }
    }
}

/// An exclusive lock on `.fundplan-serve.lock` in the folder: one server per workspace.
struct FolderLock {
    private let descriptor: Int32

    init(folder: URL) throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent(".fundplan-serve.lock").path
        descriptor = open(path, O_CREAT | O_RDWR | O_CLOEXEC, 0o600)
        guard descriptor >= 0, flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
            if descriptor >= 0 { close(descriptor) }
            throw WorkspaceError.folderInUse(folder.path)
        }
    }

    func release() {
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }
}
