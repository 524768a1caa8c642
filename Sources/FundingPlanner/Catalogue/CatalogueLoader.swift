import Foundation
internal import FundingPlannerXML
internal import FundingPlannerResources

/// Loads the built-in catalogue and the user's catalogue files, validates each against the
/// catalogue schema while streaming it, checks the cross-file rules, and merges them in order.
///
/// A user file may add themes, mechanisms and sources, add models, and replace a built-in
/// model by reusing its id. A folder stands for the `.xml` files in it, in name order.
public struct CatalogueLoader: Sendable {
    /// Extra catalogue files or folders, merged after the built-in catalogue in this order.
    public var additionalPaths: [String]
    /// Whether to start from the built-in default catalogue.
    public var includesDefault: Bool
    /// The most models all files may hold together (``DocumentLimits/maximumModels``; lowered
    /// only by tests).
    var maximumModels = DocumentLimits.maximumModels

    public init(additionalPaths: [String] = [], includesDefault: Bool = true) {
        self.additionalPaths = additionalPaths
        self.includesDefault = includesDefault
    }

    /// The result of loading: the merged catalogue and the warnings found on the way.
    public struct Loaded: Sendable {
        public var catalogue: Catalogue
        public var warnings: [Diagnostic]
    }

    /// Loads and merges every catalogue file.
    ///
    /// - Throws: ``DiagnosticsError`` with every problem of every file when any file has an
    ///   error; files are all read so that one run shows all problems.
    public func load() throws(DiagnosticsError) -> Loaded {
        let schemas = try SchemaSet.load()
        var files: [(path: String, displayName: String)] = []
        if includesDefault {
            files += try Self.defaultCatalogueFiles().map { ($0, Self.shortName($0)) }
        }
        var problems: [Diagnostic] = []
        for path in additionalPaths {
            switch Self.expand(path) {
            case .success(let expanded): files += expanded.map { ($0, $0) }
            case .failure(let error): problems += error.diagnostics
            }
        }
        var catalogue = Catalogue()
        var warnings: [Diagnostic] = []
        for file in files {
            let outcome = Self.read(file.path, displayName: file.displayName, inheriting: catalogue, schemas: schemas, maximumModels: maximumModels)
            let diagnostics = outcome.diagnostics
            if diagnostics.containsErrors {
                problems += diagnostics
            } else {
                warnings += diagnostics
                if let decoded = outcome.file { catalogue.merge(decoded) }
            }
        }
        guard problems.isEmpty else { throw DiagnosticsError(problems + warnings) }
        return Loaded(catalogue: catalogue, warnings: warnings)
    }

    /// Reads one catalogue file against what the earlier files defined.
    ///
    /// Parsing and validation run on the calling thread; decoding the records runs on a second
    /// thread at the same time, fed in order through a bounded hand-off.
    static func read(
        _ path: String, displayName: String, inheriting catalogue: Catalogue, schemas: SchemaSet,
        maximumModels: Int = DocumentLimits.maximumModels
    ) -> (file: CatalogueFile?, diagnostics: [Diagnostic]) {
        let kind = DocumentKind.catalogue
        let schema: CompiledXMLSchema
        do {
            schema = try schemas.schema(for: kind)
        } catch {
            return (nil, error.diagnostics)
        }
        let decoding = DecodingThread(decoder: CatalogueFileDecoder(path: path, displayName: displayName, inheriting: catalogue, maximumModels: maximumModels))
        let xmlDiagnostics = XMLRecordReader.read(
            path: path,
            displayName: displayName,
            schema: schema,
            expectedRoot: XMLName(namespace: kind.namespace, localName: kind.rootElement),
            limits: DocumentLimits.xml(kind),
            onRoot: { decoding.handOff.put(.root($0)) },
            onRecord: { decoding.handOff.put(.record($0)) }
        )
        let decoder = decoding.finish()
        let diagnostics = xmlDiagnostics.map(Diagnostic.init) + decoder.diagnostics
        return (diagnostics.containsErrors ? nil : decoder.file, diagnostics)
    }

    /// The built-in catalogue files: the `.xml` files directly in the shipped `catalogues/` folder.
    static func defaultCatalogueFiles() throws(DiagnosticsError) -> [String] {
        guard let root = ResourceLocation.root else {
            throw DiagnosticsError([Diagnostic(severity: .error, message: "cannot find the built-in catalogue; keep the folder \(ResourceLocation.bundleFolderName) next to the fundplan binary or set FUNDPLAN_RESOURCES", file: "fundplan", isInputOutput: true)])
        }
        let folder = root.appendingPathComponent("catalogues").path
        return xmlFiles(in: folder)
    }

    /// The built-in catalogue files as plan inputs (labelled without the machine's path).
    public static func defaultCatalogueInputs() -> [Planner.InputFile] {
        ((try? defaultCatalogueFiles()) ?? []).map { Planner.InputFile(role: "catalogue", path: $0, label: shortName($0)) }
    }

    static func shortName(_ path: String) -> String {
        guard let range = path.range(of: "/catalogues/", options: .backwards) else { return path }
        return "(built-in) " + String(path[range.lowerBound...].dropFirst())
    }

    /// A file stays a file; a folder becomes its `.xml` files in name order.
    static func expand(_ path: String) -> Result<[String], DiagnosticsError> {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            return .failure(DiagnosticsError([Diagnostic(severity: .error, message: "no such file or folder; check the path given to --catalogue", file: path, isInputOutput: true)]))
        }
        guard isDirectory.boolValue else { return .success([path]) }
        let files = xmlFiles(in: path)
        guard !files.isEmpty else {
            return .failure(DiagnosticsError([Diagnostic(severity: .error, message: "this folder holds no .xml catalogue files", file: path, isInputOutput: true)]))
        }
        return .success(files)
    }

    private static func xmlFiles(in folder: String) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return names.filter { $0.hasSuffix(".xml") }.sorted().map { (folder as NSString).appendingPathComponent($0) }
    }
}

/// The catalogue decoder running on its own thread, fed by the parsing thread.
private final class DecodingThread: @unchecked Sendable {
    enum Item: Sendable {
        case root(XMLElement)
        case record(XMLElement)
    }

    let handOff = OrderedHandOff<Item>()
    // Touched only by the decoding thread until `finish()` has joined it.
    private var decoder: CatalogueFileDecoder
    private var join: (() -> Void)?

    init(decoder: CatalogueFileDecoder) {
        self.decoder = decoder
        join = startThread { [self] in
            while let batch = handOff.take() {
                for item in batch {
                    switch item {
                    case .root(let element): self.decoder.decodeRoot(element)
                    case .record(let element): self.decoder.decodeRecord(element)
                    }
                }
            }
        }
    }

    /// Waits until every record is decoded and returns the decoder.
    func finish() -> CatalogueFileDecoder {
        handOff.finish()
        join?()
        join = nil
        return decoder
    }
}
