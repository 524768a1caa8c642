import Foundation
import Testing

@testable import FundingPlanner

/// `validate` reads a catalogue without keeping its models (memory flat in their number) and
/// must find exactly what a full load finds.
struct CatalogueValidationMemoryTests {
    static let fixtures: [String] = ["valid", "invalid"].flatMap { folder in
        let path = TestSupport.fixtures.appendingPathComponent("catalogue/\(folder)").path
        return ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).filter { $0.hasSuffix(".xml") }
            .sorted().map { "\(path)/\($0)" }
    }

    @Test(arguments: fixtures)
    func validationWithoutModelsFindsWhatALoadFinds(path: String) throws {
        let builtIn = try CatalogueLoader().load().catalogue
        let kept = CatalogueLoader.read(path, displayName: path, inheriting: builtIn)
        let released = CatalogueLoader.read(path, displayName: path, inheriting: builtIn, keepsModels: false)
        #expect(kept.diagnostics.map(\.description) == released.diagnostics.map(\.description))
        #expect(released.file?.models.isEmpty ?? true)
        if path.contains("/valid/") {
            let written = try String(contentsOfFile: path, encoding: .utf8).components(separatedBy: "<model ").count - 1
            #expect(kept.file?.models.count == written)
        }
    }

    @Test func theModelLimitCountsModelsThatWereNotKept() throws {
        let path = TestSupport.fixtures.appendingPathComponent("catalogue/valid/eligibility-and-facts.xml").path
        let released = CatalogueLoader.read(
            path, displayName: path, inheriting: Catalogue(), maximumModels: 1, keepsModels: false)
        #expect(released.diagnostics.contains { $0.message.contains("more than 1 models") })
    }
}
