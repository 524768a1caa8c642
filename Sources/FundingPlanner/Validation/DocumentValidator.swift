internal import FundingPlannerXML

/// Validates any FundingPlanner document: picks the schema from the root element's name and
/// namespace, validates while streaming, then applies the checks a schema cannot express.
public struct DocumentValidator: Sendable {
    /// The outcome for one file.
    public struct Report: Sendable {
        /// The file as the caller named it.
        public var file: String
        /// The kind recognised from the root element, if any.
        public var kind: DocumentKind?
        /// Every problem found (empty for a valid file).
        public var diagnostics: [Diagnostic]

        /// Valid when no diagnostic is an error (warnings allowed).
        public var isValid: Bool { !diagnostics.contains { $0.severity == .error } }
        /// Whether the file could not be read at all.
        public var isInputOutputFailure: Bool { diagnostics.contains { $0.isInputOutput } }
    }

    private let context: Catalogue

    /// A validator whose cross-file checks (themes, mechanisms, sources a catalogue refers to)
    /// see the definitions of `context`, normally the built-in catalogue.
    public init(context: Catalogue) {
        self.context = context
    }

    /// Validates the file at `path`.
    ///
    /// Never throws: every problem is in the report.
    public func validate(path: String) -> Report {
        let root: (name: XMLName, line: Int, column: Int)
        let largestLimit = XMLLimits(
            maximumFileSize: DocumentKind.allCases.map(DocumentLimits.maximumFileSize).max() ?? 0)
        switch XMLRecordReader.rootName(path: path, displayName: path, limits: largestLimit) {
        case .success(let found): root = found
        case .failure(let list):
            return Report(
                file: path, kind: nil, diagnostics: SchemaMessages.translate(list.diagnostics, kind: nil, path: path))
        }
        guard let kind = DocumentKind.kind(namespace: root.name.namespace, rootElement: root.name.localName) else {
            let known = DocumentKind.allCases.map { "<\($0.rootElement) xmlns=\"\($0.namespace)\">" }.joined(
                separator: ", ")
            var diagnostic = Diagnostic(
                severity: .error,
                message: "the root element \(root.name) is not a FundingPlanner document; expected one of \(known)",
                file: path, line: root.line, column: root.column
            )
            diagnostic.translations[.nl] =
                "het hoofdelement \(root.name) is geen FundingPlanner-document; verwacht is een van \(known)"
            return Report(file: path, kind: nil, diagnostics: [diagnostic])
        }
        switch kind {
        case .catalogue:
            // Each model is checked and let go: memory stays flat in the number of models.
            let outcome = CatalogueLoader.read(path, displayName: path, inheriting: context, keepsModels: false)
            return Report(file: path, kind: kind, diagnostics: outcome.diagnostics)
        case .network:
            let outcome = NetworkProfile.read(path, displayName: path, catalogue: context)
            return Report(file: path, kind: kind, diagnostics: outcome.diagnostics)
        case .rubric:
            do {
                _ = try Rubric.load(path: path)
                return Report(file: path, kind: kind, diagnostics: [])
            } catch {
                return Report(file: path, kind: kind, diagnostics: error.diagnostics)
            }
        case .call:
            do {
                let call = try CallRules.load(path: path)
                return Report(
                    file: path, kind: kind,
                    diagnostics: call.unknownGrantModel(in: context, path: path).map { [$0] } ?? [])
            } catch {
                return Report(file: path, kind: kind, diagnostics: error.diagnostics)
            }
        case .scenarios:
            do {
                _ = try ScenarioFile.load(path: path, catalogue: context, network: nil)
                return Report(file: path, kind: kind, diagnostics: [])
            } catch {
                return Report(file: path, kind: kind, diagnostics: error.diagnostics)
            }
        case .lexicon:
            // After the built-in lexicon, so that a broader concept may be a built-in one.
            switch Result(catching: { () throws(DiagnosticsError) in try LexiconLoader(additionalPaths: [path]).load() }
            ) {
            case .success(let loaded): return Report(file: path, kind: kind, diagnostics: loaded.warnings)
            case .failure(let error): return Report(file: path, kind: kind, diagnostics: error.diagnostics)
            }
        case .match, .plan, .reviewerSheet, .review, .regions:
            return Report(
                file: path, kind: kind, diagnostics: DocumentReader.stream(path: path, kind: kind).diagnostics)
        }
    }
}
