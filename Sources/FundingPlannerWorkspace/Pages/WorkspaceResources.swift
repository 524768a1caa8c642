import Foundation

/// Where the workspace's templates and assets are.
///
/// The resource bundle SwiftPM puts next to the binary, else the source tree (during
/// development). Never traps, unlike `Bundle.module`.
enum WorkspaceResources {
    static let bundleFolderName = "FundingPlanner_FundingPlannerWorkspace.resources"

    /// The folder holding `Templates/` and `Assets/`, or `nil`.
    ///
    /// The places are tried one by one; `Bundle.main` (slow to make on Linux) only when the
    /// executable's own folder did not answer.
    static let root: URL? = {
        let places: [() -> URL?] = [
            {
                guard let selfPath = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")
                else { return nil }
                return URL(fileURLWithPath: selfPath).deletingLastPathComponent().appendingPathComponent(
                    bundleFolderName)
            },
            { Bundle.main.bundleURL.appendingPathComponent(bundleFolderName) },
            { Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent(bundleFolderName) },
            { URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent() },
        ]
        for place in places {
            if let candidate = place(),
                FileManager.default.fileExists(
                    atPath: candidate.appendingPathComponent("Templates/layout.mustache").path)
            {
                return candidate
            }
        }
        return nil
    }()
}
