package import Foundation

/// Where the shipped catalogues and report stylesheets are.
///
/// SwiftPM copies `catalogues/` and `reports/` into a resource bundle folder next to the built
/// binary. This looks, in order, at `$FUNDPLAN_RESOURCES`, beside the running executable (so a
/// release binary copied elsewhere with its bundle folder keeps working), then the build tree.
/// It never traps when nothing is found (unlike `Bundle.module`): it returns `nil`.
package enum ResourceLocation {
    /// Name of the bundle folder SwiftPM writes next to the executable.
    package static let bundleFolderName = "FundingPlanner_FundingPlannerResources.resources"

    /// The folder that holds `catalogues/` and `reports/`, or `nil` when none is found.
    package static let root: URL? = {
        let fileManager = FileManager.default
        var candidates: [URL] = []
        if let override = ProcessInfo.processInfo.environment["FUNDPLAN_RESOURCES"], !override.isEmpty {
            candidates.append(URL(fileURLWithPath: override))
        }
        let executable = URL(fileURLWithPath: CommandLine.arguments.first ?? "").resolvingSymlinksInPath()
        if let selfPath = try? fileManager.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            candidates.append(
                URL(fileURLWithPath: selfPath).deletingLastPathComponent().appendingPathComponent(bundleFolderName))
        }
        candidates.append(executable.deletingLastPathComponent().appendingPathComponent(bundleFolderName))
        candidates.append(Bundle.main.bundleURL.appendingPathComponent(bundleFolderName))
        // Development fallback: the package's own source tree.
        candidates.append(
            URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
                .deletingLastPathComponent())
        return candidates.first { candidate in
            var isDirectory: ObjCBool = false
            let catalogues = candidate.appendingPathComponent("catalogues/schema")
            return fileManager.fileExists(atPath: catalogues.path, isDirectory: &isDirectory) && isDirectory.boolValue
        }
    }()
}
