import Foundation
internal import FundingPlannerXML
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
    static let shared: Result<SchemaSet, DiagnosticsError> = Result { () throws(DiagnosticsError) in
        SchemaSet(folder: try BuiltInResources.root().appendingPathComponent("catalogues/schema"))
    }

    init(folder: URL) {
        self.folder = folder
        compiled = Mutex([:])
        LibXML2Runtime.allowExternalFiles(BuiltInResources.files(in: folder.path, endingIn: ".xsd"))
    }

    /// The compiled schema of `kind`.
    /// - Throws: when the shipped schema is missing or does not compile (a broken installation).
    func schema(for kind: DocumentKind) throws(DiagnosticsError) -> CompiledXMLSchema {
        let result: Result<CompiledXMLSchema, DiagnosticsError> = compiled.withLock { cache in
            if let known = cache[kind] { return .success(known) }
            let path = folder.appendingPathComponent(kind.schemaFileName).path
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
