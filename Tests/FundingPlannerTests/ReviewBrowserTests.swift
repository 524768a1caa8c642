import Foundation
import Testing

@testable import FundingPlanner

/// Selenium and Debian's chromedriver are installed, or this is CI (where their absence must fail).
let reviewBrowserAvailable: Bool = {
    let paths = (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":")
    let driver = paths.contains { FileManager.default.isExecutableFile(atPath: "\($0)/chromedriver") }
    let selenium =
        (try? BrowserTests.run("/usr/bin/env", ["python3", "-c", "import selenium"]).errors.isEmpty) ?? false
    return (driver && selenium) || ProcessInfo.processInfo.environment["CI"] == "true"
}()

/// The review page in a real Chromium with the keyboard alone (`Scripts/review_browser.py`):
/// sorting the ranking (Enter, Space), filtering it (arrow keys in the gate filter, typing in the
/// search field), opening a failing plan's gate reasons from its name and coming back, ticking two
/// plans to compare side by side (Space), with the focus visible on every control reached by
/// Tab and Shift+Tab; then the same page with JavaScript off, everything readable.
@Suite(.serialized, .enabled(if: reviewBrowserAvailable))
struct ReviewBrowserTests {
    @Test(arguments: Language.allCases)
    func theReviewPageWorksWithTheKeyboardAloneAndWithoutAScript(language: Language) throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        // The example plans without a call: some pass the gates and some fail them.
        let output = folder.appendingPathComponent("review")
        let review = try TestSupport.run([
            "review", TestSupport.fixtures.appendingPathComponent("golden/plans").path, "--reviews", ReviewTests.sheets,
            "-o", output.path, "--lang", language.rawValue,
        ])
        #expect(review.status == 0, "\(review.standardError)")
        let run = try BrowserTests.run(
            "/usr/bin/env",
            [
                "python3",
                TestSupport.packageRoot.appendingPathComponent("Tests/FundingPlannerTests/Scripts/review_browser.py")
                    .path,
                output.appendingPathComponent("review.html").path, language.rawValue,
            ])
        let lines = run.output.split(separator: "\n")
        let failed = lines.filter { $0.hasPrefix("FAIL") }
        #expect(
            failed.isEmpty && lines.last == "0 failed",
            "\(failed.isEmpty ? run.output + run.errors : failed.joined(separator: "\n"))")
        #expect(lines.filter { $0.hasPrefix("ok") }.count >= 25, "fewer checks ran than written:\n\(run.output)")
    }
}
