import Foundation
import FundingPlanner

/// Rendering plans to HTML in-process, beside `xsltproc` with the same stylesheet and files.
enum ReportBenchmark {
    static func run(packageFolder: String, workFolder: URL, selfPath: String, runs: Int) throws {
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
        let stylesheet = packageFolder + "/reports/plan-nl.xsl"
        let xsltproc = ["/usr/bin/xsltproc", "/usr/local/bin/xsltproc"].first {
            FileManager.default.isExecutableFile(atPath: $0)
        }
        let fundplan = URL(fileURLWithPath: selfPath).deletingLastPathComponent().appendingPathComponent("fundplan")
            .path
        let html = workFolder.appendingPathComponent("one.html").path
        print("\nReports (plan → HTML, Dutch stylesheet; \(runs) interleaved rounds, medians; one thread each):")
        var single: [[String]] = []
        if FileManager.default.isExecutableFile(atPath: fundplan) {
            single.append([fundplan, "report", files[0], "-o", html, "--lang", "nl", "--force"])
        } else {
            print("  build fundplan in the same configuration to time `fundplan report`: swift build -c release")
        }
        single.append([selfPath, "render", "1", files[0]])
        if let xsltproc { single.append([xsltproc, "-o", html, stylesheet, files[0]]) }
        let singles = try Measurement.interleavedMedians(runs: max(runs, 11), commands: single)
        let singleNames =
            (single.count == 3 ? ["  one plan, `fundplan report` (whole process)"] : []) + [
                "  one plan, fundplan-bench render (whole process)", "  one plan, xsltproc (whole process)",
            ]
        for (name, measurement) in zip(singleNames, singles) { print(measurement.row(name)) }
        if single.count == 3 {
            print(
                String(
                    format: "  one plan: `fundplan report` / xsltproc %.2f× wall (goal: at most 1.3×): %@",
                    singles[0].seconds / singles[2].seconds,
                    singles[0].seconds <= 1.3 * singles[2].seconds ? "MET" : "NOT MET"))
        }
        var batch: [[String]] = [[selfPath, "render", "1"] + files]
        if let xsltproc { batch.append([xsltproc, stylesheet] + files) }
        let batches = try Measurement.interleavedMedians(runs: runs, commands: batch)
        print(batches[0].row("  \(files.count) plans, fundplan, one thread"))
        if batches.count == 2 {
            print(batches[1].row("  \(files.count) plans, xsltproc (one process)"))
            print(
                String(
                    format:
                        "  \(files.count) plans: fundplan / xsltproc %.2f× wall, %.2f× CPU (goal: at most 1.0×): %@",
                    batches[0].seconds / batches[1].seconds, batches[0].cpuSeconds / batches[1].cpuSeconds,
                    batches[0].seconds <= batches[1].seconds ? "MET" : "NOT MET"))
        }
    }

    /// The measured child: renders every file (validated, transformed) and discards the HTML.
    static func render(threads: Int, files: [String]) -> Int32 {
        let failures = Atomicish()
        DispatchQueue.concurrentPerform(iterations: threads) { worker in
            for index in stride(from: worker, to: files.count, by: threads) {
                do {
                    _ = try ReportRenderer.html(planPath: files[index], language: .nl)
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
