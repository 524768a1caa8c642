import Foundation
import FundingPlanner

/// Rendering plans to HTML in-process, beside `xsltproc` with the same stylesheet and files.
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
        for index in 0..<5_000 {
            let target = workFolder.appendingPathComponent("plan-\(index).xml").path
            try FileManager.default.copyItem(atPath: goldens + "/" + names[index % names.count], toPath: target)
            files.append(target)
        }
        for audience in audiences {
            try measure(audience, files: files, packageFolder: packageFolder, selfPath: selfPath, runs: runs)
        }
    }

    private static func measure(
        _ audience: ReportAudience, files: [String], packageFolder: String, selfPath: String, runs: Int
    ) throws {
        let stylesheet =
            packageFolder + (audience == .team ? "/reports/plan-nl.xsl" : "/reports/plan-funder-nl.xsl")
        let xsltproc = ["/usr/bin/xsltproc", "/usr/local/bin/xsltproc"].first {
            FileManager.default.isExecutableFile(atPath: $0)
        }
        print(
            "\nReports, audience \(audience.rawValue) (plan → HTML, \((stylesheet as NSString).lastPathComponent); "
                + "\(runs) runs each, medians):")
        let render = [selfPath, "render", audience.rawValue]
        let one = try Measurement.median(runs: runs, command: render + ["1", files[0]])
        print(
            String(
                format: "  one plan, fundplan (whole process)          %7.3f s %7.1f MiB", one.seconds,
                Double(one.peakKilobytes) / 1024))
        var baselineOne: Measurement?
        var baselineMany: Measurement?
        if let xsltproc {
            baselineOne = try Measurement.median(runs: runs, command: [xsltproc, stylesheet, files[0]])
            print(
                String(
                    format: "  one plan, xsltproc                          %7.3f s %7.1f MiB", baselineOne!.seconds,
                    Double(baselineOne!.peakKilobytes) / 1024))
        }
        for threads in [1, 2] {
            let many = try Measurement.median(runs: runs, command: render + ["\(threads)"] + files)
            print(
                String(
                    format: "  5,000 plans, fundplan, %d thread(s)          %7.3f s %7.1f MiB", threads, many.seconds,
                    Double(many.peakKilobytes) / 1024))
            if threads == 1, let xsltproc {
                baselineMany = try Measurement.median(runs: runs, command: [xsltproc, stylesheet] + files)
                print(
                    String(
                        format: "  5,000 plans, xsltproc (one process)         %7.3f s %7.1f MiB",
                        baselineMany!.seconds, Double(baselineMany!.peakKilobytes) / 1024))
                print(
                    String(
                        format: "  ratio at 5,000 (1 thread, with validation): %.2f× (target ≤ 1.2×)",
                        many.seconds / baselineMany!.seconds))
            }
        }
        if let baselineOne {
            print(
                String(
                    format: "  ratio for one plan (process start, schemas and stylesheet compiled): %.2f×",
                    one.seconds / baselineOne.seconds))
        }
    }

    /// The measured child: renders every file (validated, transformed) for `audience` and
    /// discards the HTML.
    static func render(threads: Int, audience: ReportAudience, files: [String]) -> Int32 {
        let failures = Atomicish()
        DispatchQueue.concurrentPerform(iterations: threads) { worker in
            for index in stride(from: worker, to: files.count, by: threads) {
                do {
                    _ = try ReportRenderer.html(planPath: files[index], language: .nl, audience: audience)
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
