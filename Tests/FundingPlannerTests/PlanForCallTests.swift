import Foundation
import Testing

@testable import FundingPlanner

/// `fundplan plan --call`: the call's rules apply while planning, and `review` with the same
/// call then passes every one of its gates.
@Suite struct PlanForCallTests {
    static func callPath(_ name: String) -> String {
        TestSupport.packageRoot.appendingPathComponent("catalogues/calls/\(name).xml").path
    }

    /// Every example and shipped call the example can apply to: the grant is in the plan, its
    /// application is dated on the call's deadline, the call is recorded, the plan passes the
    /// independent checker, and every call gate of the review passes.
    @Test(arguments: [
        ("rural-social-economy-kitchen", "municipal-project-subsidy-kempen", "municipal-project-subsidy", "2027-10-31"),
        ("rural-social-economy-kitchen", "example-esf-network-formation", "esf-network-formation", "2026-12-31"),
        ("digital-skills-libraries", "example-esf-network-formation", "esf-network-formation", "2026-12-31"),
    ])
    func aPlanMadeForACallPassesThatCallsGates(network: String, callName: String, grant: String, deadline: String)
        throws
    {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let call = Self.callPath(callName)
        let plans = folder.appendingPathComponent("plans")
        let run = try TestSupport.run([
            "plan", Examples.path(network), "-o", plans.path, "--runs", "1000", "--call", call, "--lang", "en",
        ])
        #expect(run.status == 0, "\(run.standardError)")
        let xml = try String(contentsOf: plans.appendingPathComponent("plan.xml"), encoding: .utf8)
        #expect(xml.contains("<source model=\"\(grant)\""))
        #expect(xml.contains("<input role=\"call\""))
        #expect(xml.contains("<step model=\"\(grant)\" date=\"\(deadline)\" deadline=\"true\">"))
        try PlanChecker.check(
            xml: xml, network: Examples.network(network), catalogue: Examples.catalogue, maximumNewPerYear: 2)
        try PlanChecker.checkCallCofinancing(
            xml: xml, callPath: call, network: Examples.network(network), catalogue: Examples.catalogue)
        let output = folder.appendingPathComponent("review")
        let review = try TestSupport.run([
            "review", plans.appendingPathComponent("plan.xml").path, "--call", call, "-o", output.path, "--lang", "en",
        ])
        #expect(review.status == 0, "\(review.standardError)")
        let text = try String(contentsOf: output.appendingPathComponent("review.xml"), encoding: .utf8)
        let gates = text.components(separatedBy: "<gate id=\"call-").dropFirst()
        #expect(gates.count >= 5, "\(text)")
        // The examples set no targets for these calls' indicators: that gate fails and says so
        // (what the profile must add); every other gate passes.
        for gate in gates where !gate.hasPrefix("indicators\"") {
            let tag = gate.prefix { $0 != ">" }
            #expect(tag.hasSuffix("passed=\"true\""), "failed call gate: call-\(gate.prefix(300))")
        }
        let indicators = try #require(gates.first { $0.hasPrefix("indicators\"") })
        #expect(indicators.hasPrefix("indicators\" passed=\"false\""), "call-\(indicators.prefix(300))")
        #expect(indicators.contains("no target for: "), "call-\(indicators.prefix(300))")
    }

    /// The review reads the plan's own tables for a call's contribution kinds and indicators: the
    /// Limburg plan (social restaurant, founded 2025) counts cash and staff time and lacks a target
    /// for one of the call's three indicators; with that target added, the indicators gate passes.
    @Test func theReviewReadsTheCallsTablesInThePlan() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let network = try CallCofinancingTests.limburgNetwork(in: folder)
        func gates(_ profile: String, _ name: String) throws -> [String] {
            let plans = folder.appendingPathComponent(name)
            let run = try TestSupport.run([
                "plan", profile, "-o", plans.path, "--runs", "500", "--call", CallCofinancingTests.call, "--lang", "en",
            ])
            #expect(run.status == 0, "\(run.standardError)")
            // The coordinator hears of a missing target when planning, not only in review.
            #expect(
                run.standardOutput.contains("Indicators of the call without a target in the profile: ")
                    == (name == "before"), "\(run.standardOutput)")
            let output = folder.appendingPathComponent("review-\(name)")
            let review = try TestSupport.run([
                "review", plans.appendingPathComponent("plan.xml").path, "--call", CallCofinancingTests.call, "-o",
                output.path, "--lang", "en",
            ])
            #expect(review.status == 0, "\(review.standardError)")
            let text = try String(contentsOf: output.appendingPathComponent("review.xml"), encoding: .utf8)
            return text.components(separatedBy: "<gate id=\"call-").dropFirst().map { String($0.prefix(600)) }
        }
        let before = try gates(network.path, "before")
        let kinds = try #require(before.first { $0.hasPrefix("contribution-kinds\"") })
        #expect(kinds.hasPrefix("contribution-kinds\" passed=\"true\""), "\(kinds)")
        // The project balances (eligible costs €43,500 = grant €21,750 + co-financing €21,750);
        // what is available is listed by kind, the plan's own income included (the call accepts cash).
        #expect(kinds.contains("; in the project €21,750, at least €21,750; available €"), "\(kinds)")
        #expect(kinds.contains(" (cash €15,000, staff time €9,000, own income €"), "\(kinds)")
        #expect(!kinds.contains("cannot be checked"), "\(kinds)")
        let missing = try #require(before.first { $0.hasPrefix("indicators\"") })
        #expect(missing.hasPrefix("indicators\" passed=\"false\""), "\(missing)")
        #expect(missing.contains("no target for: Number of new or strengthened real-life learning contexts"))
        let added = network.text.replacingOccurrences(
            of: "  </indicators>",
            with: """
                    <indicator id="leercontexten" unit="sessions" callIndicator="learning-contexts">
                      <name xml:lang="nl">Nieuwe leercontexten in de keuken</name>
                      <target year="2027" value="3"/>
                    </indicator>
                  </indicators>
                """)
        #expect(added != network.text)
        let complete = try TestSupport.write(added, named: "complete.xml", in: folder)
        // With every indicator of the call answered, the plan passes every one of the call's gates.
        let after = try gates(complete, "after")
        #expect(after.count >= 8, "\(after)")
        for gate in after {
            #expect(gate.prefix { $0 != ">" }.hasSuffix("passed=\"true\""), "failed call gate: call-\(gate)")
        }
    }

    /// A call the network cannot apply to is refused with the reason, exit 1, no plan written.
    @Test func aCallTheNetworkCannotApplyToIsRefused() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try TestSupport.run([
            "plan", Examples.path("social-restaurant"), "-o", folder.path, "--runs", "500", "--call",
            Self.callPath("esf-learning-ecosystems-limburg"), "--lang", "en",
        ])
        #expect(run.status == 1)
        #expect(
            run.standardError.contains("the call is for network formation, the network is mature"),
            "\(run.standardError)")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("plan.xml").path))
        let elsewhere = try TestSupport.run([
            "plan", Examples.path("technical-companies"), "-o", folder.path, "--runs", "500", "--call",
            Self.callPath("municipal-project-subsidy-kempen"), "--lang", "en",
        ])
        #expect(elsewhere.status == 1)
        #expect(
            elsewhere.standardError.contains("does not work in the call's area (13008)"), "\(elsewhere.standardError)")
    }

    /// The call's co-financing counts only the kinds it accepts: the Kempen subsidy accepting
    /// only volunteer hours cannot be planned for the rural kitchen (its volunteers give €3,000 a
    /// year, half the eligible costs is more), and the plan says that this co-financing blocks.
    @Test func coFinancingOfKindsTheCallDoesNotAcceptDoesNotCount() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var text = try String(contentsOfFile: Self.callPath("municipal-project-subsidy-kempen"), encoding: .utf8)
        for kind in ["cash", "staff", "in-kind"] {
            text = text.replacingOccurrences(of: "    <accepts kind=\"\(kind)\"/>\n", with: "")
        }
        let call = try TestSupport.write(text, named: "volunteers-only.xml", in: folder)
        let run = try TestSupport.run([
            "plan", Examples.path("rural-social-economy-kitchen"), "-o", folder.appendingPathComponent("out").path,
            "--runs", "500", "--call", call, "--lang", "en",
        ])
        #expect(run.status == 1, "\(run.standardOutput)")
        #expect(
            run.standardError.contains(
                "The co-financing of the call 'municipal-project-subsidy-kempen' (at least 50 % of the eligible costs in every year of the grant, from volunteer hours) makes the plan impossible"
            ), "\(run.standardError)")
        #expect(run.standardError.contains("2027: €9,800 / €3,000"), "\(run.standardError)")
        // A plan that ignores the rule is caught by the independent checker.
        let plain = try TestSupport.run([
            "plan", Examples.path("rural-social-economy-kitchen"), "-o", folder.appendingPathComponent("plain").path,
            "--runs", "500", "--pin", "municipal-project-subsidy", "--lang", "en",
        ])
        #expect(plain.status == 0, "\(plain.standardError)")
        let xml = try String(contentsOf: folder.appendingPathComponent("plain/plan.xml"), encoding: .utf8)
        withKnownIssue {
            try PlanChecker.checkCallCofinancing(
                xml: xml, callPath: call, network: Examples.network("rural-social-economy-kitchen"),
                catalogue: Examples.catalogue)
        }
    }

    /// A call whose budget periods are shorter than a calendar year cannot be planned for.
    @Test func aCallWithShortBudgetPeriodsIsRefused() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let text = try String(contentsOfFile: Self.callPath("municipal-project-subsidy-kempen"), encoding: .utf8)
            .replacingOccurrences(of: "<budgetPeriod maximumMonths=\"12\">", with: "<budgetPeriod maximumMonths=\"6\">")
        let call = try TestSupport.write(text, named: "six-months.xml", in: folder)
        let run = try TestSupport.run([
            "plan", Examples.path("rural-social-economy-kitchen"), "-o", folder.appendingPathComponent("out").path,
            "--runs", "500", "--call", call, "--lang", "en",
        ])
        #expect(run.status == 1)
        #expect(
            run.standardError.contains(
                "the call accepts budget periods of at most 6 months, the plan budgets per calendar year (12 months)"),
            "\(run.standardError)")
    }
}
