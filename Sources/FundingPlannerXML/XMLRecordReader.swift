internal import CLibXML2

/// What reading one file produced: every diagnostic, and the file's fingerprint.
package struct XMLReadOutcome: Sendable {
    /// Every error and warning, in the order found.
    package var diagnostics: [XMLDiagnostic]
    /// SHA-256 of the bytes read, as 64 hexadecimal digits; `nil` when the file was refused or
    /// could not be read to its end.
    package var sha256: String?
}

/// Streams an XML file securely, validating it while it is read, and hands over its records.
///
/// The root element arrives first (its attributes only), then every child of the root as a
/// complete ``XMLElement`` subtree. libxml2's nodes are freed as soon as each subtree has been
/// copied, so memory does not grow with the document. The reader (`xmlReaderForIO`) runs with
/// `XML_PARSE_NONET | XML_PARSE_BIG_LINES` only: no entity substitution, no DTD loading, no
/// XInclude, no `XML_PARSE_HUGE`. A DOCTYPE is refused as soon as it is seen.
///
/// One call uses one parser and one validation context: calls may run on several threads at
/// once, each with its own file, sharing a ``CompiledXMLSchema``.
package enum XMLRecordReader {
    /// Reads `path`.
    ///
    /// - Parameters:
    ///   - path: the file to read.
    ///   - displayName: how the file is named in diagnostics (usually the path as the user gave it).
    ///   - schema: validate against this schema while reading, or `nil` for well-formedness only.
    ///   - expectedRoot: refuse any other root element.
    ///   - limits: size and attribute limits.
    ///   - fingerprint: also compute the SHA-256 of the bytes read (only when a caller records it).
    ///   - onRoot: receives the root element, without children.
    ///   - onRecord: receives each child of the root, as long as no error has been found.
    /// - Returns: every error and warning, in the order found, and the file's SHA-256 when asked.
    package static func read(
        path: String,
        displayName: String,
        schema: CompiledXMLSchema?,
        expectedRoot: XMLName?,
        limits: XMLLimits = .standard,
        fingerprint: Bool = false,
        onRoot: (XMLElement) -> Void = { _ in },
        onRecord: (XMLElement) -> Void = { _ in }
    ) -> XMLReadOutcome {
        let conversion = NodeConversion()
        return readNodes(
            path: path, displayName: displayName, schema: schema, expectedRoot: expectedRoot, limits: limits,
            fingerprint: fingerprint, onRoot: onRoot, onRecord: { onRecord(conversion.element($0)) })
    }

    /// Reads `path` like ``read(path:displayName:schema:expectedRoot:limits:fingerprint:onRoot:onRecord:)``,
    /// handing over each record as an ``XMLRecordSnapshot`` instead of an element.
    ///
    /// A snapshot is cheap to take, so the reading thread can pass the records to another
    /// thread that turns them into elements (with one ``XMLRecordSnapshotReader``, in order)
    /// while it parses and validates on.
    ///
    /// - Returns: every error and warning, in the order found, and the file's SHA-256 when asked.
    package static func readSnapshots(
        path: String,
        displayName: String,
        schema: CompiledXMLSchema?,
        expectedRoot: XMLName?,
        limits: XMLLimits = .standard,
        fingerprint: Bool = false,
        onRoot: (XMLElement) -> Void = { _ in },
        onRecord: (XMLRecordSnapshot) -> Void
    ) -> XMLReadOutcome {
        var writer = RecordSnapshotWriter()
        defer { writer.release() }
        return readNodes(
            path: path, displayName: displayName, schema: schema, expectedRoot: expectedRoot, limits: limits,
            fingerprint: fingerprint, onRoot: onRoot, onRecord: { onRecord(writer.snapshot($0)) })
    }

    private static func readNodes(
        path: String, displayName: String, schema: CompiledXMLSchema?, expectedRoot: XMLName?, limits: XMLLimits,
        fingerprint: Bool, onRoot: (XMLElement) -> Void, onRecord: (xmlNodePtr) -> Void
    ) -> XMLReadOutcome {
        withSecureReader(path: path, displayName: displayName, limits: limits, hashing: fingerprint) {
            reader, collector in
            if let schema, xmlTextReaderSetSchema(reader, schema.pointer) != 0 {
                collector.addError("cannot attach the schema \(schema.path) to the parser")
                return
            }
            let session = ReadingSession(reader: reader, collector: collector, expectedRoot: expectedRoot)
            let completed = session.run(onRoot: onRoot, onRecord: onRecord)
            if completed, schema != nil, collector.errorCount == 0, xmlTextReaderIsValid(reader) != 1 {
                collector.addError("the document is not valid against its schema")
            }
        }
    }

    /// Reads only as far as the root element and returns its name (to pick a schema).
    ///
    /// - Returns: the root's name, or the diagnostics that stopped the reading.
    package static func rootName(path: String, displayName: String, limits: XMLLimits = .standard) -> Result<
        (name: XMLName, line: Int, column: Int), XMLDiagnosticList
    > {
        var found: (name: XMLName, line: Int, column: Int)?
        let diagnostics = readUntilRoot(path: path, displayName: displayName, limits: limits) { found = $0 }
        let errors = diagnostics.filter { $0.severity == .error }
        if let found, errors.isEmpty { return .success(found) }
        if errors.isEmpty {
            return .failure(
                XMLDiagnosticList([XMLDiagnostic(severity: .error, message: "no root element found", file: displayName)]
                ))
        }
        return .failure(XMLDiagnosticList(errors))
    }

    private static func readUntilRoot(
        path: String, displayName: String, limits: XMLLimits, found: ((name: XMLName, line: Int, column: Int)) -> Void
    ) -> [XMLDiagnostic] {
        withSecureReader(path: path, displayName: displayName, limits: limits, hashing: false) { reader, collector in
            let session = ReadingSession(reader: reader, collector: collector, expectedRoot: nil)
            if let root = session.firstElement() {
                let column = ElementColumnFinder(path: path).column(ofElement: root.name, line: root.line)
                found((XMLName(namespace: root.namespace, localName: root.name), root.line, column))
            }
        }.diagnostics
    }

    /// Opens `path` through ``GuardedInput`` with a reader that has our parse options and error
    /// capture, runs `body`, frees the reader, and returns what was collected with the file's
    /// SHA-256 (when `hashing` and the file was read without refusal).
    static func withSecureReader(
        path: String, displayName: String, limits: XMLLimits, hashing: Bool = true, wholeTree: Bool = false,
        body: (xmlTextReaderPtr, DiagnosticCollector) -> Void
    ) -> XMLReadOutcome {
        withSecureReader(
            path: path, displayName: displayName, limits: limits, hashing: hashing, wholeTree: wholeTree,
            open: { collector throws(InputRefusal) in try GuardedInput(path: path, limits: limits, collector: collector)
            },
            body: body)
    }

    /// Like ``withSecureReader(path:displayName:limits:hashing:body:)`` for a document in memory.
    static func withSecureReader(
        bytes: [UInt8], displayName: String, limits: XMLLimits, wholeTree: Bool = false,
        body: (xmlTextReaderPtr, DiagnosticCollector) -> Void
    ) -> XMLReadOutcome {
        withSecureReader(
            path: "", displayName: displayName, limits: limits, hashing: false, wholeTree: wholeTree,
            open: { collector throws(InputRefusal) in
                try GuardedInput(bytes: bytes, limits: limits, collector: collector)
            },
            body: body)
    }

    private static func withSecureReader(
        path: String, displayName: String, limits: XMLLimits, hashing: Bool, wholeTree: Bool,
        open: (DiagnosticCollector) throws(InputRefusal) -> GuardedInput,
        body: (xmlTextReaderPtr, DiagnosticCollector) -> Void
    ) -> XMLReadOutcome {
        LibXML2Runtime.ensureInitialized()
        let collector = DiagnosticCollector(displayName: displayName, path: path, maximumErrors: limits.maximumErrors)
        let input: GuardedInput
        do {
            input = try open(collector)
            input.hashes = hashing
        } catch {
            collector.add(
                XMLDiagnostic(
                    severity: .error, message: error.message, file: displayName, line: error.line,
                    isInputOutput: error.isInputOutput))
            return XMLReadOutcome(diagnostics: collector.diagnostics, sha256: nil)
        }
        let options = wholeTree ? parseOptions.wholeTree : parseOptions.records
        guard
            let reader = xmlReaderForIO(
                guardedRead, nil, Unmanaged.passUnretained(input).toOpaque(), path, nil, options)
        else {
            collector.addError("cannot create an XML parser (out of memory?)")
            return XMLReadOutcome(diagnostics: collector.diagnostics, sha256: nil)
        }
        defer { xmlFreeTextReader(reader) }
        withExtendedLifetime((input, collector)) {
            // libxml2 2.9's reader relays structured errors wrongly once a schema is plugged in
            // (it takes the schema plug for the parser context), so errors are caught with the
            // per-thread handler instead, for exactly the duration of this read.
            xmlSetStructuredErrorFunc(collector.opaque, structuredErrorHandler)
            defer { xmlSetStructuredErrorFunc(nil, nil) }
            body(reader, collector)
        }
        if let line = input.doctypeLine {
            ReadingSession.blameDoctype(line: line, collector: collector)
        }
        let complete = hashing && !collector.diagnostics.contains { $0.severity == .error }
        return XMLReadOutcome(diagnostics: collector.diagnostics, sha256: complete ? input.finishDigest() : nil)
    }
}

/// The libxml2 parse options: never entity substitution, DTD loading, XInclude or
/// `XML_PARSE_HUGE`.
///
/// A whole tree (a plan for a report, say) also drops the blank text between elements
/// (`XML_PARSE_NOBLANKS`): no FundingPlanner document has mixed content, so that text means
/// nothing, and without it the tree is smaller to build, validate, transform and free. A
/// whitespace-only element content (`<name> </name>`) is kept, so validation still refuses it.
/// Its short texts (up to 15 bytes: amounts, years, identifiers) are stored inside their text
/// nodes (`XML_PARSE_COMPACT`), one allocation fewer each; nothing here changes a tree once
/// read, which is what that option asks (libxml2's own tree functions and libxslt handle such
/// nodes).
let parseOptions = (
    records: Int32(XML_PARSE_NONET.rawValue | XML_PARSE_BIG_LINES.rawValue),
    wholeTree: Int32(
        XML_PARSE_NONET.rawValue | XML_PARSE_BIG_LINES.rawValue | XML_PARSE_NOBLANKS.rawValue
            | XML_PARSE_COMPACT.rawValue)
)

/// The C read callback (`xmlInputReadCallback`): pulls bytes through ``GuardedInput``.
let guardedRead: xmlInputReadCallback = { context, buffer, length in
    guard let context, let buffer, length > 0 else { return -1 }
    let input = Unmanaged<GuardedInput>.fromOpaque(context).takeUnretainedValue()
    return input.read(into: buffer, capacity: Int(length))
}
