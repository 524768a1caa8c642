internal import CLibXML2

/// The reading loop over one `xmlTextReader`: root, DOCTYPE refusal, records.
struct ReadingSession {
    let reader: xmlTextReaderPtr
    let collector: DiagnosticCollector
    let expectedRoot: XMLName?
    private let conversion = NodeConversion()

    init(reader: xmlTextReaderPtr, collector: DiagnosticCollector, expectedRoot: XMLName?) {
        self.reader = reader
        self.collector = collector
        self.expectedRoot = expectedRoot
    }

    private static let elementType = Int32(XML_READER_TYPE_ELEMENT.rawValue)
    private static let doctypeType = Int32(XML_READER_TYPE_DOCUMENT_TYPE.rawValue)
    private static let endElementType = Int32(XML_READER_TYPE_END_ELEMENT.rawValue)
    private static let truncationMessage =
        "the document ends before all its elements are closed; the file may be cut off or an end tag is missing"

    /// Reads the whole document.
    ///
    /// Returns `true` when the end was reached without a stop. `onRecord` gets each child of the
    /// root, expanded (and so validated), while no error has been found; its nodes are freed as
    /// soon as it returns.
    func run(onRoot: (XMLElement) -> Void, onRecord: (xmlNodePtr) -> Void) -> Bool {
        var status = xmlTextReaderRead(reader)
        var sawRoot = false
        var sawRootEnd = false
        while status == 1 {
            if collector.isFull { return false }
            let type = xmlTextReaderNodeType(reader)
            if type == Self.doctypeType {
                refuseDoctype()
                return false
            }
            if type == Self.endElementType && xmlTextReaderDepth(reader) == 0 {
                sawRootEnd = true
            }
            if type == Self.elementType {
                let depth = xmlTextReaderDepth(reader)
                if depth == 0 {
                    guard let node = xmlTextReaderCurrentNode(reader) else { return false }
                    let root = conversion.shallowElement(node)
                    guard acceptRoot(root) else { return false }
                    sawRoot = true
                    onRoot(root)
                } else if depth == 1 {
                    guard let node = xmlTextReaderExpand(reader) else {
                        collector.rewrite(code: 5, as: Self.truncationMessage)
                        if !collector.diagnostics.contains(where: {
                            $0.severity == .error && $0.line >= Int(xmlTextReaderGetParserLineNumber(reader))
                        }) {
                            collector.addError(
                                Self.truncationMessage,
                                line: Int(xmlTextReaderGetParserLineNumber(reader)),
                                column: Int(xmlTextReaderGetParserColumnNumber(reader))
                            )
                        }
                        return false
                    }
                    if collector.errorCount == 0 {
                        onRecord(node)
                    }
                    status = xmlTextReaderNext(reader)
                    continue
                }
            }
            status = xmlTextReaderRead(reader)
        }
        if status < 0 {
            if sawRoot && !sawRootEnd {
                // libxml2's reader calls a cut-off file "Extra content at the end of the document".
                collector.rewrite(code: 5, as: Self.truncationMessage)
            }
            if collector.errorCount == 0 {
                collector.addError(
                    "the XML parser stopped here; the file is not well-formed XML",
                    line: Int(xmlTextReaderGetParserLineNumber(reader)))
            }
            return false
        }
        if !sawRoot && collector.errorCount == 0 {
            collector.addError("the file has no root element; it is not an XML document")
        }
        return true
    }

    /// Reads the whole document as one tree (validated on the way) and keeps it for the
    /// caller (`xmlTextReaderExpand` + `xmlTextReaderPreserve` on the root).
    func readWholeTree() -> Bool {
        var status = xmlTextReaderRead(reader)
        while status == 1 {
            let type = xmlTextReaderNodeType(reader)
            if type == Self.doctypeType {
                refuseDoctype()
                return false
            }
            if type == Self.elementType {
                guard let node = xmlTextReaderCurrentNode(reader) else { return false }
                guard acceptRoot(conversion.shallowElement(node)) else { return false }
                guard xmlTextReaderExpand(reader) != nil else {
                    collector.rewrite(code: 5, as: Self.truncationMessage)
                    if collector.errorCount == 0 {
                        collector.addError(Self.truncationMessage, line: Int(xmlTextReaderGetParserLineNumber(reader)))
                    }
                    return false
                }
                _ = xmlTextReaderPreserve(reader)
                status = xmlTextReaderNext(reader)
                while status == 1 { status = xmlTextReaderRead(reader) }
                return status == 0
            }
            status = xmlTextReaderRead(reader)
        }
        if status == 0 && collector.errorCount == 0 {
            collector.addError("the file has no root element; it is not an XML document")
        }
        return false
    }

    /// Reads up to the first element and returns it without children (no root check).
    func firstElement() -> XMLElement? {
        var status = xmlTextReaderRead(reader)
        while status == 1 {
            let type = xmlTextReaderNodeType(reader)
            if type == Self.doctypeType {
                refuseDoctype()
                return nil
            }
            if type == Self.elementType {
                guard let node = xmlTextReaderCurrentNode(reader) else { return nil }
                return conversion.shallowElement(node)
            }
            status = xmlTextReaderRead(reader)
        }
        if status == 0 && collector.errorCount == 0 {
            collector.addError("the file has no root element; it is not an XML document")
        }
        return nil
    }

    /// What a document with a DOCTYPE is told.
    static let doctypeMessage =
        "a DOCTYPE is not allowed in FundingPlanner documents (it can declare entities and external files); remove the <!DOCTYPE …> declaration"

    /// The refusal of a document whose DOCTYPE is on or before `line`: at the `<!DOCTYPE`'s own
    /// line and column, searched in the file when there is one (`path` not empty).
    static func doctypeRefusal(line: Int, displayName: String, path: String) -> XMLDiagnostic {
        let position =
            path.isEmpty
            ? nil : ElementColumnFinder(path: path).firstOccurrence(ofElement: "!DOCTYPE", throughLine: max(1, line))
        return XMLDiagnostic(
            severity: .error, message: doctypeMessage, file: displayName, line: position?.line ?? line,
            column: position?.column ?? 0)
    }

    /// Makes sure a document with a DOCTYPE (seen on `line` in its bytes) is refused for it.
    ///
    /// The reader refuses the DOCTYPE when it reaches it, but the parser can fail first on what
    /// the DOCTYPE declares (an entity bomb ends in "entity loop" and "not closed" errors that
    /// point elsewhere): then the DOCTYPE is the one thing to tell, at its own position.
    static func blameDoctype(line: Int, collector: DiagnosticCollector) {
        guard !collector.diagnostics.contains(where: { $0.message == doctypeMessage }) else { return }
        collector.replaceAll(
            with: doctypeRefusal(line: line, displayName: collector.displayName, path: collector.path))
    }

    /// Refuses the DOCTYPE node the reader has just reached (the parser is already past it).
    private func refuseDoctype() {
        collector.dropSchemaErrors()
        let refusal = Self.doctypeRefusal(
            line: Int(xmlTextReaderGetParserLineNumber(reader)), displayName: collector.displayName,
            path: collector.path)
        collector.addError(refusal.message, line: refusal.line, column: refusal.column)
    }

    private func acceptRoot(_ root: XMLElement) -> Bool {
        guard let expectedRoot else { return true }
        let found = XMLName(namespace: root.namespace, localName: root.name)
        guard found != expectedRoot else { return true }
        collector.dropSchemaErrors()
        let hint =
            found.localName == expectedRoot.localName
            ? "set xmlns=\"\(expectedRoot.namespace ?? "")\" on the root element"
            : "this file holds a different kind of document"
        collector.addError(
            "the root element is \(found), expected \(expectedRoot); \(hint)",
            line: root.line
        )
        return false
    }
}
