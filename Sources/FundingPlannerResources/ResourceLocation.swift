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
    ///
    /// The places are tried one by one and the first that holds `catalogues/schema` wins:
    /// `Bundle.main` (about 4 ms of start-up on Linux) is asked only when nothing before it
    /// answered.
    package static let root: URL? = {
        let places: [() -> URL?] = [
            {
                guard let override = ProcessInfo.processInfo.environment["FUNDPLAN_RESOURCES"], !override.isEmpty
                else { return nil }
                return URL(fileURLWithPath: override)
            },
            {
                guard let selfPath = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")
                else { return nil }
                return URL(fileURLWithPath: selfPath).deletingLastPathComponent().appendingPathComponent(
                    bundleFolderName)
            },
            {
                URL(fileURLWithPath: CommandLine.arguments.first ?? "").resolvingSymlinksInPath()
                    .deletingLastPathComponent().appendingPathComponent(bundleFolderName)
            },
            { Bundle.main.bundleURL.appendingPathComponent(bundleFolderName) },
            // Development fallback: the package's own source tree.
            {
                URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
                    .deletingLastPathComponent()
            },
        ]
        for place in places {
            guard let candidate = place() else { continue }
            var isDirectory: ObjCBool = false
            let catalogues = candidate.appendingPathComponent("catalogues/schema")
            if FileManager.default.fileExists(atPath: catalogues.path, isDirectory: &isDirectory), isDirectory.boolValue
            {
                return candidate
            }
        }
        return nil
    }()
}
