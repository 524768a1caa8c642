import Foundation
import Testing

@testable import FundingPlanner
@testable import FundingPlannerWorkspace

/// One plan reviewed alone scores exactly as in a batch (`fundplan review`'s `review.csv`).
@Suite struct PlanReviewOneTests {
    @Test func onePlanScoresAsInTheBatch() throws {
        let folder = TestSupport.packageRoot.appendingPathComponent("Tests/FundingPlannerTests/Fixtures/golden/plans")
        let plans = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".xml") }
            .sorted().map { folder.appendingPathComponent($0).path }
        #expect(plans.count > 1)
        let output = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: output) }
        let rubric = try Rubric.builtIn()
        let call = try CallRules.load(
            path: TestSupport.packageRoot.appendingPathComponent("catalogues/calls/example-esf-network-formation.xml")
                .path)
        _ = try ReviewBatch(rubric: rubric, call: call, sheets: try ReviewerSheets.load(paths: []), language: .en)
            .run(files: plans, folder: output.path)
        let lines = try String(contentsOf: output.appendingPathComponent("review.csv"), encoding: .utf8)
            .replacingOccurrences(of: "\u{FEFF}", with: "").split(whereSeparator: \.isNewline).map {
                Workspace.csvCells(String($0))
            }
        let header = lines[0]
        for path in plans {
            let review = try PlanReview.review(path: path, rubric: rubric, call: call, language: .en)
            let name = (path as NSString).lastPathComponent
            let row = try #require(
                lines.first { $0.count > 3 && ($0[3] as NSString).lastPathComponent == name },
                "\(lines.map { $0.count > 3 ? $0[3] : "" })")
            for criterion in review.criteria {
                let index = try #require(header.firstIndex(of: criterion.id))
                #expect(
                    row[index] == (criterion.score.map(String.init) ?? "not-applicable"), "\(criterion.id) of \(path)")
            }
            #expect(row[header.firstIndex(of: "passes_gates")!] == "\(review.passesGates)")
        }
        #expect(throws: DiagnosticsError.self) {
            try PlanReview.review(path: Examples.path("social-restaurant"), rubric: rubric, call: nil, language: .en)
        }
    }
}
