import Foundation
import Testing

/// No silent misreads, end to end through the built binary: a Belgian thousands dot, a decimal
/// comma, a percentage, a date in another order, a reviewer's score for a criterion or plan
/// that does not exist: each is refused with exit 1, its line and column and a Dutch fix.
@Suite struct MisreadTests {
    static let example = try! String(contentsOfFile: Examples.path("social-restaurant"), encoding: .utf8)

    /// Each misread: what the coordinator wrote, the column of its element, the Dutch fix the message must give.
    static let misreads: [(from: String, to: String, column: Int, fix: String)] = [
        ("amount=\"15000\"/>", "amount=\"10.000\"/>", 7, "schrijf 10000"),
        ("amount=\"12000\" valuation", "amount=\"2.500\" valuation", 7, "schrijf 2500"),
        ("amount=\"2500\"", "amount=\"1.500,50\"", 7, "schrijf 1500.50"),
        ("amount=\"4000\"", "amount=\"4000.505\"", 7, "centen na een decimaalpunt: 10000.50"),
        ("maxShareOfOneSource=\"4000\"", "maxShareOfOneSource=\"40%\"", 3, "schrijf 4000"),
        ("<founded>2023-03-01</founded>", "<founded>01/09/2024</founded>", 3, "schrijf 2024-09-01"),
    ]

    /// `file:line:column:` of the first line of the example that holds `text`.
    static func position(of text: String, column: Int) -> String {
        let line = (example.components(separatedBy: "\n").firstIndex { $0.contains(text) } ?? -1) + 1
        return ":\(line):\(column):"
    }

    @Test(arguments: 0..<misreads.count)
    func misreadIsRefusedByEveryCommand(index: Int) throws {
        let misread = Self.misreads[index]
        #expect(Self.example.contains(misread.from))
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = try TestSupport.write(
            Self.example.replacingOccurrences(of: misread.from, with: misread.to), named: "network.xml", in: folder)
        for command in [
            ["validate", path], ["check", path], ["plan", path, "-o", folder.appendingPathComponent("out").path],
        ] {
            let run = try TestSupport.run(command)
            #expect(run.status == 1, "\(command[0]) accepted \(misread.to): \(run.standardError)")
            #expect(
                run.standardError.contains(path + Self.position(of: misread.from, column: misread.column)),
                "\(command[0]): \(run.standardError)")
            #expect(run.standardError.contains(misread.fix), "\(command[0]): \(run.standardError)")
            #expect(!run.standardError.contains("[facet"))
        }
        let english = try TestSupport.run(["validate", path, "--lang", "en", "--verbose"])
        #expect(english.status == 1)
        #expect(english.standardError.contains("    detail: Element '"), "--verbose shows the library's wording")
    }

    @Test func reviewerScoresForUnknownCriteriaOrPlansAreRefused() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let plan = folder.appendingPathComponent("plans/social-restaurant.xml")
        try FileManager.default.createDirectory(at: plan.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.copyItem(
            at: TestSupport.fixtures.appendingPathComponent("golden/plans/social-restaurant.plan.xml"), to: plan)
        let sheet = { (plan: String, criterion: String) in
            """
            <?xml version="1.0" encoding="UTF-8"?>
            <sheet xmlns="urn:fundingplanner:reviewer:1" reviewer="els" rubric="default">
              <score plan="tafel-van-de-wijk" criterion="coverage" value="4"/>
              <score plan="\(plan)" criterion="\(criterion)" value="3">Sterk doel.</score>
            </sheet>
            """
        }
        let cases = [
            ("tafel-van-de-wijk", "doel", "een score voor criterium 'doel'"),
            ("samen-koken", "purpose", "een score voor plan 'samen-koken'"),
            ("tafel-van-de-wijkk", "purpose", "bedoel je 'tafel-van-de-wijk'?"),
        ]
        for (index, (planID, criterion, message)) in cases.enumerated() {
            let sheetPath = try TestSupport.write(sheet(planID, criterion), named: "sheet-\(index).xml", in: folder)
            let output = folder.appendingPathComponent("review-\(index)").path
            let run = try TestSupport.run([
                "review", plan.deletingLastPathComponent().path, "--reviews", sheetPath, "-o", output,
            ])
            #expect(run.status == 1, "\(planID)/\(criterion): \(run.standardError)")
            #expect(run.standardError.contains(sheetPath + ":4:3: error: "), "\(run.standardError)")
            #expect(run.standardError.contains(message), "\(run.standardError)")
            #expect(!FileManager.default.fileExists(atPath: output + "/review.xml"))
        }
        let good = try TestSupport.write(sheet("tafel-van-de-wijk", "purpose"), named: "good.xml", in: folder)
        let accepted = try TestSupport.run([
            "review", plan.deletingLastPathComponent().path, "--reviews", good, "-o",
            folder.appendingPathComponent("ok").path,
        ])
        #expect(accepted.status == 0, "\(accepted.standardError)")
    }
}
