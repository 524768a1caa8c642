import Foundation
internal import FundingPlannerXML

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
    /// Whether to fingerprint every file (SHA-256 of the bytes parsed) for ``Loaded/files``.
    ///
    /// A plan records those digests; the other commands record none, so it is off by default.
    public var recordsDigests = false

    /// A loader of the built-in catalogue (unless `includesDefault` is false) and `additionalPaths`.
    public init(additionalPaths: [String] = [], includesDefault: Bool = true) {
        self.additionalPaths = additionalPaths
        self.includesDefault = includesDefault
    }

    /// The result of loading: the merged catalogue and the warnings found on the way.
    public struct Loaded: Sendable {
        /// The merged catalogue.
        public var catalogue: Catalogue
        /// Warnings of every file.
        public var warnings: [Diagnostic]
        /// Every file read, in merge order (folders expanded), with the digest of its bytes; empty
        /// unless ``CatalogueLoader/recordsDigests`` was set.
        public var files: [SourceFile]
    }

    /// Loads and merges every catalogue file.
    ///
    /// - Throws: ``DiagnosticsError`` with every problem of every file when any file has an
    ///   error; files are all read so that one run shows all problems.
    public func load() throws(DiagnosticsError) -> Loaded {
        var files: [(path: String, displayName: String)] = []
        if includesDefault {
            files += try Self.defaultCatalogueFiles().map { ($0, BuiltInResources.label($0)) }
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
        var sources: [SourceFile] = []
        for file in files {
            let outcome = Self.read(
                file.path, displayName: file.displayName, inheriting: catalogue, maximumModels: maximumModels,
                fingerprint: recordsDigests)
            let diagnostics = outcome.diagnostics
            if diagnostics.containsErrors {
                problems += diagnostics
            } else {
                warnings += diagnostics
                if let decoded = outcome.file { catalogue.merge(decoded) }
                if let source = outcome.source { sources.append(source) }
            }
        }
        guard problems.isEmpty else { throw DiagnosticsError(problems + warnings) }
        return Loaded(catalogue: catalogue, warnings: warnings, files: sources)
    }

    /// Reads one catalogue file against what the earlier files defined.
    ///
    /// Parsing and validation run on the calling thread, which copies each record out of libxml2
    /// as a flat snapshot; turning the snapshots into elements and decoding those run on a second
    /// thread at the same time, fed in order through a bounded hand-off.
    static func read(
        _ path: String, displayName: String, inheriting catalogue: Catalogue,
        maximumModels: Int = DocumentLimits.maximumModels, fingerprint: Bool = false, keepsModels: Bool = true
    ) -> (file: CatalogueFile?, diagnostics: [Diagnostic], source: SourceFile?) {
        let decoding = DecodingThread(
            decoder: CatalogueFileDecoder(
                path: path, displayName: displayName, inheriting: catalogue, maximumModels: maximumModels,
                keepsModels: keepsModels))
        let outcome = DocumentReader.streamSnapshots(
            path: path, displayName: displayName, kind: .catalogue, fingerprint: fingerprint,
            onRoot: { decoding.handOff.put(.root($0)) },
            onRecord: { decoding.handOff.put(.record($0)) })
        let decoder = decoding.finish()
        let diagnostics = outcome.diagnostics + decoder.diagnostics
        return diagnostics.containsErrors ? (nil, diagnostics, nil) : (decoder.file, diagnostics, outcome.source)
    }

    /// The built-in catalogue files: the `.xml` files directly in the shipped `catalogues/` folder.
    static func defaultCatalogueFiles() throws(DiagnosticsError) -> [String] {
        BuiltInResources.files(in: try BuiltInResources.path("catalogues"), endingIn: ".xml")
    }

    /// A file stays a file; a folder becomes its `.xml` files in name order.
    static func expand(_ path: String) -> Result<[String], DiagnosticsError> {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            return .failure(
                DiagnosticsError([
                    Diagnostic(
                        severity: .error, message: "no such file or folder; check the path given to --catalogue",
                        file: path, isInputOutput: true)
                ]))
        }
        guard isDirectory.boolValue else { return .success([path]) }
        let files = BuiltInResources.files(in: path, endingIn: ".xml")
        guard !files.isEmpty else {
            return .failure(
                DiagnosticsError([
                    Diagnostic(
                        severity: .error, message: "this folder holds no .xml catalogue files", file: path,
                        isInputOutput: true)
                ]))
        }
        return .success(files)
    }
}

/// The catalogue decoder running on its own thread, fed by the parsing thread.
private final class DecodingThread: @unchecked Sendable {
    enum Part: Sendable {
        case root(XMLElement)
        case record(XMLRecordSnapshot)
    }

    let handOff = OrderedHandOff<Part>()
    // Touched only by the decoding thread until `finish()` has joined it.
    private var decoder: CatalogueFileDecoder
    private let snapshots = XMLRecordSnapshotReader()
    private var join: (() -> Void)?

    init(decoder: CatalogueFileDecoder) {
        self.decoder = decoder
        join = startThread { [self] in
            while let batch = handOff.take() {
                for item in batch {
                    switch item {
                    case .root(let element): self.decoder.decodeRoot(element)
                    case .record(let snapshot): self.decoder.decodeRecord(self.snapshots.element(snapshot))
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
