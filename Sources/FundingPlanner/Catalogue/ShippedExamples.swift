import Foundation

/// The fictional example networks FundingPlanner ships under `catalogues/examples/`, to start a
/// profile from (`fundplan init --from social-restaurant`) or to try the commands on.
public enum ShippedExamples {
    /// The examples' names (file names without `.xml`), in name order.
    public static var names: [String] {
        guard let folder = try? BuiltInResources.path("catalogues/examples") else { return [] }
        return BuiltInResources.files(in: folder, endingIn: ".xml").map {
            ($0 as NSString).lastPathComponent.replacingOccurrences(of: ".xml", with: "")
        }
    }

    /// The path of the example called `name`.
    ///
    /// - Throws: ``DiagnosticsError`` naming the examples when there is none of that name.
    public static func path(_ name: String) throws(DiagnosticsError) -> String {
        let path = try BuiltInResources.path("catalogues/examples/\(name).xml")
        guard FileManager.default.fileExists(atPath: path) else {
            let hint = Suggestion.closest(to: name, among: Set(names)).map { "did you mean '\($0)'? " } ?? ""
            throw DiagnosticsError([
                Diagnostic(
                    severity: .error,
                    message: "no example called '\(name)'; \(hint)the examples are: \(names.joined(separator: ", "))",
                    file: name, isInputOutput: true)
            ])
        }
        return path
    }
}
