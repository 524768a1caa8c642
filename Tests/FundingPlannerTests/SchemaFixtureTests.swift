import Foundation
import Testing

@testable import FundingPlanner

/// Every schema fixture: valid ones load without errors; each must-fail fixture fails with the
/// message and position its `<!-- expect: LINE:COL: text -->` comment names.
@Suite struct SchemaFixtureTests {
    static let validator: DocumentValidator = {
        let loaded = try! CatalogueLoader().load()
        return DocumentValidator(context: loaded.catalogue)
    }()

    /// Every fixture in `Fixtures/KIND/folder` for every document kind that has fixtures.
    static func fixtures(_ folder: String) -> [String] {
        ["catalogue", "network", "match", "plan", "rubric", "call", "reviewer"].flatMap { kind -> [String] in
            let directory = TestSupport.fixtures.appendingPathComponent("\(kind)/\(folder)")
            let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
            return names.filter { $0.hasSuffix(".xml") }.sorted().map { directory.appendingPathComponent($0).path }
        }
    }

    @Test(arguments: fixtures("valid"))
    func validFixtureIsValid(path: String) {
        let report = Self.validator.validate(path: path)
        #expect(report.kind != nil)
        #expect(report.diagnostics.filter { $0.severity == .error }.isEmpty, "\(report.diagnostics)")
    }

    @Test(arguments: fixtures("invalid"))
    func invalidFixtureFailsWhereExpected(path: String) throws {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let expectation = try #require(Self.expectation(in: text), "fixture without an expect comment")
        let report = Self.validator.validate(path: path)
        #expect(!report.isValid)
        // The expectation may quote the translated message or the XML library's own wording (the detail).
        let match = report.diagnostics.first {
            $0.severity == .error
                && ($0.message.contains(expectation.message) || ($0.detail ?? "").contains(expectation.message))
        }
        #expect(match != nil, "no error containing \(expectation.message) in \(report.diagnostics)")
        #expect(match?.line == expectation.line)
        #expect(match?.column == expectation.column)
    }

    @Test func thereAreEnoughFixtures() {
        #expect(Self.fixtures("valid").count >= 15)
        #expect(Self.fixtures("invalid").count >= 46)
    }

    /// Parses `<!-- expect: 12:5: message -->`.
    static func expectation(in text: String) -> (line: Int, column: Int, message: String)? {
        guard let start = text.range(of: "<!-- expect: "),
            let end = text.range(of: " -->", range: start.upperBound..<text.endIndex)
        else { return nil }
        let body = text[start.upperBound..<end.lowerBound]
        let parts = body.split(separator: ":", maxSplits: 2)
        guard parts.count == 3, let line = Int(parts[0]), let column = Int(parts[1]) else { return nil }
        return (line, column, parts[2].trimmingCharacters(in: .whitespaces))
    }
}
