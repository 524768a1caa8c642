import Foundation
internal import FundingPlannerXML
internal import FundingPlannerResources

/// Every document schema, compiled once, serially, on first use, and shared afterwards.
///
/// Compiling registers the schema folder's files with the restrictive external-entity loader,
/// so `xs:import` of `xml.xsd` is served locally and nothing else is ever loaded.
struct SchemaSet: Sendable {
    private let schemas: [DocumentKind: CompiledXMLSchema]

    /// The shared set, or the diagnostics that prevented compiling it.
    static let shared: Result<SchemaSet, DiagnosticsError> = {
        guard let root = ResourceLocation.root else {
            return .failure(DiagnosticsError([Diagnostic(
                severity: .error,
                message: "cannot find FundingPlanner's resources (catalogues and schemas); keep the folder \(ResourceLocation.bundleFolderName) next to the fundplan binary or set FUNDPLAN_RESOURCES",
                file: "fundplan", isInputOutput: true
            )]))
        }
        return compile(schemaFolder: root.appendingPathComponent("catalogues/schema"))
    }()

    static func compile(schemaFolder: URL) -> Result<SchemaSet, DiagnosticsError> {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: schemaFolder.path)) ?? []
        LibXML2Runtime.allowExternalFiles(files.filter { $0.hasSuffix(".xsd") }.map { schemaFolder.appendingPathComponent($0).path })
        var schemas: [DocumentKind: CompiledXMLSchema] = [:]
        for kind in DocumentKind.allCases {
            do {
                schemas[kind] = try CompiledXMLSchema.compile(path: schemaFolder.appendingPathComponent(kind.schemaFileName).path)
            } catch {
                return .failure(DiagnosticsError(error.diagnostics.map(Diagnostic.init), kind: .inputOutput))
            }
        }
        return .success(SchemaSet(schemas: schemas))
    }

    func schema(for kind: DocumentKind) -> CompiledXMLSchema {
        schemas[kind]!
    }

    /// The shared set, or a thrown error when the shipped schemas are missing or broken.
    static func load() throws(DiagnosticsError) -> SchemaSet {
        try shared.get()
    }
}
