internal import CLibXML2

/// A whole libxml2 document tree, owned (freed in `deinit`), for transformations.
///
/// Made by ``XMLRecordReader/readTree(path:displayName:schema:expectedRoot:limits:)``, which
/// parses then validates a valid document, and reads any other with the streaming reader for its
/// diagnostics. Not shared between threads.
package final class OwnedXMLDocument {
    let pointer: xmlDocPtr

    init(pointer: xmlDocPtr) {
        self.pointer = pointer
    }

    deinit {
        xmlFreeDoc(pointer)
    }

    /// The root element with its whole subtree, copied out of the tree.
    package func rootElement() -> XMLElement? {
        xmlDocGetRootElement(pointer).map { NodeConversion().element($0) }
    }

    /// The value of the root element's attribute `name` (one without a namespace), without
    /// copying anything else out of the tree.
    package func rootAttribute(_ name: String) -> String? {
        guard let root = xmlDocGetRootElement(pointer), let value = xmlGetNoNsProp(root, name) else { return nil }
        defer { fp_xmlFree(value) }
        return String(cString: value)
    }
}

extension XMLRecordReader {
    /// Reads `path` securely into a whole tree, valid against `schema`.
    ///
    /// A valid document is parsed, then validated as a tree (``ValidTreeParser``); any other is
    /// read again by the streaming reader for its diagnostics.
    ///
    /// - Returns: the tree when the file is valid, every diagnostic (SHA-256 not computed).
    package static func readTree(
        path: String, displayName: String, schema: CompiledXMLSchema?, expectedRoot: XMLName?,
        limits: XMLLimits = .standard
    ) -> (document: OwnedXMLDocument?, outcome: XMLReadOutcome) {
        switch ValidTreeParser.read(
            schema: schema, expectedRoot: expectedRoot, limits: limits,
            open: { collector throws(InputRefusal) in try GuardedInput(path: path, limits: limits, collector: collector)
            })
        {
        case .valid(let document): return (document, XMLReadOutcome(diagnostics: [], sha256: nil))
        case .doctype(let line):
            return (nil, doctypeOutcome(line: line, displayName: displayName, path: path))
        case .unaccepted: break
        }
        return streamedTree(
            path: path, displayName: displayName, schema: schema, expectedRoot: expectedRoot, limits: limits)
    }

    /// The outcome for a document the quick parse found a DOCTYPE in, on `line`.
    private static func doctypeOutcome(line: Int, displayName: String, path: String) -> XMLReadOutcome {
        XMLReadOutcome(
            diagnostics: [ReadingSession.doctypeRefusal(line: line, displayName: displayName, path: path)],
            sha256: nil)
    }

    /// Reads `path` into a whole tree with the streaming reader only, validating while reading:
    /// what ``readTree(path:displayName:schema:expectedRoot:limits:)`` falls back to for the
    /// diagnostics of a document the quick parse did not accept.
    ///
    /// - Returns: the tree when the file is valid, every diagnostic (SHA-256 not computed).
    package static func streamedTree(
        path: String, displayName: String, schema: CompiledXMLSchema?, expectedRoot: XMLName?,
        limits: XMLLimits = .standard
    ) -> (document: OwnedXMLDocument?, outcome: XMLReadOutcome) {
        readTree(schema: schema, expectedRoot: expectedRoot) { body in
            withSecureReader(
                path: path, displayName: displayName, limits: limits, hashing: false, wholeTree: true, body: body)
        }
    }

    /// Reads a document held in memory (`bytes`) into a whole tree, with the same secure options,
    /// limits and validation as a file.
    ///
    /// - Returns: the tree when the document is valid, every diagnostic (SHA-256 not computed).
    package static func readTree(
        bytes: [UInt8], displayName: String, schema: CompiledXMLSchema?, expectedRoot: XMLName?,
        limits: XMLLimits = .standard
    ) -> (document: OwnedXMLDocument?, outcome: XMLReadOutcome) {
        switch ValidTreeParser.read(
            schema: schema, expectedRoot: expectedRoot, limits: limits,
            open: { collector throws(InputRefusal) in
                try GuardedInput(bytes: bytes, limits: limits, collector: collector)
            })
        {
        case .valid(let document): return (document, XMLReadOutcome(diagnostics: [], sha256: nil))
        case .doctype(let line):
            return (nil, doctypeOutcome(line: line, displayName: displayName, path: ""))
        case .unaccepted: break
        }
        return readTree(schema: schema, expectedRoot: expectedRoot) { body in
            withSecureReader(bytes: bytes, displayName: displayName, limits: limits, wholeTree: true, body: body)
        }
    }

    private static func readTree(
        schema: CompiledXMLSchema?, expectedRoot: XMLName?,
        reading: ((xmlTextReaderPtr, DiagnosticCollector) -> Void) -> XMLReadOutcome
    ) -> (document: OwnedXMLDocument?, outcome: XMLReadOutcome) {
        var document: OwnedXMLDocument?
        let outcome = reading { reader, collector in
            if let schema, xmlTextReaderSetSchema(reader, schema.pointer) != 0 {
                collector.addError("cannot attach the schema \(schema.path) to the parser")
                return
            }
            let session = ReadingSession(reader: reader, collector: collector, expectedRoot: expectedRoot)
            guard session.readWholeTree() else { return }
            if schema != nil, collector.errorCount == 0, xmlTextReaderIsValid(reader) != 1 {
                collector.addError("the document is not valid against its schema")
            }
            guard collector.errorCount == 0, let tree = xmlTextReaderCurrentDoc(reader) else { return }
            document = OwnedXMLDocument(pointer: tree)
        }
        return (outcome.diagnostics.contains { $0.severity == .error } ? nil : document, outcome)
    }
}

extension XMLRecordReader {
    /// Reads a well-formed file (a shipped schema, for example) into an element tree, without
    /// validation, with the same secure options and limits as any document.
    ///
    /// - Returns: the root element with its whole subtree, or `nil` when the file is not well-formed.
    package static func elementTree(path: String, limits: XMLLimits = .standard) -> XMLElement? {
        let read = readTree(path: path, displayName: path, schema: nil, expectedRoot: nil, limits: limits)
        guard let document = read.document, let root = xmlDocGetRootElement(document.pointer) else { return nil }
        return NodeConversion().element(root)
    }
}
