internal import FundingPlannerXML

/// A small document of one kind read whole: its root element and its top-level records,
/// validated against the kind's schema while streaming.
struct DocumentRecords {
    var root: XMLElement
    var records: [XMLElement]
    /// The file, with the digest of the bytes read.
    var source: SourceFile

    /// Reads `path` as a document of `kind`.
    /// - Throws: ``DiagnosticsError`` with every schema or parse problem.
    static func read(path: String, kind: DocumentKind) throws(DiagnosticsError) -> DocumentRecords {
        var root: XMLElement?
        var records: [XMLElement] = []
        let outcome = DocumentReader.stream(
            path: path, kind: kind, onRoot: { root = $0 }, onRecord: { records.append($0) })
        guard let root, let source = outcome.source else { throw DiagnosticsError(outcome.diagnostics) }
        return DocumentRecords(root: root, records: records, source: source)
    }

    /// The records called `name`.
    func records(named name: String) -> [XMLElement] {
        records.filter { $0.name == name }
    }
}
