import Foundation
import Testing

@testable import FundingPlanner

/// The review page as a policy maker uses it: amounts and reasons in the ranking, reviewers'
/// comments with their spread, printed to PDF, and controls that the keyboard can reach.
@Suite(.serialized) struct ReviewPageTests {
    /// Reviews the batch (with the reviewers' sheets and the call) into a folder.
    static func review(in folder: URL, language: Language) throws -> (xml: String, html: String, path: String) {
        let plans = folder.appendingPathComponent("plans-\(language.rawValue)")
        try FileManager.default.createDirectory(at: plans, withIntermediateDirectories: true)
        let files = try ReviewTests.batch(in: plans)
        let output = folder.appendingPathComponent("review-\(language.rawValue)")
        let run = try TestSupport.run(
            ["review"] + files + [
                "--reviews", ReviewTests.sheets, "--call", ReviewTests.call, "-o", output.path, "--lang",
                language.rawValue,
            ])
        #expect(run.status == 0, "\(run.standardError)")
        let html = output.appendingPathComponent("review.html").path
        return (
            try String(contentsOf: output.appendingPathComponent("review.xml"), encoding: .utf8),
            try String(contentsOfFile: html, encoding: .utf8), html
        )
    }

    @Test func rankingShowsAmountsReasonsAndReviewersComments() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let (xml, html, _) = try Self.review(in: folder, language: .en)
        // Every plan's four amounts are in review.xml and shown in the ranking.
        let plans = xml.components(separatedBy: "<plan rank=").dropFirst()
        #expect(plans.count >= 6)
        for plan in plans {
            let head = " " + String(plan.prefix { $0 != ">" })
            for name in ["budget", "requested", "cofinancing"] {
                let value = try #require(ReportTests.attributes([name], in: head).first, "\(name) missing")
                let english = "€" + Self.grouped(value)
                #expect(html.contains("data-value=\"\(value)\">\(english)</td>"), "\(name) \(value) not shown")
            }
            #expect(ReportTests.attributes(["ownShare"], in: head).first != nil)
        }
        // Why a plan fails: each failed gate's text is in the ranking, not only in the details.
        let ranking = try #require(
            html.components(separatedBy: "id=\"ranking-table\"").last?.components(
                separatedBy: "</table>"
            ).first)
        let failed = xml.components(separatedBy: "passed=\"false\">").dropFirst().map {
            String($0.prefix { $0 != "<" })
        }
        #expect(!failed.isEmpty)
        for reason in Set(failed) {
            // Both documents escape text the same way, so the XML's text is the page's text.
            #expect(ranking.contains(reason), "reason missing from the ranking: \(reason)")
        }
        // Reviewers' comments, their spread, and disagreement highlighted.
        let comments = xml.components(separatedBy: "<reviewer id=").dropFirst().compactMap { part -> String? in
            guard let start = part.firstIndex(of: ">"), let end = part.range(of: "</reviewer>") else { return nil }
            return String(part[part.index(after: start)..<end.lowerBound])
        }.filter { !$0.isEmpty }
        #expect(!comments.isEmpty, "the fixtures' sheets have comments")
        for comment in comments { #expect(html.contains("<q>\(comment)</q>"), "comment not shown: \(comment)") }
        #expect(xml.contains("disagreement=\"true\""))
        #expect(html.contains("class=\"reviewers disagree\""))
        #expect(html.contains("spread\u{00A0}3"), "the spread of the disagreeing scores")
        // The sort, filter and comparison controls are native, keyboard-operable elements; none is
        // a clickable div or span, and no tabindex takes elements out of (or reorders) the tab order.
        #expect(
            html.contains("<select id=\"filter-gates\">") && html.contains("<input type=\"search\" id=\"filter-text\">")
        )
        #expect(html.contains("document.createElement(\"button\")"))
        #expect(html.contains("<input type=\"checkbox\" class=\"compare\""))
        #expect(!html.contains("tabindex") && !html.contains("onclick"))
        #expect(!html.contains("src=") && !html.contains("href=\"http"), "no external request")
    }

    @Test(.enabled(if: browserToolsAvailable)) func printedPageShowsAmountsAndReasons() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        for language in Language.allCases {
            let (xml, _, path) = try Self.review(in: folder, language: language)
            let pdf = folder.appendingPathComponent("review-\(language.rawValue).pdf").path
            try PDFPrinter.print(htmlPath: path, to: pdf)
            let text = try BrowserTests.run("/usr/bin/pdftotext", ["-layout", pdf, "-"]).output
                .replacingOccurrences(of: "\u{00A0}", with: " ").split(whereSeparator: \.isWhitespace).joined(
                    separator: " ")
            let first =
                " " + String(xml.components(separatedBy: "<plan rank=").dropFirst().first?.prefix { $0 != ">" } ?? "")
            let budget = try #require(ReportTests.attributes(["budget"], in: first).first)
            let shown =
                language == .nl
                ? ReportTests.dutch(budget).replacingOccurrences(of: "\u{00A0}", with: " ") : "€" + Self.grouped(budget)
            #expect(text.contains(shown), "\(language): budget \(shown) not printed")
            let reason = try #require(
                xml.components(separatedBy: "passed=\"false\">").dropFirst().first.map {
                    String($0.prefix { $0 != "<" })
                })
            let words = reason.split(separator: " ").prefix(4).joined(separator: " ")
            #expect(text.contains(words), "\(language): reason '\(words)' not printed")
            #expect(
                !text.contains(
                    language == .nl ? "Vergelijking van de gekozen plannen" : "Comparison of the chosen plans"),
                "the script-only comparison is not printed")
        }
    }

    /// `12345.50` → `12,345.50`.
    static func grouped(_ amount: String) -> String {
        let parts = amount.split(separator: ".")
        var digits = String(parts[0])
        let negative = digits.hasPrefix("-")
        if negative { digits.removeFirst() }
        var out = ""
        for (index, digit) in digits.reversed().enumerated() {
            if index > 0 && index % 3 == 0 { out.append(",") }
            out.append(digit)
        }
        return (negative ? "-" : "") + String(out.reversed()) + "." + (parts.count > 1 ? String(parts[1]) : "00")
    }
}
