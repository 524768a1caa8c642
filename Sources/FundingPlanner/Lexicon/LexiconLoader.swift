import Foundation
internal import FundingPlannerXML

/// Loads the built-in concept lexicon and the user's lexicon files (`--lexicon`), each validated
/// against `lexicon-1.xsd` while streaming, and merges them in order.
///
/// A later file adds concepts; a concept with the id of an earlier one replaces it. A broader
/// concept that no file defines is a warning, and the link is left out.
public struct LexiconLoader: Sendable {
    /// Extra lexicon files or folders, merged after the built-in lexicon in this order.
    public var additionalPaths: [String]
    /// Whether to start from the built-in lexicon.
    public var includesDefault: Bool

    /// A loader of the built-in lexicon (unless `includesDefault` is false) and `additionalPaths`.
    public init(additionalPaths: [String] = [], includesDefault: Bool = true) {
        self.additionalPaths = additionalPaths
        self.includesDefault = includesDefault
    }

    /// The merged lexicon and the warnings found on the way.
    public struct Loaded: Sendable {
        /// The merged lexicon.
        public var lexicon: ConceptLexicon
        /// Warnings of every file.
        public var warnings: [Diagnostic]
        /// Every file read, in merge order, with the digest of its bytes.
        public var files: [SourceFile]
    }

    /// Loads and merges every lexicon file.
    ///
    /// - Throws: ``DiagnosticsError`` with every problem of every file when any file has an error.
    public func load() throws(DiagnosticsError) -> Loaded {
        var files: [(path: String, displayName: String)] = []
        if includesDefault {
            let folder = try BuiltInResources.path("catalogues/lexicon")
            files += BuiltInResources.files(in: folder, endingIn: ".xml").map { ($0, BuiltInResources.label($0)) }
        }
        var problems: [Diagnostic] = []
        for path in additionalPaths {
            var isDirectory: ObjCBool = false
            if !FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) {
                problems.append(
                    Diagnostic(
                        severity: .error, message: "no such file or folder; check the path given to --lexicon",
                        file: path, isInputOutput: true))
            } else if isDirectory.boolValue {
                files += BuiltInResources.files(in: path, endingIn: ".xml").map { ($0, $0) }
            } else {
                files.append((path, path))
            }
        }
        var concepts: [Concept] = []
        var warnings: [Diagnostic] = []
        var sources: [SourceFile] = []
        for file in files {
            var decoded: [Concept] = []
            var decodingProblems: [Diagnostic] = []
            let outcome = DocumentReader.stream(
                path: file.path, displayName: file.displayName, kind: .lexicon,
                fingerprint: !file.displayName.hasPrefix("(built-in)"),
                onRecord: { element in
                    guard element.name == "concept" else { return }
                    guard concepts.count + decoded.count < DocumentLimits.maximumConcepts else {
                        if decodingProblems.isEmpty {
                            decodingProblems.append(
                                Diagnostic(
                                    severity: .error,
                                    message:
                                        "the lexicon files hold more than \(DocumentLimits.maximumConcepts) concepts together",
                                    file: file.displayName, line: element.line))
                        }
                        return
                    }
                    switch Result(catching: { () throws(DecodingProblem) in
                        try Self.decode(element, file: file.displayName)
                    }) {
                    case .success(let concept): decoded.append(concept)
                    case .failure(let problem):
                        decodingProblems.append(
                            Diagnostic(
                                severity: .error, message: problem.message, file: file.displayName, line: problem.line))
                    }
                })
            let diagnostics = outcome.diagnostics + decodingProblems
            if diagnostics.containsErrors {
                problems += diagnostics
            } else {
                warnings += diagnostics
                concepts += decoded
                if let source = outcome.source { sources.append(source) }
            }
        }
        guard problems.isEmpty else { throw DiagnosticsError(problems + warnings) }
        let known = Set(concepts.map(\.id))
        for (position, concept) in concepts.enumerated() {
            let unknown = concept.broader.filter { !known.contains($0) }
            guard !unknown.isEmpty else { continue }
            warnings.append(
                Diagnostic(
                    severity: .warning,
                    message:
                        "concept \(concept.id) names unknown broader concept(s) \(unknown.joined(separator: ", ")); the link is left out",
                    file: concept.origin.file, line: concept.origin.line))
            concepts[position].broader.removeAll { !known.contains($0) }
        }
        return Loaded(lexicon: ConceptLexicon(concepts: concepts), warnings: warnings, files: sources)
    }

    static func decode(_ element: XMLElement, file: String) throws(DecodingProblem) -> Concept {
        let id = try element.required("id").trimmingWhitespace()
        let kind = try element.required("kind", token: ConceptKind.self)
        let broader = (element.attribute("broader") ?? "").split(whereSeparator: {
            $0 == " " || $0 == "\t" || $0 == "\n"
        }).map(String.init)
        let terms = element.children.compactMap { child -> Concept.Term? in
            guard child.name == "term" else { return nil }
            return Concept.Term(language: child.language ?? "", text: child.text.trimmingWhitespace())
        }
        return Concept(
            id: id, kind: kind, broader: broader, isBroad: element.flag("broad"), label: element.localized("label"),
            terms: terms, origin: SourcePosition(file: file, line: element.line))
    }
}
