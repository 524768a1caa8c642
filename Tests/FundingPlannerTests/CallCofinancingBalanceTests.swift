import Foundation
import Testing

@testable import FundingPlanner

/// A project's financing balances.
///
/// Its eligible costs are paid by the grant and the co-financing. The co-financing table of a plan made for a call shows what is available
/// (partners' contributions of accepted kinds, and the plan's own money when the call accepts
/// cash) apart from what the project takes of it.
@Suite struct CallCofinancingBalanceTests {
    /// The Kempen subsidy (at most half of the eligible costs, at most €2,500) for the rural
    /// kitchen.
    ///
    /// The plan asks the call's maximum, and the co-financing in the project
    /// is what the grant leaves (€19,600 − €2,500), not every contribution the partners give the
    /// network that year. Accepting only in-kind means (€11,500, more than the €9,800 required,
    /// less than the €17,100 left), the project takes all of them and the share is theirs.
    @Test func theCofinancingInTheProjectIsWhatTheGrantLeavesAtMostWhatIsAvailable() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let kempen = PlanForCallTests.callPath("municipal-project-subsidy-kempen")
        var inKindOnly = try String(contentsOfFile: kempen, encoding: .utf8)
        for kind in ["cash", "staff", "volunteers"] {
            inKindOnly = inKindOnly.replacingOccurrences(of: "    <accepts kind=\"\(kind)\"/>\n", with: "")
        }
        let cases = [
            (kempen, "all", "17100.00", "8724"),
            (
                try TestSupport.write(inKindOnly, named: "in-kind-only.xml", in: folder), "in-kind",
                "11500.00", "5867"
            ),
        ]
        for (call, name, counted, share) in cases {
            let output = folder.appendingPathComponent(name)
            let run = try TestSupport.run([
                "plan", Examples.path("rural-social-economy-kitchen"), "-o", output.path, "--runs", "500", "--call",
                call,
                "--lang", "en",
            ])
            #expect(run.status == 0, "\(run.standardError)")
            let plan = try String(contentsOf: output.appendingPathComponent("plan.xml"), encoding: .utf8)
            let row = try #require(
                CallCofinancingTests.matches(
                    #"<year value="2027" eligibleCosts="19600.00" requested="2500.00" available="([0-9.]+)" counted="([0-9.]+)" required="9800.00" share="(\d+)"/>"#,
                    in: plan
                ).first, "\(name): \(plan.components(separatedBy: "<cofinancing").last ?? "")")
            #expect(row[1] == counted && row[2] == share, "\(name): \(row)")
            // With every kind and the plan's own income the network has far more than the
            // project needs; with in-kind means only, the project takes all there is.
            let available = CallCofinancingTests.cents(row[0])
            #expect(name == "all" ? available > 50_000_00 : available == 11_500_00, "\(name): \(row)")
            #expect(plan.contains("<ownIncome>") == (name == "all"), "own income counts only when cash does")
            #expect(plan.contains("met=\"true\" share=\"\(share)\">"))
            let html = try ReportRenderer.html(
                planPath: output.appendingPathComponent("plan.xml").path, language: .en, audience: .funder)
            let section = try #require(
                html.components(separatedBy: "<section id=\"call-cofinancing\">").dropFirst().first?
                    .components(separatedBy: "</section>").first)
            #expect(section.contains("<th scope=\"row\">Co-financing in the project</th>"))
            #expect(section.contains(name == "all" ? "€17,100.00" : "€11,500.00"))
            #expect(section.contains(name == "all" ? "87.2\u{A0}%" : "58.7\u{A0}%"), "\(section)")
        }
    }

    /// A plan written before the table recorded what is available (no `available`, no own-money
    /// rows) still validates and renders in HTML and Word, without the rows it lacks.
    @Test func anOlderPlanWithoutTheAvailableRowsStillRenders() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("plan")
        let run = try TestSupport.run([
            "plan", Examples.path("rural-social-economy-kitchen"), "-o", output.path, "--runs", "500", "--call",
            PlanForCallTests.callPath("municipal-project-subsidy-kempen"), "--lang", "en",
        ])
        #expect(run.status == 0, "\(run.standardError)")
        let plan = try String(contentsOf: output.appendingPathComponent("plan.xml"), encoding: .utf8)
        var older = plan.replacingOccurrences(of: #" available="[0-9.]+""#, with: "", options: .regularExpression)
        older = older.replacingOccurrences(
            of: #"\n *<ownIncome>(.|\n)*?</ownIncome>"#, with: "", options: .regularExpression)
        #expect(plan.contains("<ownIncome>") && !older.contains("<ownIncome>") && !older.contains("available="))
        let path = try TestSupport.write(older, named: "older.xml", in: folder)
        let html = try ReportRenderer.html(planPath: path, language: .en, audience: .funder)
        let section = try #require(
            html.components(separatedBy: "<section id=\"call-cofinancing\">").dropFirst().first?
                .components(separatedBy: "</section>").first)
        #expect(section.contains("<th scope=\"row\">Co-financing in the project</th>"))
        #expect(section.contains("€17,100.00"))
        #expect(!section.contains("Co-financing available") && !section.contains("own income (sales, members)</th>"))
        let word = try WordDocument.data(planPath: path, language: .en)
        let document = String(
            decoding: try #require(
                try ZipPackage.entries(of: word, name: "older.docx").first { $0.path == "word/document.xml" }
            ).bytes, as: UTF8.self)
        #expect(document.contains("Co-financing in the project") && !document.contains("Co-financing available"))
    }
}
