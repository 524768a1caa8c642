import Foundation

/// Where the workspace's templates and assets are.
///
/// The resource bundle SwiftPM puts next to the binary, else the source tree (during
/// development). Never traps, unlike `Bundle.module`.
enum WorkspaceResources {
    static let bundleFolderName = "FundingPlanner_FundingPlannerWorkspace.resources"

    /// The folder holding `Templates/` and `Assets/`, or `nil`.
    static let root: URL? = {
        var candidates: [URL] = []
        if let selfPath = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            candidates.append(
                URL(fileURLWithPath: selfPath).deletingLastPathComponent().appendingPathComponent(bundleFolderName))
        }
        candidates.append(Bundle.main.bundleURL.appendingPathComponent(bundleFolderName))
        candidates.append(Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent(bundleFolderName))
        candidates.append(URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent())
        return candidates.first {
            FileManager.default.fileExists(atPath: $0.appendingPathComponent("Templates/layout.mustache").path)
        }
    }()
}
