import Foundation
import Testing

@testable import FundingPlanner

/// The HTML report, the CSV budget and the iCalendar file, checked with real parsers.
@Suite struct ReportTests {
    static let goldenPlans = TestSupport.fixtures.appendingPathComponent("golden/plans")

    static func plan(_ name: String) -> String {
        goldenPlans.appendingPathComponent("\(name).plan.xml").path
    }

    @Test(arguments: Examples.names)
    func htmlMatchesGoldenAndShowsEveryAmount(name: String) throws {
        let html = try ReportRenderer.html(planPath: Self.plan(name), language: .nl)
        try Golden.assertMatches(html, file: "reports/\(name).nl.html")
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(!html.contains("<script"), "no scripts")
        #expect(
            !html.contains("src=") && !html.contains("href=\"http") && !html.contains("url(")
                && !html.contains("@import"), "no external requests")
        // Every year total and every source amount of the plan appears, to the cent.
        let xml = try String(contentsOfFile: Self.plan(name), encoding: .utf8)
        for amount in Self.attributes(["income", "netIncome", "shortfall", "costs"], in: xml) {
            #expect(html.contains(Self.dutch(amount)), "\(amount) is not shown")
        }
    }

    @Test func englishReportUsesEnglishLabels() throws {
        let html = try ReportRenderer.html(planPath: Self.plan("technical-companies"), language: .en)
        #expect(html.contains("<html lang=\"en\">"))
        #expect(html.contains("Funding mix per year"))
        #expect(!html.contains("Financieringsmix"))
    }

    @Test func bothMessageFilesHaveTheSameKeysAndEveryUsedKeyExists() throws {
        let folder = TestSupport.packageRoot.appendingPathComponent("reports")
        func keys(_ file: String) throws -> Set<String> {
            let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
            return Set(
                text.components(separatedBy: "<xsl:variable name=\"").dropFirst().map {
                    String($0.prefix { $0 != "\"" })
                })
        }
        let dutch = try keys("messages-nl.xsl")
        let english = try keys("messages-en.xsl")
        #expect(
            dutch == english, "only in nl: \(dutch.subtracting(english)), only in en: \(english.subtracting(dutch))")
        #expect(dutch.count > 100)
        for file in [
            "plan-common.xsl", "plan-charts.xsl", "plan-sections.xsl", "plan-funder.xsl",
            "plan-funder-cofinancing.xsl", "plan-funder-outputs.xsl", "plan-docx.xsl", "plan-docx-blocks.xsl",
            "plan-docx-header.xsl", "plan-docx-outputs.xsl",
            "review-common.xsl",
        ] {
            let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
            let used = Set(
                text.components(separatedBy: "$m.").dropFirst().map {
                    "m." + String($0.prefix { $0.isLetter || $0.isNumber || $0 == "-" })
                })
            #expect(used.isSubset(of: dutch), "\(file) uses unknown labels \(used.subtracting(dutch))")
        }
    }

    @Test func hostileTextRendersLiterally() throws {
        var network = Examples.network("social-restaurant")
        network.name = LocalizedText([
            ("nl", "<script>alert(1)</script> & \"Co\""), ("en", "<script>alert(1)</script> & \"Co\""),
        ])
        network.partners[0].name = "]]>"
        let plan = try Planner.plan(
            Planner.Inputs(network: network, catalogue: Examples.catalogue, files: [Examples.input("network.xml")]),
            settings: {
                var settings = PlanSettings.standard
                settings.runs = 500
                return settings
            }())
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = try TestSupport.write(PlanXMLWriter.document(plan), named: "plan.xml", in: folder)
        let html = try ReportRenderer.html(planPath: path, language: .nl)
        #expect(!html.contains("<script"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; \"Co\""))
        #expect(html.contains("]]&gt;"))
        let csv = BudgetCSV.text(plan)
        #expect(csv.contains("]]>"))
        let ics = MilestoneCalendar.text(plan)
        #expect(ics.contains("X-WR-CALNAME:<script>alert(1)</script> & \"Co\"\r\n"))
    }

    @Test func csvBothLocalesReadBackWithTheirTotals() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let xml = try String(contentsOfFile: Self.plan("social-restaurant"), encoding: .utf8)
        let incomes = Self.yearIncomes(in: xml)
        for (locale, separator) in [("international", ","), ("nl", ";")] {
            let run = try TestSupport.run([
                "plan", Examples.path("social-restaurant"), "-o", folder.path, "--runs", "2000", "--lang", "en",
                "--csv-locale", locale, "--force",
            ])
            #expect(run.status == 0, "\(run.standardError)")
            let check = try Self.python(["csv", folder.appendingPathComponent("budget.csv").path, separator])
            let categories = Set(Self.attributes(["category"], in: xml)).count
            #expect(categories == 3)
            #expect(
                check == incomes.map { "\($0.year)=\($0.amount)" }.joined(separator: "\n")
                    + "\ncategories=\(categories)\n", "\(check)")
        }
    }

    /// The kind of a source's row is its resource type in the plan's language, like every other
    /// row's kind ("markt", not the token "market", in a Dutch plan's budget).
    @Test func csvNamesEachSourcesKindInThePlansLanguage() throws {
        for language in Language.allCases {
            var settings = PlanSettings.standard
            settings.runs = 200
            settings.language = language
            let plan = try Planner.plan(
                Planner.Inputs(
                    network: Examples.network("social-restaurant"), catalogue: Examples.catalogue,
                    files: [Examples.input("network.xml")]), settings: settings)
            let table = try SpreadsheetTable.parse(BudgetCSV.text(plan)).get()
            let sourceRows = table.rows.prefix(plan.sources.count)
            for (source, row) in zip(plan.sources, sourceRows) {
                #expect(row.cells[0] == source.name)
                #expect(row.cells[1] == source.resourceType.label(language).lowercased(), "\(language): \(row.cells)")
            }
            #expect(
                !sourceRows.contains { ["market", "public", "reciprocity"].contains($0.cells[1]) } || language == .en)
        }
    }

    @Test func calendarIsReadByAnICalendarLibrary() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try TestSupport.run([
            "plan", Examples.path("technical-companies"), "-o", folder.path, "--runs", "500",
        ])
        #expect(run.status == 0)
        let xml = try String(contentsOf: folder.appendingPathComponent("plan.xml"), encoding: .utf8)
        let steps = xml.components(separatedBy: "<step ").count - 1
        let deadlines = xml.components(separatedBy: "deadline=\"true\"").count - 1
        let check = try Self.python(["ics", folder.appendingPathComponent("milestones.ics").path])
        #expect(check == "events=\(steps) uids=\(steps) alarms=\(deadlines) first=20260101\n", "\(check)")
        let ics = try String(contentsOf: folder.appendingPathComponent("milestones.ics"), encoding: .utf8)
        #expect(ics.components(separatedBy: "\r\n").allSatisfy { $0.utf8.count <= 75 })
    }

    @Test func funderStylesheetRunsAndCannotReadFilesOrTheNetwork() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let own = try TestSupport.write(
            """
            <xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform" xmlns:p="urn:fundingplanner:plan:1">
              <xsl:output method="html"/>
              <xsl:template match="/"><p class="house-style"><xsl:value-of select="/p:plan/p:network"/></p></xsl:template>
            </xsl:stylesheet>
            """, named: "house.xsl", in: folder)
        let html = try ReportRenderer.html(planPath: Self.plan("social-restaurant"), language: .nl, stylesheet: own)
        #expect(html.contains("class=\"house-style\">Learning ecosystem The Neighbourhood Table (fictional)</p>"))

        let secret = try TestSupport.write("secret-\(UUID().uuidString)", named: "secret.xml", in: folder)
        let trap = try LoopbackTrap()
        let thief = try TestSupport.write(
            """
            <xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
              <xsl:template match="/"><out><xsl:copy-of select="document('\(secret)')"/><xsl:copy-of select="document('\(trap.url("x.xml"))')"/></out></xsl:template>
            </xsl:stylesheet>
            """, named: "thief.xsl", in: folder)
        #expect(throws: DiagnosticsError.self) {
            _ = try ReportRenderer.html(planPath: Self.plan("social-restaurant"), language: .nl, stylesheet: thief)
        }
        let importer = try TestSupport.write(
            """
            <xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
              <xsl:import href="\(trap.url("evil.xsl"))"/>
            </xsl:stylesheet>
            """, named: "importer.xsl", in: folder)
        #expect(throws: DiagnosticsError.self) {
            _ = try ReportRenderer.html(planPath: Self.plan("social-restaurant"), language: .nl, stylesheet: importer)
        }
        #expect(!trap.wasContacted)
    }

    // MARK: Helpers

    static func attributes(_ names: [String], in xml: String) -> [String] {
        var values: [String] = []
        for name in names {
            for part in xml.components(separatedBy: " \(name)=\"").dropFirst() {
                values.append(String(part.prefix { $0 != "\"" }))
            }
        }
        return values
    }

    static func yearIncomes(in xml: String) -> [(year: String, amount: String)] {
        guard let years = xml.range(of: "<years>"), let end = xml.range(of: "</years>") else { return [] }
        return xml[years.upperBound..<end.lowerBound].components(separatedBy: "<year value=\"").dropFirst().map {
            part in
            let year = String(part.prefix { $0 != "\"" })
            let income =
                part.components(separatedBy: " income=\"").dropFirst().first.map { String($0.prefix { $0 != "\"" }) }
                ?? ""
            return (year, income)
        }
    }

    /// `1234567.50` → `€ 1.234.567,50` as the Dutch report writes it.
    static func dutch(_ amount: String) -> String {
        let parts = amount.split(separator: ".")
        var digits = String(parts[0])
        let negative = digits.hasPrefix("-")
        if negative { digits.removeFirst() }
        var grouped = ""
        for (index, digit) in digits.reversed().enumerated() {
            if index > 0 && index % 3 == 0 { grouped.append(".") }
            grouped.append(digit)
        }
        return "€\u{00A0}" + (negative ? "-" : "") + String(grouped.reversed()) + ","
            + (parts.count > 1 ? String(parts[1]) : "00")
    }

    static func python(_ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments =
            [
                "python3",
                TestSupport.packageRoot.appendingPathComponent("Tests/FundingPlannerTests/Scripts/check_outputs.py")
                    .path,
            ] + arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "python check failed: \(arguments)")
        return String(decoding: data, as: UTF8.self)
    }
}
