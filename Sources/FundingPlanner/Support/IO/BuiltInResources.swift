import Foundation
internal import FundingPlannerResources

/// The files FundingPlanner ships (catalogues, schemas, stylesheets, rubric), found once, with
/// one message for a broken installation.
enum BuiltInResources {
    /// The folder that holds `catalogues/` and `reports/`.
    static func root() throws(DiagnosticsError) -> URL {
        guard let root = ResourceLocation.root else { throw missing }
        return root
    }

    /// The one message for a broken installation.
    private static var missing: DiagnosticsError {
        DiagnosticsError([
            Diagnostic(
                severity: .error,
                message:
                    "cannot find FundingPlanner's resources (catalogues, schemas and report stylesheets); keep the folder "
                    + "\(ResourceLocation.bundleFolderName) next to the fundplan binary or set FUNDPLAN_RESOURCES",
                file: "fundplan", isInputOutput: true)
        ])
    }

    /// The path of a shipped file, for example `reports/plan-nl.xsl`.
    ///
    /// Joins the names as text: `URL.appendingPathComponent(_:)` asks the file system whether
    /// the result is a folder, one system call per use, and this runs once per document read.
    static func path(_ relativePath: String) throws(DiagnosticsError) -> String {
        guard let rootPath else { throw missing }
        return rootPath + "/" + relativePath
    }

    /// ``root()``'s path, without a trailing slash, or `nil` when there is none.
    private static let rootPath: String? = ResourceLocation.root.map { url in
        var path = url.path
        while path.hasSuffix("/") { path.removeLast() }
        return path
    }

    /// How outputs name a shipped file: `(built-in) catalogues/…`, without the machine's folders.
    static func label(_ path: String) -> String {
        guard let range = path.range(of: "/catalogues/", options: .backwards) else { return path }
        return "(built-in) " + String(path[range.lowerBound...].dropFirst())
    }

    /// The files in `folder` whose names end in `suffix`, in name order, as full paths.
    static func files(in folder: String, endingIn suffix: String) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return names.filter { $0.hasSuffix(suffix) }.sorted().map { (folder as NSString).appendingPathComponent($0) }
    }
}
