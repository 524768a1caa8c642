internal import CLibXML2
import Synchronization

#if canImport(Glibc)
    import Glibc
#endif

/// Process-wide libxml2 set-up, done exactly once before any parsing.
///
/// - Calls `xmlInitParser()` (required before using libxml2 from several threads).
/// - Routes libxml2's generic (unstructured) error output away from stderr.
/// - Installs one restrictive external-entity loader (`xmlSetExternalEntityLoader`) that serves
///   only files registered with ``allowExternalFiles(_:)`` (our own schema files). Every other
///   request, local or over the network, is refused, so `xs:import`, `xml:lang`'s schema, DTDs
///   and entities never read a user's files or touch the network.
package enum LibXML2Runtime {
    private static let setUp: Bool = {
        xmlInitParser()
        fp_silenceGenericErrors()
        xmlSetExternalEntityLoader(restrictiveEntityLoader)
        return true
    }()

    /// Performs the one-time set-up if it has not happened yet.
    ///
    /// Cheap after the first call.
    package static func ensureInitialized() {
        _ = setUp
        fp_silenceGenericErrors()
    }

    /// Lets the external-entity loader serve these files (canonical paths are compared).
    package static func allowExternalFiles(_ paths: [String]) {
        let canonical = paths.compactMap(canonicalPath)
        allowedFiles.withLock { $0.formUnion(canonical) }
    }

    /// Whether the loader would serve `url` (used by tests).
    package static func loaderWouldServe(_ url: String) -> Bool {
        guard let path = localPath(fromURL: url), let canonical = canonicalPath(path) else { return false }
        return allowedFiles.withLock { $0.contains(canonical) }
    }

    /// Every URL the loader refused since start-up, in order (for tests and diagnostics).
    package static var refusedLoads: [String] {
        refused.withLock { $0 }
    }

    fileprivate static let allowedFiles = Mutex<Set<String>>([])
    fileprivate static let refused = Mutex<[String]>([])

    fileprivate static func localPath(fromURL url: String) -> String? {
        if url.hasPrefix("file://") {
            let rest = url.dropFirst("file://".count)
            // file:///abs/path or file://localhost/abs/path
            if rest.hasPrefix("/") { return String(rest) }
            if rest.hasPrefix("localhost/") { return String(rest.dropFirst("localhost".count)) }
            return nil
        }
        if url.contains("://") { return nil }
        return url.hasPrefix("/") ? url : nil
    }

    fileprivate static func canonicalPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}

/// The loader libxml2 calls for every external resource: schema imports, DTDs, entities.
private let restrictiveEntityLoader: xmlExternalEntityLoader = { url, _, context in
    guard let url, let context else { return nil }
    let requested = String(cString: url)
    if LibXML2Runtime.loaderWouldServe(requested),
        let path = LibXML2Runtime.localPath(fromURL: requested),
        let canonical = LibXML2Runtime.canonicalPath(path)
    {
        return xmlNewInputFromFile(context, canonical)
    }
    LibXML2Runtime.refused.withLock { $0.append(requested) }
    return nil
}
