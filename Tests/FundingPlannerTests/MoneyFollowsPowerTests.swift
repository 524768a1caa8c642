import Foundation
import Testing

@testable import FundingPlanner

/// A plan whose partner asks make money follow power carries the readiness finding `fundplan
/// check` makes, in its findings, its XML and its printed summary; a plan whose asks do not,
/// carries none.
@Suite struct MoneyFollowsPowerTests {
    /// The social-restaurant example with De Kookpot holding half of the votes (4 of 8), asked for
    /// up to €30,000 a year, and no other partner asked (a scenario made in memory).
    static func plan(language: Language) throws -> FundingPlan {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var text = try String(contentsOfFile: Examples.path("social-restaurant"), encoding: .utf8)
        let start = try #require(text.range(of: "<partner id=\"sociaal-restaurant\""))
        let end = try #require(text.range(of: "</partner>", range: start.upperBound..<text.endIndex))
        let partner = String(text[start.lowerBound..<end.upperBound])
        text = text.replacingCharacters(
            in: start.lowerBound..<end.upperBound,
            with: partner.replacingOccurrences(of: "votes=\"1\"", with: "votes=\"4\"").replacingOccurrences(
                of: "joins=\"2023\">", with: "joins=\"2023\" askCeiling=\"30000\">"))
        let path = try TestSupport.write(text, named: "power.xml", in: folder)
        let network = try NetworkProfile.load(path: path, catalogue: Examples.catalogue).profile
        var scenario = ScenarioOverrides(id: "only-kookpot", name: LocalizedText([("en", "Only De Kookpot is asked")]))
        scenario.asks = ["cvo-limburg", "vdab-genk", "stad-genk", "hotel-campus"].map {
            .init(partner: $0, ceiling: .zero)
        }
        var settings = PlanTests.settings(runs: 1_000)
        settings.language = language
        settings.apply(scenario)
        return try Planner.plan(PlanTests.inputs(network), settings: settings)
    }

    @Test func asksThatMakeMoneyFollowPowerCarryTheReadinessFinding() throws {
        for language in Language.allCases {
            let plan = try Self.plan(language: language)
            let ask = try #require(plan.partnerAsks.first { $0.partnerID == "sociaal-restaurant" })
            #expect(ask.moneyFollowsPower)
            #expect(
                plan.partnerAsks.filter { $0.partnerID != "sociaal-restaurant" }.allSatisfy {
                    $0.asked.allSatisfy { $0 == .zero }
                })
            let finding = try #require(plan.findingsFromAsks.first)
            #expect(finding.code == "power.follows-money" && finding.partner == "sociaal-restaurant")
            #expect(plan.readiness.findings.contains(finding))
            // Not a finding of the profile itself: only the asks cause it.
            #expect(
                !ReadinessReport.assess(Examples.network("social-restaurant"), language: language).findings.contains {
                    $0.code == "power.follows-money"
                })
            let xml = PlanXMLWriter.document(plan)
            #expect(xml.contains("code=\"power.follows-money\" partner=\"sociaal-restaurant\""))
            let summary = PlanSummary.text(plan)
            let expected =
                language == .nl
                ? "! Startklaarheid [problem] power.follows-money: Invloed volgt geld bij Sociaal restaurant De Kookpot (door wat het plan de partners vraagt"
                : "! Readiness [problem] power.follows-money: Influence follows money for Sociaal restaurant De Kookpot (because of what the plan asks the partners"
            #expect(summary.contains(expected), "\(summary)")
        }
    }

    @Test func asksThatDoNotMakeMoneyFollowPowerCarryNoFinding() throws {
        let plan = try Planner.plan(
            PlanTests.inputs(Examples.network("social-restaurant")), settings: PlanTests.settings(runs: 1_000))
        #expect(plan.partnerAsks.contains { $0.asked.contains { $0 > .zero } }, "the example asks its partners")
        #expect(plan.partnerAsks.allSatisfy { !$0.moneyFollowsPower })
        #expect(plan.findingsFromAsks.isEmpty)
        #expect(!PlanSummary.text(plan).contains("power.follows-money"))
    }
}
