import Foundation

/// `fundplan review` on 5,000 and 50,000 plans, beside `xmllint --noout --schema` validating the
/// same files in one process.
enum ReviewBenchmark {
    static func run(packageFolder: String, workFolder: URL, selfPath: String) throws {
        let fundplan = URL(fileURLWithPath: selfPath).deletingLastPathComponent().appendingPathComponent("fundplan")
            .path
        guard FileManager.default.isExecutableFile(atPath: fundplan) else {
            print("build fundplan in the same configuration first: swift build -c release")
            return
        }
        let goldens = packageFolder + "/Tests/FundingPlannerTests/Fixtures/golden/plans"
        let names = try FileManager.default.contentsOfDirectory(atPath: goldens).filter { $0.hasSuffix(".plan.xml") }
            .sorted()
        let schema = packageFolder + "/catalogues/schema/plan-1.xsd"
        print("\nReview (the five example plans linked into a folder, cycled):")
        for count in [5_000, 50_000] {
            let folder = workFolder.appendingPathComponent("plans-\(count)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            var files: [String] = []
            for index in 0..<count {
                let target = folder.appendingPathComponent(String(format: "plan-%05d.xml", index)).path
                try FileManager.default.linkItem(atPath: goldens + "/" + names[index % names.count], toPath: target)
                files.append(target)
            }
            let output = workFolder.appendingPathComponent("review-\(count)").path
            let review = [fundplan, "review", folder.path, "-o", output, "--force"]
            let both = try Measurement.run(review)
            print(both.row(String(format: "  %6d plans, fundplan review, both cores", count)))
            if count == 5_000, FileManager.default.isExecutableFile(atPath: "/usr/bin/xmllint") {
                let xmllint = ["/usr/bin/xmllint", "--noout", "--schema", schema] + files
                let pinned = try Measurement.interleavedMedians(runs: 3, commands: [review, xmllint], oneCore: true)
                print(pinned[0].row(String(format: "  %6d plans, fundplan review, one core", count)))
                print(pinned[1].row(String(format: "  %6d plans, xmllint --noout --schema, one core", count)))
                print(
                    String(
                        format: "  one core each: wall %.2f×, CPU %.2f× (goal: CPU at most 1.2×): %@",
                        pinned[0].seconds / pinned[1].seconds, pinned[0].cpuSeconds / pinned[1].cpuSeconds,
                        pinned[0].cpuSeconds <= 1.2 * pinned[1].cpuSeconds ? "MET" : "NOT MET"))
            }
            try? FileManager.default.removeItem(at: folder)
            try? FileManager.default.removeItem(atPath: output)
        }
    }
}
