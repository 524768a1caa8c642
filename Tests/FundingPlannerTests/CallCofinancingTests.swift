import Foundation
import Testing

@testable import FundingPlanner

/// The co-financing table in the call's structure and the output indicators: a plan made with
/// `--call` for the ESF learning-ecosystems call in Limburg carries both, with figures this test
/// computes itself from the profile, the call and the plan's grant; a plan without `--call` has
/// no table.
@Suite struct CallCofinancingTests {
    static let call = PlanForCallTests.callPath("esf-learning-ecosystems-limburg")

    /// The social-restaurant example (in Limburg, with a local government) founded in 2025, so
    /// that it is a network in formation the call admits.
    static func limburgNetwork(in folder: URL) throws -> (path: String, text: String) {
        let text = try String(contentsOfFile: Examples.path("social-restaurant"), encoding: .utf8)
            .replacingOccurrences(of: "<founded>2023-03-01</founded>", with: "<founded>2025-06-01</founded>")
        #expect(text.contains("<founded>2025-06-01</founded>"))
        let path = try TestSupport.write(text, named: "network.xml", in: folder)
        return (path, text)
    }

    /// Every match of `pattern`'s capture groups in `text`.
    static func matches(_ pattern: String, in text: String) -> [[String]] {
        let regex = try! NSRegularExpression(pattern: pattern)
        let range = NSRange(text.startIndex..., in: text)
        return regex.matches(in: text, range: range).map { match in
            (1..<match.numberOfRanges).map { String(text[Range(match.range(at: $0), in: text)!]) }
        }
    }

    static func cents(_ euros: String) -> Int { FunderReportTests.cents(euros) }

    @Test func aPlanForTheLimburgCallHasTheCallsCofinancingTable() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let network = try Self.limburgNetwork(in: folder)
        let output = folder.appendingPathComponent("plan")
        let run = try TestSupport.run([
            "plan", network.path, "-o", output.path, "--runs", "500", "--call", Self.call, "--lang", "nl",
            "--csv-locale", "international", "--no-bom",
        ])
        #expect(run.status == 0, "\(run.standardError)")
        let plan = try String(contentsOf: output.appendingPathComponent("plan.xml"), encoding: .utf8)
        let callText = try String(contentsOfFile: Self.call, encoding: .utf8)

        // The call's rules, read from its file.
        let eligible = Set(Self.matches(#"<eligible category="([a-z-]+)""#, in: callText).map { $0[0] })
        let excluded = Set(Self.matches(#"<excluded category="([a-z-]+)""#, in: callText).map { $0[0] })
        let accepted = Self.matches(#"<accepts kind="([a-z-]+)""#, in: callText).map { $0[0] }
        #expect(accepted == ["cash", "staff"])
        let minimum = try #require(Int(Self.matches(#"<cofinancing minimumShare="(\d+)""#, in: callText)[0][0]))

        // The project years: the years in which the plan asks the call's grant.
        let grant = try #require(
            plan.components(separatedBy: "<source model=\"esf-network-formation\"").dropFirst().first?
                .components(separatedBy: "</source>").first)
        let asked = Self.matches(#"<year year="(\d+)"[^>]* requested="([0-9.]+)""#, in: grant)
            .map { (Int($0[0])!, Self.cents($0[1])) }.filter { $0.1 > 0 }
        #expect(!asked.isEmpty, "the plan asks the call's grant")

        // The profile's costs and contributions.
        let costs = Self.matches(#"<cost year="(\d+)" category="([a-z-]+)" amount="([0-9.]+)""#, in: network.text)
        let contributions = Self.matches(
            #"<contribution year="(\d+)" kind="([a-z-]+)" amount="([0-9.]+)""#, in: network.text)

        // The plan's own money per year, as the planner's constraint counts it when the call
        // accepts cash: market income and the members' money (catalogue category membership) as
        // own income, money from the partners (funder type partners) as new partner money.
        let membership = Set(Examples.catalogue.models.filter { $0.category == .membership }.map(\.id))
        var ownIncome: [Int: Int] = [:]
        var partnerMoney: [Int: Int] = [:]
        for block in plan.components(separatedBy: "<source model=\"").dropFirst() {
            let source = block.components(separatedBy: "</source>")[0]
            let id = String(source.prefix { $0 != "\"" })
            let isPartners = source.contains("funderType=\"partners\"")
            let isOwn = source.contains("resourceType=\"market\"") || membership.contains(id)
            for year in Self.matches(#"<year year="(\d+)" income="([0-9.]+)""#, in: source) {
                if isPartners {
                    partnerMoney[Int(year[0])!, default: 0] += Self.cents(year[1])
                } else if isOwn {
                    ownIncome[Int(year[0])!, default: 0] += Self.cents(year[1])
                }
            }
        }
        #expect(ownIncome.values.contains { $0 > 0 }, "the example has income of its own")

        let table = try #require(
            plan.components(separatedBy: "<cofinancing ").dropFirst().first?.components(separatedBy: "</cofinancing>")
                .first)
        #expect(table.hasPrefix("call=\"esf-learning-ecosystems-limburg\" minimumShare=\"\(minimum)\""))
        var totals = (eligible: 0, requested: 0, available: 0, counted: 0, required: 0)
        var ownTotals = (income: 0, partners: 0)
        var kindTotals: [String: Int] = [:]
        for (year, requested) in asked {
            let eligibleCosts = costs.filter {
                Int($0[0]) == year && eligible.contains($0[1]) && !excluded.contains($0[1])
            }.reduce(0) { $0 + Self.cents($1[2]) }
            func given(_ kind: String) -> Int {
                contributions.filter { Int($0[0]) == year && $0[1] == kind }.reduce(0) { $0 + Self.cents($1[2]) }
            }
            let own = ownIncome[year, default: 0] + partnerMoney[year, default: 0]
            let available = accepted.reduce(accepted.contains("cash") ? own : 0) { $0 + given($1) }
            let required = (eligibleCosts * minimum + 9_999) / 10_000
            // The project balances: what the grant leaves of the eligible costs, from what is available.
            let counted = min(available, max(eligibleCosts - requested, required))
            #expect(available > eligibleCosts - requested, "the example has more than the project needs")
            #expect(counted == eligibleCosts - requested)
            let row = try #require(
                Self.matches(
                    #"<year value="\#(year)" eligibleCosts="([0-9.]+)" requested="([0-9.]+)" available="([0-9.]+)" counted="([0-9.]+)" required="([0-9.]+)" share="(\d+)"/>"#,
                    in: table
                ).first, "no row for \(year) in \(table)")
            #expect(Self.cents(row[0]) == eligibleCosts)
            #expect(Self.cents(row[1]) == requested)
            #expect(Self.cents(row[2]) == available)
            #expect(Self.cents(row[3]) == counted)
            #expect(Self.cents(row[4]) == required)
            #expect(Int(row[5]) == counted * 10_000 / eligibleCosts)
            totals.eligible += eligibleCosts
            totals.requested += requested
            totals.available += available
            totals.counted += counted
            totals.required += required
            ownTotals.income += ownIncome[year, default: 0]
            ownTotals.partners += partnerMoney[year, default: 0]
            for kind in ["cash", "staff", "in-kind", "volunteers"] { kindTotals[kind, default: 0] += given(kind) }
        }
        // The kinds: the accepted ones counted, the others that hold an amount shown apart.
        for kind in ["cash", "staff", "in-kind", "volunteers"] {
            let isAccepted = accepted.contains(kind)
            let block = table.components(separatedBy: "<kind kind=\"\(kind)\" accepted=\"\(isAccepted)\">").dropFirst()
                .first?.components(separatedBy: "</kind>").first
            if isAccepted || kindTotals[kind, default: 0] > 0 {
                let amounts = Self.matches(#"amount="([0-9.]+)""#, in: try #require(block, "\(kind) missing"))
                #expect(amounts.reduce(0) { $0 + Self.cents($1[0]) } == kindTotals[kind])
            } else {
                #expect(block == nil, "\(kind) has nothing and is not accepted")
            }
        }
        #expect(kindTotals["in-kind", default: 0] > 0, "the example has in-kind means the call does not count")
        // The call accepts cash: the plan's own money is available, each kind of it in its row.
        for (name, total) in [("ownIncome", ownTotals.income), ("newPartnerMoney", ownTotals.partners)] {
            let block = table.components(separatedBy: "<\(name)>").dropFirst().first?
                .components(separatedBy: "</\(name)>").first
            if total > 0 {
                let amounts = Self.matches(#"amount="([0-9.]+)""#, in: try #require(block, "\(name) missing"))
                #expect(amounts.reduce(0) { $0 + Self.cents($1[0]) } == total, "\(name)")
            } else {
                #expect(block == nil, "\(name) holds nothing")
            }
        }
        let total = try #require(
            Self.matches(
                #"<total eligibleCosts="([0-9.]+)" requested="([0-9.]+)" available="([0-9.]+)" counted="([0-9.]+)" required="([0-9.]+)"/>"#,
                in: table
            ).first)
        #expect(
            total.map(Self.cents) == [
                totals.eligible, totals.requested, totals.available, totals.counted, totals.required,
            ])
        let met = totals.counted * 10_000 >= totals.eligible * minimum
        #expect(table.contains("met=\"\(met)\""))

        // The funder's version, the Word document and the CSV show the same figures.
        let html = try String(contentsOf: output.appendingPathComponent("plan-funder.html"), encoding: .utf8)
        let section = try #require(
            html.components(separatedBy: "<section id=\"call-cofinancing\">").dropFirst().first?
                .components(separatedBy: "</section>").first)
        for cents in [totals.eligible, totals.requested, totals.available, totals.counted, totals.required]
            + Array(kindTotals.values) + [ownTotals.income, ownTotals.partners]
        where cents > 0 {
            #expect(section.contains(ReportTests.dutch(FunderReportTests.euros(cents))), "\(cents) not in the table")
        }
        #expect(section.contains("in natura (telt niet mee voor deze oproep)"))
        let english = try ReportRenderer.html(
            planPath: output.appendingPathComponent("plan.xml").path, language: .en, audience: .funder)
        #expect(english.contains("Co-financing in the call's structure"))
        #expect(english.contains("in kind (not counted by this call)"))
        let word = try WordDocument.data(planPath: output.appendingPathComponent("plan.xml").path, language: .nl)
        let document = String(
            decoding: try #require(
                try ZipPackage.entries(of: word, name: "plan.docx").first { $0.path == "word/document.xml" }
            ).bytes, as: UTF8.self)
        #expect(document.contains("Cofinanciering volgens de oproep"))
        #expect(document.contains(ReportTests.dutch(FunderReportTests.euros(totals.counted))))
        let csv = try String(contentsOf: output.appendingPathComponent("budget.csv"), encoding: .utf8)
        #expect(csv.contains("Cofinanciering in het project,cofinanciering (oproep esf-learning-ecosystems-limburg)"))
        #expect(csv.contains("Beschikbare cofinanciering,cofinanciering (oproep esf-learning-ecosystems-limburg)"))
        #expect(csv.contains(FunderReportTests.euros(totals.counted) + "\r\n"))

        // The call's indicators: two answered by the example's targets, one missing.
        #expect(plan.contains("<callIndicator id=\"participants\" answeredBy=\"werkzoekenden-in-opleiding\">"))
        #expect(plan.contains("<callIndicator id=\"local-partners\" answeredBy=\"lokale-partners\">"))
        #expect(plan.contains("<callIndicator id=\"learning-contexts\">"))
        #expect(html.contains("Aantal nieuwe of versterkte levensechte leercontexten"))
        #expect(html.contains("ontbreekt: geen streefwaarde in dit plan"))
        #expect(document.contains("ontbreekt: geen streefwaarde in dit plan"))
    }

    @Test(arguments: Examples.names)
    func aPlanWithoutACallHasNoCofinancingTable(name: String) throws {
        let plan = try String(contentsOfFile: ReportTests.plan(name), encoding: .utf8)
        #expect(!plan.contains("<input role=\"call\""))
        #expect(!plan.contains("<cofinancing"))
        #expect(!plan.contains("<callIndicator"))
        for language in Language.allCases {
            let html = try ReportRenderer.html(planPath: ReportTests.plan(name), language: language, audience: .funder)
            #expect(!html.contains("id=\"call-cofinancing\""))
        }
    }

    /// Each example's indicators reach plan.xml and both languages of the funder's version and
    /// the Word document, every target beside its year.
    @Test(arguments: Examples.names)
    func outputIndicatorsReachTheFunderVersion(name: String) throws {
        let profile = Examples.network(name)
        let plan = try String(contentsOfFile: ReportTests.plan(name), encoding: .utf8)
        #expect(plan.contains("<outputIndicators>") == !profile.outputIndicators.isEmpty)
        for language in Language.allCases {
            let html = try ReportRenderer.html(planPath: ReportTests.plan(name), language: language, audience: .funder)
            let word = try WordDocument.data(planPath: ReportTests.plan(name), language: language)
            let document = String(
                decoding: try #require(
                    try ZipPackage.entries(of: word, name: "\(name).docx").first { $0.path == "word/document.xml" }
                ).bytes, as: UTF8.self)
            for indicator in profile.outputIndicators {
                let title = indicator.name.text(in: language)
                let row = try #require(
                    html.components(separatedBy: "<th scope=\"row\">\(title)</th>").dropFirst().first?
                        .components(separatedBy: "</tr>").first, "\(name): \(title) missing")
                #expect(row.contains(indicator.unit.label(language)))
                #expect(document.contains(title))
                for target in indicator.targets {
                    let shown = language == .nl ? Self.grouped(target.value, ".") : Self.grouped(target.value, ",")
                    #expect(row.contains("<td>\(shown)</td>"), "\(name) \(target.year): \(shown)")
                    #expect(document.contains(">\(shown)<"))
                }
            }
        }
        #expect(
            !profile.outputIndicators.isEmpty
                || !["social-restaurant", "digital-skills-libraries", "neighbourhood-third-place"].contains(name))
    }

    @Test func aCallIndicatorTheCallDoesNotDefineIsRefusedWithItsLine() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let network = try Self.limburgNetwork(in: folder)
        let wrong = network.text.replacingOccurrences(
            of: "callIndicator=\"local-partners\"", with: "callIndicator=\"local-partner\"")
        let path = try TestSupport.write(wrong, named: "wrong.xml", in: folder)
        let line = wrong.split(separator: "\n", omittingEmptySubsequences: false).firstIndex {
            $0.contains("callIndicator=\"local-partner\"")
        }.map { $0 + 1 }
        for language in Language.allCases {
            let run = try TestSupport.run([
                "plan", path, "-o", folder.appendingPathComponent("out").path, "--runs", "500", "--call", Self.call,
                "--lang", language.rawValue,
            ])
            #expect(run.status == 1, "\(run.standardError)")
            let expected = language == .nl ? "bedoelt u 'local-partners'?" : "did you mean 'local-partners'?"
            #expect(run.standardError.contains("wrong.xml:\(try #require(line)):"), "\(run.standardError)")
            #expect(run.standardError.contains(expected), "\(run.standardError)")
            #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("out/plan.xml").path))
        }
    }

    /// `1234` → `1.234` or `1,234`.
    static func grouped(_ value: Int, _ separator: String) -> String {
        let digits = String(value)
        var out = ""
        for (index, digit) in digits.reversed().enumerated() {
            if index > 0 && index % 3 == 0 { out += separator }
            out.append(digit)
        }
        return String(out.reversed())
    }
}
