import Foundation
import FundingPlanner

/// Rendering plans to HTML, beside `xsltproc` with the same stylesheet and files: one plan as a
/// whole process (`fundplan report`), and 1,000 plans in one process on one thread.
enum ReportBenchmark {
    /// Measures both audiences' stylesheets (or only `audiences`).
    static func run(
        packageFolder: String, workFolder: URL, selfPath: String, runs: Int,
        audiences: [ReportAudience] = ReportAudience.allCases
    ) throws {
        let goldens = packageFolder + "/Tests/FundingPlannerTests/Fixtures/golden/plans"
        let names = try FileManager.default.contentsOfDirectory(atPath: goldens).filter { $0.hasSuffix(".plan.xml") }
            .sorted()
        guard !names.isEmpty else {
            print("no plans found in \(goldens)")
            return
        }
        var files: [String] = []
        for index in 0..<1_000 {
            let target = workFolder.appendingPathComponent("plan-\(index).xml").path
            try FileManager.default.copyItem(atPath: goldens + "/" + names[index % names.count], toPath: target)
            files.append(target)
        }
        for audience in audiences {
            try measure(
                audience, files: files, packageFolder: packageFolder, workFolder: workFolder, selfPath: selfPath,
                runs: runs)
        }
    }

    private static func measure(
        _ audience: ReportAudience, files: [String], packageFolder: String, workFolder: URL, selfPath: String,
        runs: Int
    ) throws {
        let stylesheet =
            packageFolder + (audience == .team ? "/reports/plan-nl.xsl" : "/reports/plan-funder-nl.xsl")
        let xsltproc = ["/usr/bin/xsltproc", "/usr/local/bin/xsltproc"].first {
            FileManager.default.isExecutableFile(atPath: $0)
        }
        let fundplan = URL(fileURLWithPath: selfPath).deletingLastPathComponent().appendingPathComponent("fundplan")
            .path
        let html = workFolder.appendingPathComponent("one.html").path
        print(
            "\nReports, audience \(audience.rawValue) (plan → HTML, \((stylesheet as NSString).lastPathComponent); "
                + "interleaved rounds, medians; one thread each):")
        var single: [(name: String, command: [String])] = []
        if FileManager.default.isExecutableFile(atPath: fundplan) {
            single.append(
                (
                    "  one plan, `fundplan report` (whole process)",
                    [
                        fundplan, "report", files[0], "-o", html, "--lang", "nl", "--audience", audience.rawValue,
                        "--force",
                    ]
                ))
        } else {
            print("  build fundplan in the same configuration to time `fundplan report`: swift build -c release")
        }
        single.append(
            (
                "  one plan, fundplan-bench render (whole process)",
                [selfPath, "render", audience.rawValue, "1", files[0]]
            ))
        if let xsltproc {
            single.append(("  one plan, xsltproc (whole process)", [xsltproc, "-o", html, stylesheet, files[0]]))
        }
        let singles = try Measurement.interleavedMedians(runs: max(runs, 11), commands: single.map(\.command))
        for (entry, measurement) in zip(single, singles) { print(measurement.row(entry.name)) }
        if single.count == 3 {
            print(
                String(
                    format: "  one plan: `fundplan report` / xsltproc %.2f× wall (goal: at most 1.3×): %@",
                    singles[0].seconds / singles[2].seconds,
                    singles[0].seconds <= 1.3 * singles[2].seconds ? "MET" : "NOT MET"))
        }
        var batch: [[String]] = [[selfPath, "render", audience.rawValue, "1"] + files]
        if let xsltproc {
            batch.append([xsltproc, stylesheet] + files)
            // The same work as fundplan's with the C tools: validate every plan, then transform.
            let schema = packageFolder + "/catalogues/schema/plan-1.xsd"
            batch.append(
                [
                    "/bin/sh", "-c",
                    "s=\"$0\" x=\"$1\" t=\"$2\"; shift 2; xmllint --noout --schema \"$s\" \"$@\" 2>/dev/null && \"$x\" \"$t\" \"$@\"",
                    schema, xsltproc, stylesheet,
                ] + files)
        }
        let rounds = try Measurement.interleavedRounds(runs: runs, commands: batch)
        let batches = rounds.map(Measurement.median)
        print(batches[0].row("  \(files.count) plans, fundplan, one thread (validates each plan)"))
        guard batches.count == 3 else { return }
        print(batches[1].row("  \(files.count) plans, xsltproc (one process, no validation)"))
        print(batches[2].row("  \(files.count) plans, xmllint --schema, then xsltproc"))
        print(
            String(
                format:
                    "  \(files.count) plans: fundplan / xsltproc %.2f× wall, %.2f× CPU (goal: at most 1.0×; funder 1.2×): %@",
                batches[0].seconds / batches[1].seconds, batches[0].cpuSeconds / batches[1].cpuSeconds,
                batches[0].cpuSeconds <= (audience == .funder ? 1.2 : 1.0) * batches[1].cpuSeconds ? "MET" : "NOT MET"))
        let spread = Measurement.cpuRatioRange(rounds[0], rounds[1])
        print(
            String(
                format: "  \(files.count) plans: fundplan / xsltproc CPU, round by round: %.2f–%.2f× (%d rounds)",
                spread.lowerBound, spread.upperBound, rounds[0].count))
        print(
            String(
                format: "  \(files.count) plans: fundplan / (xmllint --schema, then xsltproc) %.2f× wall, %.2f× CPU",
                batches[0].seconds / batches[2].seconds, batches[0].cpuSeconds / batches[2].cpuSeconds))
    }

    /// The measured child: renders every file (validated, transformed) for `audience` and
    /// discards the HTML.
    static func render(threads: Int, audience: ReportAudience, files: [String]) -> Int32 {
        let failures = Atomicish()
        DispatchQueue.concurrentPerform(iterations: threads) { worker in
            for index in stride(from: worker, to: files.count, by: threads) {
                do {
                    _ = try ReportRenderer.htmlBytes(planPath: files[index], language: .nl, audience: audience)
                } catch {
                    failures.add()
                }
            }
        }
        return failures.value == 0 ? 0 : 1
    }
}

/// A counter shared by the rendering threads.
final class Atomicish: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0
    func add() {
        lock.lock()
        count += 1
        lock.unlock()
    }
    var value: Int {
        lock.lock()
        defer { lock.unlock() }
        return count
    }
}
