import Foundation
import Testing

/// `fundplan plan` as a user runs it, and the golden plans of the six examples.
@Suite struct PlanCommandTests {
    @Test(arguments: Examples.names)
    func examplePlanMatchesGolden(name: String) throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try TestSupport.run(
            ["plan", "catalogues/examples/\(name).xml", "-o", folder.path, "--runs", "2000", "--lang", "en"],
            in: TestSupport.packageRoot
        )
        #expect(run.status == 0, "\(run.standardError)")
        #expect(run.standardOutput.contains("Solver: CBC"))
        let plan = try String(contentsOf: folder.appendingPathComponent("plan.xml"), encoding: .utf8)
        try Golden.assertMatches(plan, file: "plans/\(name).plan.xml")
        let validation = try TestSupport.run(["validate", folder.appendingPathComponent("plan.xml").path])
        #expect(validation.status == 0, "\(validation.standardError)")
    }

    @Test func existingPlanNeedsForceAndExportWritesTheModel() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let network = Examples.path("technical-companies")
        let model = folder.appendingPathComponent("model.lp").path
        let first = try TestSupport.run(["plan", network, "-o", folder.path, "--runs", "500", "--export-model", model])
        #expect(first.status == 0, "\(first.standardError)")
        #expect(try String(contentsOfFile: model, encoding: .utf8).contains("Subject To"))
        let again = try TestSupport.run(["plan", network, "-o", folder.path, "--runs", "500"])
        #expect(again.status == 2)
        #expect(again.standardError.contains("add --force"))
        let forced = try TestSupport.run(["plan", network, "-o", folder.path, "--runs", "500", "--force"])
        #expect(forced.status == 0)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(leftovers == ["budget.csv", "milestones.ics", "model.lp", "plan-funder.html", "plan.html", "plan.xml"])
    }

    @Test func impossibleAskIsExplainedWithExitOne() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try TestSupport.run([
            "plan", Examples.path("young-network-dominant-funder"), "-o", folder.path, "--pin", "esf-mature-network",
            "--lang", "en",
        ])
        #expect(run.status == 1)
        #expect(run.standardError.contains("no plan possible"))
        #expect(run.standardError.contains("'esf-mature-network' is pinned but cannot be in the plan"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("plan.xml").path))
        let unknown = try TestSupport.run([
            "plan", Examples.path("social-restaurant"), "-o", folder.path, "--exclude", "nonexistent-model",
        ])
        #expect(unknown.status == 1)
        #expect(unknown.standardError.contains("onbekend verdienmodel 'nonexistent-model'"))
    }
}
