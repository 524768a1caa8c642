import Foundation
import Testing

@testable import FundingPlanner

/// `fundplan review` on the six example plans plus deliberately weak variants.
@Suite(.serialized) struct ReviewTests {
    static let call = TestSupport.packageRoot.appendingPathComponent(
        "catalogues/calls/example-esf-network-formation.xml"
    ).path
    static let sheets = TestSupport.fixtures.appendingPathComponent("review").path

    /// The batch: the example plans and three weak variants made with the planner.
    static func batch(in folder: URL) throws -> [String] {
        var files: [String] = []
        for name in Examples.names {
            let target = folder.appendingPathComponent("\(name).xml")
            try FileManager.default.copyItem(
                at: TestSupport.fixtures.appendingPathComponent("golden/plans/\(name).plan.xml"), to: target)
            files.append(target.path)
        }
        func write(_ network: NetworkProfile, _ name: String, configure: (inout PlanSettings) -> Void) throws
            -> FundingPlan
        {
            var settings = PlanSettings.standard
            settings.runs = 1_000
            configure(&settings)
            let plan = try Planner.plan(
                Planner.Inputs(
                    network: network, catalogue: Examples.catalogue, files: [Examples.input("\(name).network.xml")]),
                settings: settings)
            let path = try TestSupport.write(PlanXMLWriter.document(plan), named: "\(name).xml", in: folder)
            files.append(path)
            return plan
        }
        // 1. Eighty per cent or more from one source.
        var concentrated = Examples.network("social-restaurant")
        concentrated.id = "weak-one-source"
        concentrated.partners = concentrated.partners.map { partner in
            var partner = partner
            partner.contributions = partner.contributions.filter { !$0.kind.isCash }
            return partner
        }
        concentrated.preferences.maximumShareOfOneSource = .whole
        let keep: Set<String> = ["social-cafe", "waffle-bake"]
        let one = try write(concentrated, "weak-one-source") { settings in
            settings.excluded = Examples.catalogue.models.map(\.id).filter { !keep.contains($0) }
        }
        #expect(
            one.indicators.years.contains { $0.topShare.value >= 8_000 }, "the variant must take 80 % from one source")
        // 2. A forming network counting on café income in its first year.
        var cafe = Examples.network("young-network-dominant-funder")
        cafe.id = "weak-forming-cafe"
        cafe.partners = cafe.partners.map { partner in
            var partner = partner
            partner.votes = 1
            partner.hasVeto = false
            return partner
        }
        cafe.assets.append(
            NetworkProfile.Asset(type: .room, owner: nil, capacity: 30, freeHoursPerWeek: 20, description: nil))
        cafe.assets.append(
            NetworkProfile.Asset(type: .kitchen, owner: nil, capacity: nil, freeHoursPerWeek: nil, description: nil))
        let second = try write(cafe, "weak-forming-cafe") { settings in
            settings.pinned = ["social-cafe"]
            settings.years = 1
        }
        #expect(second.readiness.maturity.stage == .forming)
        #expect(second.sources.contains { $0.modelID == "social-cafe" && $0.startYear == second.years[0] })
        return files
    }

    @Test func reviewOfTheBatchMatchesGoldenAndGatesComeFirst() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let plans = folder.appendingPathComponent("plans")
        try FileManager.default.createDirectory(at: plans, withIntermediateDirectories: true)
        _ = try Self.batch(in: plans)
        let hostile = try TestSupport.write(
            "<?xml version=\"1.0\"?>\n<!DOCTYPE plan [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n<plan>&x;</plan>",
            named: "hostile.xml", in: plans)
        let output = folder.appendingPathComponent("review")
        let run = try TestSupport.run([
            "review", plans.path, "--reviews", Self.sheets, "-o", output.path, "--lang", "en",
        ])
        #expect(run.status == 0, "\(run.standardError)")
        #expect(run.standardError.contains("hostile.xml: not reviewed: a DOCTYPE is not allowed"))
        #expect(!run.standardError.contains("root:x:0"))
        let review = try String(contentsOf: output.appendingPathComponent("review.xml"), encoding: .utf8)
        try Golden.assertMatches(review.replacingOccurrences(of: plans.path, with: "PLANS"), file: "review/review.xml")
        #expect(
            try TestSupport.run(["validate", output.appendingPathComponent("review.xml").path]).status == 0,
            "review.xml is schema-valid")
        let csv = try String(contentsOf: output.appendingPathComponent("review.csv"), encoding: .utf8)
        try Golden.assertMatches(csv.replacingOccurrences(of: plans.path, with: "PLANS"), file: "review/review.csv")
        #expect(review.contains("file=\"\(hostile)\""))
        // A plan failing a gate is never ranked above one that passes.
        let passes = review.components(separatedBy: "<plan rank=").dropFirst().map {
            $0.contains("passesGates=\"true\"")
        }
        #expect(passes == passes.sorted { $0 && !$1 })
        // Reviewers: disagreement on coverage of the restaurant plan is flagged.
        #expect(review.contains("disagreement=\"true\""))
        let html = try String(contentsOf: output.appendingPathComponent("review.html"), encoding: .utf8)
        #expect(html.hasPrefix("<!DOCTYPE html>") && html.contains("Comparison of the best plans"))
        #expect(passes.contains(true) && passes.contains(false))
        // With the call, its rules are gates too: none of these plans applies for its grant.
        let called = folder.appendingPathComponent("called")
        let withCall = try TestSupport.run([
            "review", plans.path, "--call", Self.call, "-o", called.path, "--lang", "en",
        ])
        #expect(withCall.status == 0)
        let calledReview = try String(contentsOf: called.appendingPathComponent("review.xml"), encoding: .utf8)
        #expect(
            calledReview.contains(
                "<gate id=\"call-grant\" passed=\"false\">the plan does not apply for this call's grant (esf-network-formation)</gate>"
            ))
        #expect(calledReview.contains("<call id=\"example-esf-network-formation\""))
        // The weak variants score low where they are weak.
        #expect(review.contains("network=\"weak-one-source\""))
        for line in csv.split(separator: "\r\n") where line.contains("weak-one-source") {
            #expect(Int(line.split(separator: ",")[12]) ?? 5 <= 1, "diversification of weak-one-source: \(line)")
        }
    }

    @Test func sameBatchInAnotherOrderGivesTheSameReview() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let files = try Self.batch(in: folder)
        let first = folder.appendingPathComponent("first")
        let second = folder.appendingPathComponent("second")
        #expect(try TestSupport.run(["review"] + files + ["-o", first.path]).status == 0)
        #expect(try TestSupport.run(["review"] + files.reversed() + ["-o", second.path]).status == 0)
        for name in ["review.xml", "review.csv", "review.html"] {
            let a = try Data(contentsOf: first.appendingPathComponent(name))
            let b = try Data(contentsOf: second.appendingPathComponent(name))
            #expect(a == b, "\(name) differs with another input order")
        }
        let again = try TestSupport.run(["review"] + files + ["-o", first.path])
        #expect(again.status == 2 && again.standardError.contains("--force"))
    }

    /// On a terminal the batch shows a progress bar on standard error; otherwise nothing.
    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/script")))
    func progressBarOnlyOnATerminal() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let plans = TestSupport.fixtures.appendingPathComponent("golden/plans").path
        let quiet = try TestSupport.run(["review", plans, "-o", folder.appendingPathComponent("a").path])
        #expect(!quiet.standardError.contains("["))
        let command = "'\(TestSupport.binary.path)' review '\(plans)' -o '\(folder.appendingPathComponent("b").path)'"
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/script")
        process.arguments = ["-qec", command, "/dev/null"]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(output.contains("[##############################] 6/6"), "\(output)")
    }

    @Test func rubricScoresAndMeanFollowTheThresholds() throws {
        let rubric = try Rubric.load(
            path: TestSupport.packageRoot.appendingPathComponent("catalogues/rubrics/default-rubric.xml").path)
        let coverage = try #require(rubric.criteria.first { $0.measure == .coverage })
        #expect(coverage.score(for: 0) == 0)
        #expect(coverage.score(for: 20) == 1)
        #expect(coverage.score(for: 89) == 4)
        #expect(coverage.score(for: 100) == 5)
        let review = PlanReview(
            networkID: "n", networkName: "N", file: "f", sha256: "",
            criteria: [
                .init(id: "a", measure: .coverage, value: 100, score: 5, weight: 3, evidence: []),
                .init(id: "b", measure: .alignment, value: 0, score: 0, weight: 1, evidence: []),
                .init(id: "c", measure: .addedValue, value: nil, score: nil, weight: 50, evidence: []),
            ], gates: [])
        #expect(review.scoreHundredths == 375, "not-applicable is left out of the weighted mean")
    }
}
