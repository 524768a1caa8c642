import Foundation
import Testing

@testable import FundingPlanner

/// LibreOffice (`soffice`), pdftotext and python-docx are installed, or this is CI (where their
/// absence must fail).
let officeToolsAvailable: Bool = {
    let paths = (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":")
    let office = paths.contains { FileManager.default.isExecutableFile(atPath: "\($0)/soffice") }
    let reader = (try? BrowserTests.run("/usr/bin/env", ["python3", "-c", "import docx"]).errors.isEmpty) ?? false
    let present = office && reader && FileManager.default.isExecutableFile(atPath: "/usr/bin/pdftotext")
    return present || ProcessInfo.processInfo.environment["CI"] == "true"
}()

/// The funder's version as a Word document (`report --docx`).
@Suite struct WordDocumentTests {
    @Test(arguments: Examples.names)
    func documentIsDeterministicAndHoldsEveryPart(name: String) throws {
        let first = try WordDocument.data(planPath: ReportTests.plan(name), language: .nl)
        let second = try WordDocument.data(planPath: ReportTests.plan(name), language: .nl)
        #expect(first == second, "the same plan gives the same bytes")
        let entries = try ZipPackage.entries(of: first, name: "\(name).docx")
        #expect(
            entries.map(\.path) == [
                "[Content_Types].xml", "_rels/.rels", "word/_rels/document.xml.rels", "word/document.xml",
                "word/styles.xml", "word/settings.xml", "word/footer1.xml", "word/header1.xml",
            ])
        let document = String(
            decoding: try #require(entries.first { $0.path == "word/document.xml" }).bytes, as: UTF8.self)
        #expect(document.contains("<w:pStyle w:val=\"Heading1\"/>"))
        #expect(!document.contains("<w:drawing") && !document.contains("<w:pict"), "no images")
        let english = try WordDocument.data(planPath: ReportTests.plan(name), language: .en)
        #expect(english != first)
    }

    /// Every table's columns fill the text width (9,638 twips of A4 with its margins), and the
    /// partner table gives the kind of organisation room for its longest word, so that Word does
    /// not break "middenveldorganisatie" in the middle.
    @Test(arguments: Examples.names)
    func tablesFillTheTextWidthAndTheKindsOfOrganisationHaveRoom(name: String) throws {
        let entries = try ZipPackage.entries(
            of: try WordDocument.data(planPath: ReportTests.plan(name), language: .nl), name: "\(name).docx")
        let document = String(
            decoding: try #require(entries.first { $0.path == "word/document.xml" }).bytes, as: UTF8.self)
        let grids = document.matches(of: /<w:tblGrid>(.*?)<\/w:tblGrid>/).map { grid in
            grid.output.1.matches(of: /<w:gridCol w:w="(\d+)"\/>/).compactMap { Int($0.output.1) }
        }
        #expect(grids.count >= 5)
        for grid in grids {
            #expect((9_600...9_638).contains(grid.reduce(0, +)), "\(grid)")
        }
        let partners = try #require(grids.first)
        #expect(partners.count == 5)
        #expect(partners[1] >= 2_400, "kind of organisation: \(partners)")
        #expect(partners[3] >= 1_650 && partners[4] >= 1_650, "amounts: \(partners)")
    }

    @Test(.enabled(if: officeToolsAvailable), arguments: Examples.names)
    func wordReadsBackWithTheTotalsOfThePlan(name: String) throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("\(name).docx").path
        let run = try TestSupport.run(["report", ReportTests.plan(name), "-o", path, "--docx", "--lang", "en"])
        #expect(run.status == 0, "\(run.standardError)")
        let lines = try ReportTests.python(["docx", path]).split(separator: "\n").map {
            $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
        }
        let headings = lines.filter { $0.first == "heading" }.map { $0[1] + ":" + $0[2] }
        for heading in [
            "Heading 1:Network and purpose", "Heading 1:Budget per cost category", "Heading 1:Income per source",
            "Heading 1:Co-financing per year", "Heading 1:Activities and milestones",
        ] {
            #expect(headings.contains(heading), "\(heading) missing: \(headings)")
        }
        #expect(headings.contains { $0.hasPrefix("Title:") })
        let xml = try String(contentsOfFile: ReportTests.plan(name), encoding: .utf8)
        let years = FunderReportTests.years(in: xml)
        let rows = lines.filter { $0.first == "cell" }.map { Array($0.dropFirst(3)) }
        func english(_ cents: Int) -> String {
            let euros = FunderReportTests.euros(cents)
            let number = Double(euros) ?? 0
            let formatter = NumberFormatter()
            formatter.locale = Locale(identifier: "en_US_POSIX")
            formatter.numberStyle = .decimal
            formatter.minimumFractionDigits = 2
            formatter.maximumFractionDigits = 2
            formatter.usesGroupingSeparator = true
            formatter.groupingSeparator = ","
            formatter.groupingSize = 3
            return "€" + (formatter.string(from: NSNumber(value: number)) ?? euros)
        }
        // The budget's total row: each year's costs and acquisitions, then their sum.
        let costs = years.map { $0.costs + $0.acquisitions }
        let budget = try #require(rows.firstIndex { $0.first == "Category" }, "no budget table")
        let budgetTotal = rows[budget...].first { $0.first == "Total" }
        #expect(
            budgetTotal == ["Total"] + (costs + [costs.reduce(0, +)]).map(english), "\(String(describing: budgetTotal))"
        )
        // The income row of the co-financing table equals the plan's income per year.
        let incomes = ReportTests.yearIncomes(in: xml).map { FunderReportTests.cents($0.amount) }
        let income = rows.first { $0.first == "Income" }
        #expect(income == ["Income"] + (incomes + [incomes.reduce(0, +)]).map(english), "\(String(describing: income))")

        // LibreOffice opens it and prints it to PDF; the figures are in the PDF's text.
        let office = try BrowserTests.run(
            "/usr/bin/env",
            [
                "soffice", "-env:UserInstallation=file://\(folder.path)/office", "--headless", "--convert-to", "pdf",
                "--outdir", folder.path, path,
            ])
        let pdf = folder.appendingPathComponent("\(name).pdf").path
        #expect(FileManager.default.fileExists(atPath: pdf), "LibreOffice did not convert: \(office.errors)")
        let text = try BrowserTests.run("/usr/bin/pdftotext", ["-layout", pdf, "-"]).output
        for amount in costs + incomes + [costs.reduce(0, +)] {
            #expect(text.contains(english(amount)), "\(english(amount)) is not in the PDF")
        }
    }
}
