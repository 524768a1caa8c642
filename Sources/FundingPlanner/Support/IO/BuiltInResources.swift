import Foundation
internal import FundingPlannerResources

/// The files FundingPlanner ships (catalogues, schemas, stylesheets, rubric), found once, with
/// one message for a broken installation.
enum BuiltInResources {
    /// The folder that holds `catalogues/` and `reports/`.
    static func root() throws(DiagnosticsError) -> URL {
        guard let root = ResourceLocation.root else {
            throw DiagnosticsError([
                Diagnostic(
                    severity: .error,
                    message:
                        "cannot find FundingPlanner's resources (catalogues, schemas and report stylesheets); keep the folder "
                        + "\(ResourceLocation.bundleFolderName) next to the fundplan binary or set FUNDPLAN_RESOURCES",
                    file: "fundplan", isInputOutput: true)
            ])
        }
        return root
    }

    /// The path of a shipped file, for example `reports/plan-nl.xsl`.
    static func path(_ relativePath: String) throws(DiagnosticsError) -> String {
        try root().appendingPathComponent(relativePath).path
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
