import Foundation
public import FundingPlanner

/// What checking a form gave: the profile when every rule passed, its XML, and the problems per field.
public struct CheckedForm: Sendable {
    /// The profile, when it is complete and passes the schema and every rule of `fundplan check`.
    public var profile: NetworkProfile?
    /// The profile's XML as `fundplan` writes it (set with `profile`).
    public var xml: String?
    /// Every problem, mapped to the field that causes it.
    public var errors: [FieldError]
    /// Warnings of the profile's rules, in the chosen language.
    public var warnings: [String]
}

/// Checks a form with the CLI's own rules: the typed-input rules field by field, then the profile
/// is written with ``NetworkXMLWriter`` and read back with ``NetworkProfile/load(path:catalogue:)``
/// (schema, hostile-input limits and rule checks), so every profile the workspace saves is one
/// `fundplan` reads.
public struct ProfileChecker: Sendable {
    /// The catalogue whose themes and models a profile may name.
    public let catalogue: Catalogue
    private let scratch: URL

    /// A checker that writes its scratch files in a private temporary folder.
    public init(catalogue: Catalogue) throws {
        self.catalogue = catalogue
        scratch = FileManager.default.temporaryDirectory.appendingPathComponent("fundplan-serve-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
    }

    /// Checks `form`, with messages in `language`.
    public func check(_ form: ProfileForm, language: Language) -> CheckedForm {
        var builder = ProfileBuilder(form: form, language: language)
        guard let profile = builder.build() else {
            return CheckedForm(profile: nil, xml: nil, errors: builder.errors, warnings: [])
        }
        let xml = NetworkXMLWriter.document(profile, commentsIn: language)
        let outcome = read(Array(xml.utf8))
        switch outcome {
        case .success(let loaded):
            var read = loaded.profile
            read.origin = profile.origin
            return CheckedForm(
                profile: read, xml: xml, errors: [],
                warnings: loaded.warnings.map { $0.message(in: language) })
        case .failure(let error):
            let mapper = DiagnosticMapper(xml: xml, form: form)
            let errors = error.diagnostics.filter { $0.severity == .error }.map {
                mapper.fieldError(for: $0, language: language)
            }
            return CheckedForm(profile: nil, xml: nil, errors: errors, warnings: [])
        }
    }

    /// Reads profile bytes (an upload, a history file) with the CLI's loader and its limits.
    public func read(_ bytes: [UInt8]) -> Result<(profile: NetworkProfile, warnings: [Diagnostic]), DiagnosticsError> {
        let path = scratch.appendingPathComponent("check-\(UUID().uuidString).xml").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        do {
            try AtomicFile.write(bytes, to: path)
            let loaded = try NetworkProfile.load(path: path, catalogue: catalogue)
            return .success((loaded.profile, loaded.warnings))
        } catch {
            return .failure(error)
        }
    }

    /// Reads profile bytes the CLI refuses into a form with every value as written, within the
    /// CLI's hostile-input limits; `nil` with the reasons when the file is refused even so.
    func readLoose(_ bytes: [UInt8]) -> (form: ProfileForm?, diagnostics: [Diagnostic]) {
        let path = scratch.appendingPathComponent("loose-\(UUID().uuidString).xml").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        do { try AtomicFile.write(bytes, to: path) } catch { return (nil, error.diagnostics) }
        return LooseProfileForm.read(path: path)
    }

    /// Removes the scratch folder.
    public func cleanUp() {
        try? FileManager.default.removeItem(at: scratch)
    }
}
