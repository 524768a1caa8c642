internal import FundingPlannerXML

/// The one way FundingPlanner reads a document: securely, validated against its kind's schema
/// while streaming, within the kind's limits, and fingerprinted from the bytes parsed.
///
/// Every loader (catalogue, network, rubric, call, reviewer sheets, plans for review, the
/// validator) goes through here, so the schema, the expected root and the limits are always the
/// kind's own.
enum DocumentReader {
    /// What a streaming read produced.
    struct Outcome {
        /// Every error and warning, in the order found.
        var diagnostics: [Diagnostic]
        /// The file with its digest; `nil` when it was refused or had errors.
        var source: SourceFile?
    }

    /// Streams `path` as a document of `kind`: the root (without children) to `onRoot`, then each
    /// child of the root as a whole element to `onRecord`, while no error has been found.
    ///
    /// - Parameters:
    ///   - path: The file to read.
    ///   - displayName: How diagnostics name the file (default: the path).
    ///   - label: How outputs name the file (default: `displayName`).
    ///   - kind: The kind of document, which decides the schema, the root and the limits.
    ///   - fingerprint: Whether to compute the digest of the bytes read (off for large files whose
    ///     digest no output records, such as the catalogue outside `plan`).
    ///   - onRoot: Called once with the root element, without its children.
    ///   - onRecord: Called with each child of the root, as a whole element.
    /// - Returns: The diagnostics, and the file with the digest of its bytes when it was read.
    static func stream(
        path: String, displayName: String? = nil, label: String? = nil, kind: DocumentKind, fingerprint: Bool = true,
        onRoot: (XMLElement) -> Void = { _ in }, onRecord: (XMLElement) -> Void = { _ in }
    ) -> Outcome {
        read(path: path, displayName: displayName, label: label, kind: kind) { name, schema in
            XMLRecordReader.read(
                path: path, displayName: name, schema: schema, expectedRoot: kind.rootName,
                limits: DocumentLimits.xml(kind), fingerprint: fingerprint, onRoot: onRoot, onRecord: onRecord)
        }
    }

    /// Streams `path` like ``stream(path:displayName:label:kind:fingerprint:onRoot:onRecord:)``,
    /// handing each record over as a snapshot, to be turned into an element on another thread
    /// (in order, by one `XMLRecordSnapshotReader`) while this one parses and validates on.
    static func streamSnapshots(
        path: String, displayName: String? = nil, kind: DocumentKind, fingerprint: Bool = true,
        onRoot: (XMLElement) -> Void = { _ in }, onRecord: (XMLRecordSnapshot) -> Void
    ) -> Outcome {
        read(path: path, displayName: displayName, label: nil, kind: kind) { name, schema in
            XMLRecordReader.readSnapshots(
                path: path, displayName: name, schema: schema, expectedRoot: kind.rootName,
                limits: DocumentLimits.xml(kind), fingerprint: fingerprint, onRoot: onRoot, onRecord: onRecord)
        }
    }

    private static func read(
        path: String, displayName: String?, label: String?, kind: DocumentKind,
        reading: (_ name: String, _ schema: CompiledXMLSchema) -> XMLReadOutcome
    ) -> Outcome {
        let name = displayName ?? path
        let schema: CompiledXMLSchema
        do {
            schema = try SchemaSet.load().schema(for: kind)
        } catch {
            return Outcome(diagnostics: error.diagnostics, source: nil)
        }
        let read = reading(name, schema)
        let diagnostics = SchemaMessages.translate(read.diagnostics, kind: kind, path: path)
        let source =
            diagnostics.containsErrors
            ? nil : read.sha256.map { SourceFile(path: path, label: label ?? name, sha256: $0) }
        return Outcome(diagnostics: diagnostics, source: source)
    }

    /// Reads a document of `kind` into a whole tree for a transformation, from a file or, when
    /// `bytes` is given, from memory (named `displayName`).
    static func tree(
        path: String, bytes: [UInt8]? = nil, kind: DocumentKind, validated: Bool = true
    ) throws(DiagnosticsError) -> OwnedXMLDocument {
        let schema = validated ? try SchemaSet.load().schema(for: kind) : nil
        let expectedRoot = validated ? kind.rootName : nil
        let read =
            if let bytes {
                XMLRecordReader.readTree(
                    bytes: bytes, displayName: path, schema: schema, expectedRoot: expectedRoot,
                    limits: DocumentLimits.xml(kind))
            } else {
                XMLRecordReader.readTree(
                    path: path, displayName: path, schema: schema, expectedRoot: expectedRoot,
                    limits: DocumentLimits.xml(kind))
            }
        guard let document = read.document else {
            throw DiagnosticsError(
                SchemaMessages.translate(read.outcome.diagnostics, kind: kind, path: bytes == nil ? path : ""))
        }
        return document
    }
}

extension DocumentKind {
    /// The qualified name of this kind's root element.
    var rootName: XMLName {
        XMLName(namespace: namespace, localName: rootElement)
    }
}
