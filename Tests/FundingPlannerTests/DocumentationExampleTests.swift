import Foundation
import FundingPlanner
import Testing

// The example of the DocC landing page (`FundingPlanner.docc/FundingPlanner.md`), verbatim
// between the markers: `landingPageShowsThisExample()` checks that the page still shows exactly
// this code. The import above is a plain one, not `@testable`: the example must work with the
// public API alone.

// BEGIN EXAMPLE
/// Checks, matches, plans and reviews the network whose profile is at `profilePath`,
/// writing the plan's folder and the review into `folder`.
func planAndReview(profilePath: String, folder: String) throws -> ReviewBatch.Outcome {
    // The catalogue: the built-in revenue models (add your own files with `additionalPaths`),
    // each file fingerprinted, because the plan records what it was made from.
    var loader = CatalogueLoader()
    loader.recordsDigests = true
    let loaded = try loader.load()
    // The network profile, validated against its schema and checked against the catalogue.
    let network = try NetworkProfile.load(path: profilePath, catalogue: loaded.catalogue)

    // Readiness and matching on their own; the planner runs both again for the plan.
    let readiness = ReadinessReport.assess(network.profile, language: .en)
    let match = Matcher.match(network.profile, catalogue: loaded.catalogue, language: .en)
    print("readiness: \(readiness.worstSeverity), best match: \(match.matches.first?.modelName ?? "none")")

    // The plan: the optimal mix of sources, then simulation, indicators and milestones.
    var settings = PlanSettings.standard
    settings.language = .en
    let inputs = Planner.Inputs(network: network.profile, networkSource: network.source, catalogue: loaded)
    let plan = try Planner.plan(inputs, settings: settings)
    let planFolder = folder + "/plan"
    let written = try PlanFolder.write(plan, to: planFolder, options: PlanFolder.Options(language: .en))
    print("written: \(written.joined(separator: ", "))")

    // The review: score the plan against the shipped rubric (a call's rules are optional).
    let rubric = try Rubric.builtIn()
    let batch = ReviewBatch(rubric: rubric, call: nil, sheets: ReviewerSheets(), language: .en)
    return try batch.run(files: [planFolder + "/plan.xml"], folder: folder + "/review")
}
// END EXAMPLE

/// The library used without the command line, as the API documentation shows it.
@Suite struct DocumentationExampleTests {
    static let landingPage = TestSupport.packageRoot
        .appendingPathComponent("Sources/FundingPlanner/FundingPlanner.docc/FundingPlanner.md").path

    @Test func exampleMakesAndReviewsAPlan() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let outcome = try planAndReview(profilePath: Examples.path("social-restaurant"), folder: folder.path)
        #expect(outcome.reviewed == 1)
        #expect(outcome.rejected.isEmpty)
        #expect(outcome.files.count == 3)
        for name in PlanFolder.fileNames + ["review/review.xml", "review/review.csv", "review/review.html"] {
            let path = folder.appendingPathComponent(name.hasPrefix("review/") ? name : "plan/" + name).path
            #expect(FileManager.default.fileExists(atPath: path), "\(name) was not written")
        }
    }

    @Test func landingPageShowsThisExample() throws {
        let page = try String(contentsOfFile: Self.landingPage, encoding: .utf8)
        let source = try String(contentsOfFile: #filePath, encoding: .utf8)
        // The page's first Swift block, without its `import` line.
        let fenced = page.components(separatedBy: "```swift\n").dropFirst().first
        let block = try #require(fenced?.components(separatedBy: "```").first)
        let example = block.components(separatedBy: "\n").drop { $0.hasPrefix("import ") || $0.isEmpty }.joined(
            separator: "\n")
        // This file's copy, between the markers.
        let start = try #require(source.range(of: "// BEGIN EXAMPLE\n"))
        let end = try #require(source.range(of: "// END EXAMPLE"))
        let copy = source[start.upperBound..<end.lowerBound]
        #expect(
            String(copy) == example,
            "FundingPlanner.md's example differs from planAndReview(profilePath:folder:) in this file")
    }
}
