internal import FundingPlannerXML

extension NetworkProfile {
    /// Reads and checks a network profile.
    ///
    /// - Parameters:
    ///   - path: the profile's file.
    ///   - catalogue: the catalogue whose themes and models the profile may refer to.
    /// - Returns: the profile and any warnings.
    /// - Throws: ``DiagnosticsError`` with every problem found (schema and rules).
    public static func load(path: String, catalogue: Catalogue) throws(DiagnosticsError) -> (profile: NetworkProfile, warnings: [Diagnostic]) {
        let schemas = try SchemaSet.load()
        let outcome = read(path, displayName: path, catalogue: catalogue, schemas: schemas)
        guard let profile = outcome.profile, !outcome.diagnostics.containsErrors else {
            throw DiagnosticsError(outcome.diagnostics)
        }
        return (profile, outcome.diagnostics)
    }

    static func read(_ path: String, displayName: String, catalogue: Catalogue, schemas: SchemaSet) -> (profile: NetworkProfile?, diagnostics: [Diagnostic]) {
        var decoder = NetworkDecoder(path: path, displayName: displayName, catalogue: catalogue)
        let kind = DocumentKind.network
        let schema: CompiledXMLSchema
        do {
            schema = try schemas.schema(for: kind)
        } catch {
            return (nil, error.diagnostics)
        }
        let xmlDiagnostics = XMLRecordReader.read(
            path: path, displayName: displayName, schema: schema,
            expectedRoot: XMLName(namespace: kind.namespace, localName: kind.rootElement),
            limits: DocumentLimits.xml(kind),
            onRoot: { decoder.decodeRoot($0) },
            onRecord: { decoder.decodeRecord($0) }
        ).map(Diagnostic.init)
        guard !xmlDiagnostics.containsErrors else { return (nil, xmlDiagnostics) }
        let profile = decoder.finish()
        return (profile, xmlDiagnostics + decoder.diagnostics)
    }
}
