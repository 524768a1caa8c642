internal import FundingPlannerXML

/// A small document of one kind read whole: its root element and its top-level records,
/// validated against the kind's schema while streaming.
struct DocumentRecords {
    var root: XMLElement
    var records: [XMLElement]

    /// Reads `path` as a document of `kind`.
    /// - Throws: ``DiagnosticsError`` with every schema or parse problem.
    static func read(path: String, kind: DocumentKind) throws(DiagnosticsError) -> DocumentRecords {
        let schemas = try SchemaSet.load()
        var root: XMLElement?
        var records: [XMLElement] = []
        let diagnostics = XMLRecordReader.read(
            path: path, displayName: path, schema: try schemas.schema(for: kind),
            expectedRoot: XMLName(namespace: kind.namespace, localName: kind.rootElement),
            limits: DocumentLimits.xml(kind),
            onRoot: { root = $0 }, onRecord: { records.append($0) }
        ).map(Diagnostic.init)
        guard !diagnostics.containsErrors, let root else { throw DiagnosticsError(diagnostics) }
        return DocumentRecords(root: root, records: records)
    }

    /// The records called `name`.
    func records(named name: String) -> [XMLElement] {
        records.filter { $0.name == name }
    }
}
