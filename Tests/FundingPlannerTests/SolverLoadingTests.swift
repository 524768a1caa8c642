import Foundation
import Testing

/// CBC is loaded when a plan is solved, not when `fundplan` starts.
struct SolverLoadingTests {
    /// The shared libraries the dynamic loader maps at start (`ldd`).
    private func librariesLoadedAtStart() throws -> [String] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/ldd")
        process.arguments = [TestSupport.binary.path]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self).split(separator: "\n").map {
            String($0.trimmingCharacters(in: .whitespaces).split(separator: " ").first ?? "")
        }
    }

    @Test func coinOrLibrariesAreNotLoadedAtStart() throws {
        let libraries = try librariesLoadedAtStart()
        #expect(libraries.contains { $0.hasPrefix("libxml2") }, "ldd should list libxml2: \(libraries)")
        let coin = libraries.filter {
            ["libCbc", "libClp", "libCoinUtils", "libOsi", "libCgl"].contains(where: $0.hasPrefix)
        }
        #expect(coin.isEmpty, "COIN-OR libraries linked at start: \(coin)")
    }

    @Test func aPlanLoadsTheSolverOnFirstUse() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let example = TestSupport.packageRoot.appendingPathComponent("catalogues/examples/social-restaurant.xml").path
        let run = try TestSupport.run(["plan", example, "-o", folder.appendingPathComponent("plan").path])
        #expect(run.status == 0, "\(run.standardError)")
        let plan = try String(contentsOf: folder.appendingPathComponent("plan/plan.xml"), encoding: .utf8)
        #expect(
            plan.contains("solver name=\"CBC\" version=\"2."),
            "the plan should record the CBC version it was solved with")
    }
}
