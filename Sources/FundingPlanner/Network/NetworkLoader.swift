internal import FundingPlannerXML

extension NetworkProfile {
    /// Reads and checks a network profile.
    ///
    /// - Parameters:
    ///   - path: the profile's file.
    ///   - catalogue: the catalogue whose themes and models the profile may refer to.
    /// - Returns: the profile, any warnings, and the file with the digest of the bytes read.
    /// - Throws: ``DiagnosticsError`` with every problem found (schema and rules).
    public static func load(
        path: String, catalogue: Catalogue
    ) throws(DiagnosticsError) -> (profile: NetworkProfile, warnings: [Diagnostic], source: SourceFile) {
        let outcome = read(path, displayName: path, catalogue: catalogue)
        guard let profile = outcome.profile, let source = outcome.source, !outcome.diagnostics.containsErrors else {
            throw DiagnosticsError(outcome.diagnostics)
        }
        return (profile, outcome.diagnostics, source)
    }

    static func read(
        _ path: String, displayName: String, catalogue: Catalogue
    ) -> (profile: NetworkProfile?, diagnostics: [Diagnostic], source: SourceFile?) {
        var decoder = NetworkDecoder(path: path, displayName: displayName, catalogue: catalogue)
        let outcome = DocumentReader.stream(
            path: path, displayName: displayName, kind: .network,
            onRoot: { decoder.decodeRoot($0) }, onRecord: { decoder.decodeRecord($0) })
        guard !outcome.diagnostics.containsErrors else { return (nil, outcome.diagnostics, nil) }
        let profile = decoder.finish()
        let diagnostics = outcome.diagnostics + decoder.diagnostics
        return (diagnostics.containsErrors ? nil : profile, diagnostics, outcome.source)
    }
}
