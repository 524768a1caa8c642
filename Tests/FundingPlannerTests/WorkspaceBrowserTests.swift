import Foundation
import Testing

/// Selenium, Debian's chromedriver and axe-core (from the axe-playwright-python wheel) are
/// installed, or this is CI (where their absence must fail).
let workspaceBrowserAvailable: Bool = {
    let paths = (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":")
    let driver = paths.contains { FileManager.default.isExecutableFile(atPath: "\($0)/chromedriver") }
    let probe = Process()
    probe.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    probe.arguments = [
        "python3", "-c", "import selenium, importlib.util; assert importlib.util.find_spec('axe_playwright_python')",
    ]
    probe.standardOutput = FileHandle.nullDevice
    probe.standardError = FileHandle.nullDevice
    let modules =
        (try? probe.run()).map {
            probe.waitUntilExit()
            return probe.terminationStatus == 0
        } ?? false
    return (driver && modules) || ProcessInfo.processInfo.environment["CI"] == "true"
}()

/// The workspace in a real Chromium, driven by Selenium against the built binary on a free
/// loopback port (`Scripts/workspace_browser.py`): a network filled in from nothing, partners
/// added and removed, a finding that appears and goes live, versions saved, compared and
/// restored, a stale tab refused, a partner's ask ceiling changed in a scenario, a model's yield
/// changed and a cap set in a variant of the social-restaurant example (a bad amount refused at
/// its field, the differences marked, its plan the bytes of `fundplan plan --scenario`), every download
/// checked (`fundplan validate`, CSV, iCalendar, pdftotext, python-docx, `fundplan verify`, the
/// CLI's own bytes), an upload with two errors shown at its fields, hostile uploads and ZIPs
/// refused, the reviewer's desk with a call and a ZIP, pages printed to PDF, the main path from an
/// empty workspace by keyboard alone, axe-core on every page with and without the page's script,
/// no request outside 127.0.0.1, and the same server used with JavaScript off.
@Suite(.serialized, .enabled(if: workspaceBrowserAvailable))
struct WorkspaceBrowserTests {
    @Test func theWorkspaceWorksInChromium() throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [
            "python3",
            TestSupport.packageRoot.appendingPathComponent("Tests/FundingPlannerTests/Scripts/workspace_browser.py")
                .path,
            TestSupport.binary.path,
        ]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        let failed = text.split(separator: "\n").filter { $0.hasPrefix("FAIL") }
        #expect(
            process.terminationStatus == 0,
            "workspace_browser.py: \(failed.isEmpty ? text.suffix(3_000) : failed.joined(separator: "\n")[...])")
        #expect(text.split(separator: "\n").filter { $0.hasPrefix("ok") }.count >= 110, "fewer checks ran than written")
    }
}
