import Foundation
internal import FundingPlannerXML
internal import FundingPlannerResources
import Synchronization

/// The document schemas, each compiled once, on first use, one at a time (libxml2's schema
/// parser is not safe to run concurrently), and shared afterwards.
///
/// Compiling registers the schema folder's files with the restrictive external-entity loader,
/// so `xs:import`/`xs:include` are served locally and nothing else is ever loaded.
final class SchemaSet: Sendable {
    private let folder: URL
    private let compiled: Mutex<[DocumentKind: CompiledXMLSchema]>

    /// The shared set, or the error that the shipped schemas cannot be found.
    static let shared: Result<SchemaSet, DiagnosticsError> = {
        guard let root = ResourceLocation.root else {
            return .failure(DiagnosticsError([Diagnostic(
                severity: .error,
                message: "cannot find FundingPlanner's resources (catalogues and schemas); keep the folder \(ResourceLocation.bundleFolderName) next to the fundplan binary or set FUNDPLAN_RESOURCES",
                file: "fundplan", isInputOutput: true
            )]))
        }
        return .success(SchemaSet(folder: root.appendingPathComponent("catalogues/schema")))
    }()

    init(folder: URL) {
        self.folder = folder
        compiled = Mutex([:])
        let files = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        LibXML2Runtime.allowExternalFiles(files.filter { $0.hasSuffix(".xsd") }.map { folder.appendingPathComponent($0).path })
    }

    /// The compiled schema of `kind`.
    /// - Throws: when the shipped schema is missing or does not compile (a broken installation).
    func schema(for kind: DocumentKind) throws(DiagnosticsError) -> CompiledXMLSchema {
        let path = folder.appendingPathComponent(kind.schemaFileName).path
        let result: Result<CompiledXMLSchema, DiagnosticsError> = compiled.withLock { cache in
            if let known = cache[kind] { return .success(known) }
            switch Result(catching: { () throws(XMLDiagnosticList) in try CompiledXMLSchema.compile(path: path) }) {
            case .success(let schema):
                cache[kind] = schema
                return .success(schema)
            case .failure(let error):
                return .failure(DiagnosticsError(error.diagnostics.map(Diagnostic.init), kind: .inputOutput))
            }
        }
        return try result.get()
    }

    /// The shared set, or a thrown error when the shipped schemas are missing.
    static func load() throws(DiagnosticsError) -> SchemaSet {
        try shared.get()
    }
}
