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
            let review = try Measurement.run([fundplan, "review", folder.path, "-o", output, "--force"])
            print(
                String(
                    format: "  %6d plans, fundplan review (2 cores)      %7.2f s %7.1f MiB", count, review.seconds,
                    Double(review.peakKilobytes) / 1024))
            if count == 5_000, FileManager.default.isExecutableFile(atPath: "/usr/bin/xmllint") {
                let xmllint = try Measurement.run(["/usr/bin/xmllint", "--noout", "--schema", schema] + files)
                print(
                    String(
                        format: "  %6d plans, xmllint --noout --schema      %7.2f s %7.1f MiB", count, xmllint.seconds,
                        Double(xmllint.peakKilobytes) / 1024))
                print(String(format: "  ratio: %.2f× (target ≤ 3×)", review.seconds / xmllint.seconds))
            }
            try? FileManager.default.removeItem(at: folder)
            try? FileManager.default.removeItem(atPath: output)
        }
    }
}
