import Foundation
import Testing

@testable import FundingPlanner
@testable import FundingPlannerXML

/// Golden files under `Fixtures/golden`, compared in full; re-record with `FUNDPLAN_RECORD_GOLDEN=1`.
enum Golden {
    static func assertMatches(_ actual: String, file: String, sourceLocation: SourceLocation = #_sourceLocation) throws
    {
        let url = TestSupport.fixtures.appendingPathComponent("golden/\(file)")
        if ProcessInfo.processInfo.environment["FUNDPLAN_RECORD_GOLDEN"] == "1" {
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try actual.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        #expect(
            actual == expected, "differs from golden \(file); re-record with FUNDPLAN_RECORD_GOLDEN=1 if intended",
            sourceLocation: sourceLocation)
    }
}
