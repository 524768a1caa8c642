import Foundation
import Testing

@testable import FundingPlanner

/// `fundplan compare`: plans side by side, differing rows marked, invalid plans refused.
@Suite struct CompareCommandTests {
    @Test func twoPlansSideBySideMarkWhatDiffers() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let network = Examples.path("young-network-dominant-funder")
        let first = folder.appendingPathComponent("a")
        let second = folder.appendingPathComponent("b")
        #expect(try TestSupport.run(["plan", network, "-o", first.path, "--runs", "500"]).status == 0)
        #expect(
            try TestSupport.run([
                "plan", network, "-o", second.path, "--runs", "500", "--coverage", "95", "--reserve-months", "6",
            ]).status == 0)
        let run = try TestSupport.run([
            "compare", first.appendingPathComponent("plan.xml").path, second.appendingPathComponent("plan.xml").path,
            "--lang", "en",
        ])
        #expect(run.status == 0, "\(run.standardError)")
        let lines = run.standardOutput.split(separator: "\n").map(String.init)
        #expect(lines.contains { $0.hasPrefix("* chance aimed for") && $0.contains("80 %") && $0.contains("95 %") })
        #expect(lines.contains { $0.hasPrefix("* reserve target") })
        #expect(lines.contains { $0.hasPrefix("  network") })
        // Sources by the name the plans give them (these plans are Dutch), not by their ids.
        #expect(lines.contains { $0.hasPrefix("  Lidgeld ") }, "\(lines)")
        #expect(!lines.contains { $0.contains("membership-fees") }, "\(lines)")
        let invalid = try TestSupport.write("<plan/>", named: "bad.xml", in: folder)
        let refused = try TestSupport.run(["compare", first.appendingPathComponent("plan.xml").path, invalid])
        #expect(refused.status == 1)
        #expect(refused.standardError.contains("bad.xml"))
        #expect(try TestSupport.run(["compare", invalid]).status == 2)
    }
}
