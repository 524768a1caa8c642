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
    ///
    /// Each folder is resolved once; a file in it that is not a symbolic link keeps its name
    /// (one `lstat` instead of a `readlink` per path component and file).
    package static func allowExternalFiles(_ paths: [String]) {
        var folders: [Substring: String?] = [:]
        let canonical = paths.compactMap { path -> String? in
            guard let slash = path.lastIndex(of: "/"), slash != path.startIndex else { return canonicalPath(path) }
            let folder = path[..<slash]
            let resolvedFolder =
                folders[folder]
                ?? {
                    let resolved = canonicalPath(String(folder))
                    folders[folder] = resolved
                    return resolved
                }()
            var info = stat()
            guard let resolvedFolder, lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFREG else {
                return canonicalPath(path)
            }
            return resolvedFolder + path[slash...]
        }
        allowedFiles.withLock { $0.formUnion(canonical) }
    }

    /// Whether the loader would serve `url` (used by tests).
    package static func loaderWouldServe(_ url: String) -> Bool {
        servedPath(url) != nil
    }

    /// The canonical path the loader reads for `url`, or `nil` when it refuses it.
    fileprivate static func servedPath(_ url: String) -> String? {
        guard let path = localPath(fromURL: url), let canonical = canonicalPath(path),
            allowedFiles.withLock({ $0.contains(canonical) })
        else { return nil }
        return canonical
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
    if let canonical = LibXML2Runtime.servedPath(requested) {
        return xmlNewInputFromFile(context, canonical)
    }
    LibXML2Runtime.refused.withLock { $0.append(requested) }
    return nil
}
