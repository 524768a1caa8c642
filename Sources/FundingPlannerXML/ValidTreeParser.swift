internal import CLibXML2

/// The quick way to a whole, valid document tree: parse the document in one pass, then
/// validate the finished tree (`xmlSchemaValidateDoc`), with no diagnostics collected.
///
/// Measured with a small C program over the example plans on this machine kind, reading and
/// validating this way took 0.81 ms a plan against 1.01 ms through `xmlReaderForIO` with a
/// plugged schema (the reader feeds a push parser 512 bytes at a time). It only answers "here is the tree" or "ask the reader":
/// a document it does not accept (a refusal by ``GuardedInput``, a parser error, a schema error
/// or warning, another root) is read again by the streaming reader, which reports exactly what
/// it always reported, with its positions. So a valid document costs one read and an invalid one
/// two. A DOCTYPE is the exception: it is refused here, at its line, since the streaming reader
/// would first trip over what the DOCTYPE declares (an entity bomb, for one).
///
/// The same protections hold: the bytes pass through ``GuardedInput`` (size and attribute
/// limits); the options are the reader's for a whole tree (no entity substitution, no DTD
/// loading, no `XML_PARSE_HUGE`, no blank text between elements); and the parser stops at the start of a DOCTYPE, before it
/// reads any declaration in it.
enum ValidTreeParser {
    /// What the quick read found.
    enum Verdict {
        /// The document is well-formed, has the expected root, is valid and raised nothing.
        case valid(OwnedXMLDocument)
        /// The document has a DOCTYPE, starting on this line; nothing after its name was read.
        case doctype(line: Int)
        /// Anything else: the streaming reader must tell what.
        case unaccepted
    }

    /// Reads the document `open` yields: ``Verdict/valid(_:)`` when it is well-formed, has
    /// `expectedRoot` (when given), is valid against `schema` (when given) and raised no error or
    /// warning at all.
    static func read(
        schema: CompiledXMLSchema?, expectedRoot: XMLName?, limits: XMLLimits,
        open: (DiagnosticCollector) throws(InputRefusal) -> GuardedInput
    ) -> Verdict {
        LibXML2Runtime.ensureInitialized()
        let collector = DiagnosticCollector(displayName: "", maximumErrors: 1)
        guard let input = try? open(collector) else { return .unaccepted }
        input.hashes = false
        let problems = ProblemCounter()
        return withExtendedLifetime((input, collector, problems)) { () -> Verdict in
            xmlSetStructuredErrorFunc(Unmanaged.passUnretained(problems).toOpaque(), countProblem)
            defer { xmlSetStructuredErrorFunc(nil, nil) }
            let parsed = parse(input, problems)
            if let line = problems.doctypeLine { return .doctype(line: line) }
            guard let document = parsed, problems.count == 0, collector.errorCount == 0,
                hasRoot(document.pointer, expectedRoot), isValid(document.pointer, schema, problems)
            else { return .unaccepted }
            return .valid(document)
        }
    }

    /// Parses the whole document; `nil` when the parser stopped or found it not well-formed.
    private static func parse(_ input: GuardedInput, _ problems: ProblemCounter) -> OwnedXMLDocument? {
        var handler = xmlSAXHandler()
        xmlSAXVersion(&handler, 2)
        handler.internalSubset = stopAtDoctype
        guard
            let context = xmlCreateIOParserCtxt(
                &handler, nil, guardedRead, nil, Unmanaged.passUnretained(input).toOpaque(), XML_CHAR_ENCODING_NONE)
        else { return nil }
        defer { xmlFreeParserCtxt(context) }
        context.pointee._private = Unmanaged.passUnretained(problems).toOpaque()
        _ = xmlCtxtUseOptions(context, parseOptions.wholeTree)
        let parsed = xmlParseDocument(context)
        guard let tree = context.pointee.myDoc else { return nil }
        context.pointee.myDoc = nil
        let document = OwnedXMLDocument(pointer: tree)
        let stopped = context.pointee.disableSAX != 0 || context.pointee.errNo != 0
        guard parsed == 0, context.pointee.wellFormed != 0, !stopped else { return nil }
        return document
    }

    private static func hasRoot(_ document: xmlDocPtr, _ expectedRoot: XMLName?) -> Bool {
        guard let root = xmlDocGetRootElement(document) else { return false }
        guard let expectedRoot else { return true }
        let name = root.pointee.name.map { String(cString: $0) }
        let namespace = root.pointee.ns?.pointee.href.map { String(cString: $0) }
        return XMLName(namespace: namespace, localName: name ?? "") == expectedRoot
    }

    private static func isValid(_ document: xmlDocPtr, _ schema: CompiledXMLSchema?, _ problems: ProblemCounter)
        -> Bool
    {
        guard let schema else { return true }
        guard let validation = xmlSchemaNewValidCtxt(schema.pointer) else { return false }
        defer { xmlSchemaFreeValidCtxt(validation) }
        xmlSchemaSetValidStructuredErrors(validation, countProblem, Unmanaged.passUnretained(problems).toOpaque())
        return xmlSchemaValidateDoc(validation, document) == 0 && problems.count == 0
    }
}

/// Counts every error and warning libxml2 raises during a quick read, and notes a DOCTYPE.
private final class ProblemCounter {
    var count = 0
    var doctypeLine: Int?
}

private let countProblem: xmlStructuredErrorFunc = { context, _ in
    guard let context else { return }
    Unmanaged<ProblemCounter>.fromOpaque(context).takeUnretainedValue().count += 1
}

/// The SAX `internalSubset` callback: a DOCTYPE stops the parser before its declarations.
private let stopAtDoctype: internalSubsetSAXFunc = { context, _, _, _ in
    guard let parser = context?.assumingMemoryBound(to: xmlParserCtxt.self) else { return }
    if let problems = parser.pointee._private {
        let line = parser.pointee.input.map { Int($0.pointee.line) } ?? 0
        Unmanaged<ProblemCounter>.fromOpaque(problems).takeUnretainedValue().doctypeLine = line
    }
    xmlStopParser(parser)
}
