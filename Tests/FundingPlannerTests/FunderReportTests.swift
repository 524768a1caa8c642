import Foundation
import Testing

@testable import FundingPlanner

/// The funder's version of the report (`--audience funder`) and the budget by cost category.
@Suite struct FunderReportTests {
    /// Labels of sections and facts that only the team report has, in the messages files.
    static let teamOnlyLabels = [
        "m.readiness", "m.matrix", "m.coverage", "m.assumptions", "m.risks", "m.solver", "m.objective",
        "m.simulation", "m.inputs", "m.resolve", "m.maturity", "m.consensus", "m.hhi", "m.all-years-covered",
        "m.chance-covered", "m.blocked",
    ]

    @Test(arguments: Examples.names)
    func funderReportMatchesGoldenInBothLanguages(name: String) throws {
        for language in Language.allCases {
            let html = try ReportRenderer.html(
                planPath: ReportTests.plan(name), language: language, audience: .funder)
            try Golden.assertMatches(html, file: "reports/\(name).funder.\(language.rawValue).html")
            #expect(html.hasPrefix("<!DOCTYPE html>"))
            #expect(html.contains("<html lang=\"\(language.rawValue)\">"))
            #expect(!html.contains("<script") && !html.contains("src=") && !html.contains("url("))
        }
    }

    @Test(arguments: Examples.names)
    func funderReportHasNoTeamOnlySection(name: String) throws {
        let xml = try String(contentsOfFile: ReportTests.plan(name), encoding: .utf8)
        let digests = ReportTests.attributes(["sha256"], in: xml)
        #expect(!digests.isEmpty)
        for language in Language.allCases {
            let messages = try Self.messages(language)
            let html = try ReportRenderer.html(
                planPath: ReportTests.plan(name), language: language, audience: .funder)
            let team = try ReportRenderer.html(planPath: ReportTests.plan(name), language: language)
            let text = Self.text(of: html)
            for key in Self.teamOnlyLabels {
                let label = try #require(messages[key], "\(key) missing")
                #expect(!text.contains(label), "\(language): the funder's version shows '\(label)' (\(key))")
            }
            // The same labels are in the team report, so the check above can fail.
            #expect(Self.teamOnlyLabels.filter { Self.text(of: team).contains(messages[$0] ?? "\u{0}") }.count >= 8)
            for digest in digests { #expect(!html.contains(digest), "a digest is shown") }
            for word in ["CBC", "HiGHS", "seed", "P10", "P90", "model.lp"] {
                #expect(!text.contains(word), "\(language): '\(word)' is shown")
            }
            for id in ["readiness", "matrix", "coverage", "assumptions", "summary"] {
                #expect(!html.contains("id=\"\(id)\""))
            }
        }
    }

    @Test(arguments: Examples.names)
    func budgetByCategoryAddsUpToTheCent(name: String) throws {
        let xml = try String(contentsOfFile: ReportTests.plan(name), encoding: .utf8)
        let years = Self.years(in: xml)
        #expect(!years.isEmpty)
        let funder = try ReportRenderer.html(planPath: ReportTests.plan(name), language: .nl, audience: .funder)
        let team = try ReportRenderer.html(planPath: ReportTests.plan(name), language: .nl)
        var allCosts = 0
        for year in years {
            let parts = year.categories.reduce(0) { $0 + $1.cents }
            #expect(year.categories.isEmpty || parts == year.costs, "\(name) \(year.value): \(parts) ≠ \(year.costs)")
            allCosts += year.costs + year.acquisitions
            for html in [funder, team] {
                #expect(html.contains(ReportTests.dutch(Self.euros(year.costs + year.acquisitions))))
                for category in year.categories {
                    #expect(html.contains(ReportTests.dutch(Self.euros(category.cents))))
                }
            }
        }
        for html in [funder, team] {
            #expect(html.contains("<caption>Kosten per categorie en jaar</caption>"))
            #expect(html.contains(ReportTests.dutch(Self.euros(allCosts))), "\(name): total \(allCosts) missing")
        }
    }

    @Test(arguments: Examples.names)
    func requestedAmountsAreExpectedIncomeDividedByTheChance(name: String) throws {
        let xml = try String(contentsOfFile: ReportTests.plan(name), encoding: .utf8)
        let funder = try ReportRenderer.html(planPath: ReportTests.plan(name), language: .nl, audience: .funder)
        var checked = 0
        for source in xml.components(separatedBy: "<source model=\"").dropFirst() {
            let body = source.components(separatedBy: "</source>").first ?? ""
            let competitive = body.contains("competitive=\"true\"")
            let probability = Int(ReportTests.attributes(["probability"], in: " " + body).first ?? "") ?? 0
            for line in body.components(separatedBy: "<year ").dropFirst() {
                let requested = ReportTests.attributes(["requested"], in: " " + line).first
                #expect(
                    (requested != nil) == (competitive && probability > 0), "\(name): requested only when competitive")
                guard let requested, let income = ReportTests.attributes(["income"], in: " " + line).first else {
                    continue
                }
                let asked = Self.cents(requested)
                let expected = Self.cents(income)
                #expect(abs(asked * probability - expected * 10_000) <= probability / 2 + 1, "\(name): \(line)")
                #expect(funder.contains(ReportTests.dutch(requested)))
                checked += 1
            }
        }
        #expect(checked > 0 || !xml.contains("competitive=\"true\""))
    }

    @Test func labelsAgreeWithTheSwiftVocabularies() throws {
        let text = try String(
            contentsOf: TestSupport.packageRoot.appendingPathComponent("reports/labels.xsl"), encoding: .utf8)
        func check<T: RawRepresentable & CaseIterable & Labelled>(_ type: T.Type, _ vocabulary: String)
        where T.RawValue == String {
            for value in T.allCases {
                let key = "$key = '\(vocabulary):\(value.rawValue)'"
                #expect(text.contains("\(key) and $lang = 'nl'\">\(value.label(.nl))<"), "\(vocabulary) \(value)")
                #expect(text.contains("\(key)\">\(value.label(.en))<"), "\(vocabulary) \(value)")
            }
        }
        check(CostCategory.self, "cost")
        check(PartnerType.self, "partner-type")
        check(PartnerRole.self, "role")
        check(IndicatorUnit.self, "unit")
        check(ContributionKind.self, "kind")
    }

    @Test func reportCommandWritesTheFunderVersionAndRefusesBadCombinations() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("funder.html").path
        let run = try TestSupport.run([
            "report", ReportTests.plan("social-restaurant"), "-o", output, "--audience", "funder", "--lang", "en",
        ])
        #expect(run.status == 0, "\(run.standardError)")
        let html = try String(contentsOfFile: output, encoding: .utf8)
        #expect(html.contains("Funding plan, annex to the application"))
        let wrong = try TestSupport.run([
            "report", ReportTests.plan("social-restaurant"), "-o", output, "--docx", "--force",
        ])
        #expect(wrong.status == 2)
        #expect(wrong.standardError.contains("ending in .docx"))
        let team = try TestSupport.run([
            "report", ReportTests.plan("social-restaurant"), "-o", folder.appendingPathComponent("a.docx").path,
            "--docx", "--audience", "team",
        ])
        #expect(team.status == 2)
        let audience = try TestSupport.run([
            "report", ReportTests.plan("social-restaurant"), "-o", output, "--audience", "board", "--force",
        ])
        #expect(audience.status == 2)
    }

    // MARK: Helpers

    struct Year {
        var value: String
        var costs: Int
        var acquisitions: Int
        var categories: [(category: String, cents: Int)]
    }

    static func years(in xml: String) -> [Year] {
        guard let start = xml.range(of: "<years>"), let end = xml.range(of: "</years>") else { return [] }
        return xml[start.upperBound..<end.lowerBound].components(separatedBy: "<year value=\"").dropFirst().map {
            part in
            let head = " " + String(part.prefix { $0 != ">" })
            let lines = part.components(separatedBy: "<cost ").dropFirst().map { line -> (String, Int) in
                (
                    ReportTests.attributes(["category"], in: " " + line).first ?? "",
                    cents(ReportTests.attributes(["amount"], in: " " + line).first ?? "0")
                )
            }
            return Year(
                value: String(part.prefix { $0 != "\"" }),
                costs: cents(ReportTests.attributes(["costs"], in: head).first ?? "0"),
                acquisitions: cents(ReportTests.attributes(["acquisitions"], in: head).first ?? "0"),
                categories: lines.map { (category: $0.0, cents: $0.1) })
        }
    }

    /// `"1234.50"` → 123450, without floating point.
    static func cents(_ amount: String) -> Int {
        let negative = amount.hasPrefix("-")
        let parts = amount.drop { $0 == "-" }.split(separator: ".")
        let whole = Int(parts.first ?? "0") ?? 0
        let fraction =
            parts.count > 1 ? Int(String(parts[1]).padding(toLength: 2, withPad: "0", startingAt: 0)) ?? 0 : 0
        return (negative ? -1 : 1) * (whole * 100 + fraction)
    }

    /// 123450 → `"1234.50"`.
    static func euros(_ cents: Int) -> String {
        let sign = cents < 0 ? "-" : ""
        let value = abs(cents)
        return "\(sign)\(value / 100)." + String(format: "%02d", value % 100)
    }

    /// The messages of `language`'s file, by key.
    static func messages(_ language: Language) throws -> [String: String] {
        let text = try String(
            contentsOf: TestSupport.packageRoot.appendingPathComponent("reports/messages-\(language.rawValue).xsl"),
            encoding: .utf8)
        var result: [String: String] = [:]
        for part in text.components(separatedBy: "<xsl:variable name=\"").dropFirst() {
            let key = String(part.prefix { $0 != "\"" })
            guard let open = part.firstIndex(of: ">"), let close = part.range(of: "</xsl:variable>") else { continue }
            result[key] = String(part[part.index(after: open)..<close.lowerBound])
                .replacingOccurrences(of: "&amp;", with: "&")
        }
        return result
    }

    /// The page's text: tags removed, entities for `&`, `<`, `>` and `'` decoded.
    static func text(of html: String) -> String {
        var text = ""
        var inTag = false
        for character in html {
            if character == "<" {
                inTag = true
            } else if character == ">" {
                inTag = false
            } else if !inTag {
                text.append(character)
            }
        }
        return text.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&#39;", with: "'").replacingOccurrences(of: "&amp;", with: "&")
    }
}
