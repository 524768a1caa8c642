import Foundation
public import Hummingbird

/// The request context of the workspace: Hummingbird's basics with the workspace's body limit.
public struct WorkspaceContext: RequestContext {
    /// The largest request body the workspace reads: a profile upload or a long form.
    public static let bodyLimit = 1_048_576

    /// Hummingbird's per-request storage (logger, route parameters).
    public var coreContext: CoreRequestContextStorage

    /// A context for one request.
    public init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
    }

    /// The body limit (larger bodies are refused with 413 before anything is parsed).
    public var maxUploadSize: Int { Self.bodyLimit }
}
