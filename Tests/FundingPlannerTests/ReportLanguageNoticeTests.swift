import Foundation
import Testing

@testable import FundingPlanner

/// A report whose labels are in another language than the plan's own texts says so, and how to
/// get a report in one language; a report in the plan's language says nothing.
///
/// The golden plans are English (`language="en"`).
@Suite struct ReportLanguageNoticeTests {
    @Test func dutchLabelsOnAnEnglishPlanWarnInDutchAndStillWriteThePage() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let plan = ReportTests.plan("social-restaurant")
        let output = folder.appendingPathComponent("aanvraag.html").path
        let run = try TestSupport.run(["report", plan, "-o", output, "--audience", "funder", "--lang", "nl"])
        #expect(run.status == 0, "\(run.standardError)")
        #expect(FileManager.default.fileExists(atPath: output))
        #expect(run.standardError.contains("\(plan): warning: de teksten uit het plan zelf"))
        #expect(run.standardError.contains("zijn in het Engels, de opschriften in het Nederlands"))
        #expect(run.standardError.contains("--lang nl'"))
        #expect(!run.standardError.contains("the plan's own texts"))
    }

    @Test func theWordDocumentWarnsToo() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try TestSupport.run([
            "report", ReportTests.plan("technical-companies"), "-o", folder.appendingPathComponent("a.docx").path,
            "--docx",
        ])
        #expect(run.status == 0, "\(run.standardError)")
        #expect(run.standardError.contains("zijn in het Engels, de opschriften in het Nederlands"))
    }

    @Test func labelsInThePlansLanguageOrAnOwnStylesheetSayNothing() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let plan = ReportTests.plan("social-restaurant")
        let same = try TestSupport.run([
            "report", plan, "-o", folder.appendingPathComponent("en.html").path, "--lang", "en",
        ])
        #expect(same.status == 0, "\(same.standardError)")
        #expect(same.standardError.isEmpty, "\(same.standardError)")
        let stylesheet = try TestSupport.write(
            """
            <xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
              <xsl:output method="html"/>
              <xsl:template match="/"><html><body>own</body></html></xsl:template>
            </xsl:stylesheet>
            """, named: "own.xsl", in: folder)
        let own = try TestSupport.run([
            "report", plan, "-o", folder.appendingPathComponent("own.html").path, "--stylesheet", stylesheet,
        ])
        #expect(own.status == 0, "\(own.standardError)")
        #expect(own.standardError.isEmpty, "\(own.standardError)")
    }

    @Test func theNoticeNamesBothLanguagesInEach() throws {
        let english = RenderedReport(bytes: [], labelLanguage: .en, planLanguage: .nl)
        let notice = try #require(english.languageNotice(file: "plan.xml"))
        #expect(notice.severity == .warning)
        #expect(
            notice.message(in: .en).hasPrefix("the plan's own texts (source names, steps, added value) are in Dutch"))
        #expect(notice.message(in: .en).hasSuffix("--lang en'"))
        #expect(notice.message(in: .nl).contains("zijn in het Nederlands, de opschriften in het Engels"))
        #expect(RenderedReport(bytes: [], labelLanguage: .nl, planLanguage: .nl).languageNotice(file: "p") == nil)
        #expect(RenderedReport(bytes: [], labelLanguage: .nl, planLanguage: nil).languageNotice(file: "p") == nil)
    }
}
