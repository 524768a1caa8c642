import Foundation
import Testing

@testable import FundingPlanner
@testable import FundingPlannerXML

/// Checks a written plan against the network and the catalogue, reading only the XML.
///
/// It shares no code with the optimiser. Amounts are compared in cents.
enum PlanChecker {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    static func check(xml: String, network: NetworkProfile, catalogue: Catalogue, maximumNewPerYear: Int) throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = try TestSupport.write(xml, named: "plan.xml", in: folder)
        var records: [String: [XMLElement]] = [:]
        let schemas = try SchemaSet.load()
        let diagnostics = XMLRecordReader.read(
            path: path, displayName: "plan.xml", schema: try schemas.schema(for: .plan),
            expectedRoot: XMLName(namespace: DocumentKind.plan.namespace, localName: "plan"),
            onRecord: { records[$0.name, default: []].append($0) }
        ).diagnostics
        #expect(diagnostics.isEmpty, "plan is not schema-valid: \(diagnostics)")
        func cents(_ element: XMLElement, _ name: String) -> Int64 {
            Money(euros: element.attribute(name) ?? "")?.cents ?? .min
        }
        let sources = records["sources"]?.first?.children(named: "source") ?? []
        let partners = records["sources"]?.first?.children(named: "partnerCash") ?? []
        let acquisitions = records["sources"]?.first?.children(named: "acquisition") ?? []
        let limits = try #require(records["limits"]?.first)
        let maxShare = Int64(limits.attribute("maxShareOfOneSource") ?? "") ?? 0
        let maxPublic = Int64(limits.attribute("maxPublicShare") ?? "") ?? 0
        let capacity = Int(limits.attribute("effortHoursPerYear") ?? "") ?? 0
        #expect(capacity == 12 * (network.volunteerHoursPerMonth + network.staffHoursPerMonth))
        let startYear = network.budget.startYear
        for year in records["years"]?.first?.children(named: "year") ?? [] {
            let value = year.attribute("value") ?? ""
            func income(of source: XMLElement) -> Int64 {
                source.children(named: "year").first { $0.attribute("year") == value }.map { cents($0, "income") } ?? 0
            }
            func net(of source: XMLElement) -> Int64 {
                source.children(named: "year").first { $0.attribute("year") == value }.map { cents($0, "net") } ?? 0
            }
            let partnerCash = partners.reduce(Int64(0)) { sum, partner in
                sum
                    + (partner.children(named: "year").first { $0.attribute("year") == value }.map {
                        cents($0, "amount")
                    } ?? 0)
            }
            let sourceIncome = sources.reduce(Int64(0)) { $0 + income(of: $1) }
            let direct = sources.reduce(Int64(0)) { $0 + income(of: $1) - net(of: $1) }
            let acquisition = acquisitions.filter { $0.attribute("year") == value }.reduce(Int64(0)) {
                $0 + cents($1, "cost")
            }
            #expect(cents(year, "partnerCash") == partnerCash, "partner cash \(value)")
            #expect(cents(year, "sourceIncome") == sourceIncome, "source income \(value)")
            #expect(cents(year, "income") == partnerCash + sourceIncome, "income \(value)")
            #expect(cents(year, "directCosts") == direct, "direct costs \(value)")
            #expect(cents(year, "netIncome") == partnerCash + sourceIncome - direct, "net \(value)")
            #expect(cents(year, "acquisitions") == acquisition, "acquisitions \(value)")
            let costs = network.budget.costs.filter { "\($0.year)" == value }.reduce(Int64(0)) { $0 + $1.amount.cents }
            #expect(cents(year, "costs") == costs, "costs \(value)")
            let balance = partnerCash + sourceIncome - direct - costs - acquisition
            #expect(cents(year, "balance") == balance)
            #expect(cents(year, "shortfall") == max(0, -balance))
            let total = partnerCash + sourceIncome
            // Caps hold up to rounding to the cent (one cent per source).
            for source in sources {
                #expect(
                    income(of: source) * 10_000 <= maxShare * total + 10_000 * 2,
                    "one-source cap \(source.attribute("model") ?? "") \(value)")
            }
            let publicIncome =
                sources.filter { $0.attribute("resourceType") == "public" }.reduce(Int64(0)) { $0 + income(of: $1) }
                + partners.filter { $0.attribute("public") == "true" }.reduce(Int64(0)) { sum, partner in
                    sum
                        + (partner.children(named: "year").first { $0.attribute("year") == value }.map {
                            cents($0, "amount")
                        } ?? 0)
                }
            #expect(
                publicIncome * 10_000 <= maxPublic * total + 10_000 * Int64(sources.count + 1), "public cap \(value)")
            let effort = sources.reduce(0) { sum, source in
                sum
                    + (source.children(named: "year").first { $0.attribute("year") == value }.flatMap {
                        Int($0.attribute("effortHours") ?? "")
                    } ?? 0)
            }
            #expect(effort <= capacity, "effort \(value)")
            // The first year may start one more model if it is a quick win (lead ≤ 3 months,
            // ≤ 10 hours a month): the limit holds for the others.
            let started = sources.filter { $0.attribute("start") == value }.compactMap {
                catalogue.model(id: $0.attribute("model") ?? "")
            }
            let quick = started.filter { $0.timing.leadTimeMonths <= 3 && $0.effort.hoursPerMonth <= 10 }
            let first = value == "\(startYear)"
            #expect(started.count - quick.count <= maximumNewPerYear, "new models \(value)")
            #expect(started.count <= maximumNewPerYear + (first ? 1 : 0), "new models \(value)")
        }
        for source in sources {
            let id = source.attribute("model") ?? ""
            let model = try #require(catalogue.model(id: id))
            #expect(!network.preferences.excludedModels.contains(id))
            let start = Int(source.attribute("start") ?? "") ?? 0
            let firstIncomeYear = start + model.timing.leadTimeMonths / 12
            var incomeYears = 0
            for year in source.children(named: "year") {
                let value = Int(year.attribute("year") ?? "") ?? 0
                let amount = cents(year, "income")
                if value < firstIncomeYear { #expect(amount == 0, "\(id) has income before its lead time in \(value)") }
                if amount > 0 { incomeYears += 1 }
            }
            if let limit = model.timing.maximumYears {
                #expect(incomeYears <= limit, "\(id) runs longer than \(limit) years")
            }
            if model.timing.recurrence == .oneOff { #expect(incomeYears <= 1, "\(id) is one-off") }
            for case .asset(let asset) in model.prerequisites where !network.has(asset) {
                #expect(
                    acquisitions.contains {
                        $0.attribute("asset") == asset.rawValue && (Int($0.attribute("year") ?? "") ?? .max) <= start
                    },
                    "\(id) needs \(asset.rawValue) without acquiring it")
            }
        }
        try checkAims(records: records, network: network, catalogue: catalogue)
        let inKind = records["inKind"]?.first?.children(named: "item") ?? []
        for pinned in network.preferences.pinnedModels {
            let present =
                sources.contains { $0.attribute("model") == pinned }
                || inKind.contains { $0.attribute("source") == pinned }
            #expect(present, "pinned \(pinned) is missing")
        }
    }

    /// The plan's aims, recomputed from the profile and the XML alone: enough but not more,
    /// the simulated chance or a reason, partner money only as declared or as a labelled ask
    /// within an independently computed ceiling, models that exclude each other never together.
    static func checkAims(records: [String: [XMLElement]], network: NetworkProfile, catalogue: Catalogue) throws {
        func cents(_ element: XMLElement, _ name: String) -> Int64 {
            Money(euros: element.attribute(name) ?? "")?.cents ?? .min
        }
        let sources = records["sources"]?.first?.children(named: "source") ?? []
        let partners = records["sources"]?.first?.children(named: "partnerCash") ?? []
        let acquisitions = records["sources"]?.first?.children(named: "acquisition") ?? []
        let target = try #require(records["target"]?.first, "plan has no <target>")
        let reserve = cents(target, "reserve")
        let explanations = (records["explanation"] ?? []).map(\.text)
        let years = records["years"]?.first?.children(named: "year") ?? []
        // The reserve target is reserveMonths of the last year's costs.
        if let last = years.last {
            let months = Int64(target.attribute("reserveMonths") ?? "") ?? -1
            #expect(reserve == (cents(last, "costs") * months + 6) / 12, "reserve target")
        }
        for year in years {
            let value = year.attribute("value") ?? ""
            func row(_ source: XMLElement) -> XMLElement? {
                source.children(named: "year").first { $0.attribute("year") == value }
            }
            let net = sources.reduce(Int64(0)) { $0 + (row($1).map { cents($0, "net") } ?? 0) }
            let lumpy = sources.map { row($0).map { cents($0, "income") } ?? 0 }.max() ?? 0
            let cash = cents(year, "partnerCash")
            let acquired = acquisitions.filter { $0.attribute("year") == value }.reduce(Int64(0)) {
                $0 + cents($1, "cost")
            }
            let need = max(0, cents(year, "costs") - cash)
            // One cent of rounding per source.
            #expect(
                net <= need + acquired + reserve + lumpy + Int64(sources.count + 1),
                "\(value) raises \(net) cents net from sources, more than its need \(need) + acquisitions \(acquired) + reserve \(reserve) + one lumpy source \(lumpy)"
            )
            for source in sources {
                if let row = row(source), let purpose = Int(row.attribute("purposeHours") ?? "0") {
                    #expect(purpose <= Int(row.attribute("effortHours") ?? "") ?? 0, "purpose hours within effort")
                }
            }
        }
        let simulation = try #require(records["simulation"]?.first)
        let covered = Int(simulation.attribute("allYearsCovered") ?? "") ?? -1
        let goal = Int(target.attribute("coverage") ?? "") ?? 10_001
        #expect(
            covered >= goal || explanations.contains { $0.contains("(--coverage)") },
            "simulated coverage \(covered) below \(goal) without a reason")
        #expect((target.attribute("coverageMet") == "true") == (covered >= goal))
        // Declared cash exactly as the profile declares it, per partner and year.
        for partner in partners {
            let id = partner.attribute("partner") ?? ""
            let declared = try #require(network.partner(id: id), "unknown partner \(id)")
            for row in partner.children(named: "year") {
                let year = Int(row.attribute("year") ?? "") ?? 0
                let cash = declared.contributions.filter { $0.year == year && $0.kind == .cash }
                #expect(cents(row, "amount") == cash.reduce(Int64(0)) { $0 + $1.amount.cents }, "\(id) \(year)")
                let uncommitted = cash.filter { !$0.isCommitted }.reduce(Int64(0)) { $0 + $1.amount.cents }
                #expect((Money(euros: row.attribute("uncommitted") ?? "0")?.cents ?? -1) == uncommitted)
            }
        }
        // New partner money: labelled, asked of known partners within their ceilings.
        var askedPerPartnerYear: [String: Int64] = [:]
        for source in sources {
            let id = source.attribute("model") ?? ""
            let model = try #require(catalogue.model(id: id))
            let asks = source.children(named: "ask")
            guard model.funder.type == .partners else {
                #expect(asks.isEmpty && source.attribute("partnerMoney") == nil, "\(id) is not partner money")
                continue
            }
            #expect(source.attribute("partnerMoney") == "new-to-be-agreed", "\(id) is not labelled new")
            let probability = Int64(source.attribute("probability") ?? "") ?? 0
            for row in source.children(named: "year") {
                let year = row.attribute("year") ?? ""
                let asked = asks.filter { $0.attribute("year") == year }.reduce(Int64(0)) { $0 + cents($1, "amount") }
                #expect(
                    abs(cents(row, "income") * 10_000 - asked * probability) <= 10_000 * Int64(asks.count + 1),
                    "\(id) \(year): income is not the chance times the asks")
            }
            for ask in asks {
                let partner = ask.attribute("partner") ?? ""
                #expect(network.partner(id: partner) != nil, "ask of unknown partner \(partner)")
                askedPerPartnerYear[partner + "@" + (ask.attribute("year") ?? ""), default: 0] += cents(ask, "amount")
            }
        }
        for (key, asked) in askedPerPartnerYear {
            let id = String(key.split(separator: "@")[0])
            let partner = try #require(network.partner(id: id))
            let ceiling: Int64
            if let own = partner.askCeiling {
                ceiling = own.cents
            } else {
                let years = Set(partner.contributions.map(\.year)).count
                let total = partner.contributions.reduce(Int64(0)) { $0 + $1.amount.cents }
                ceiling = years == 0 ? 0 : (total / Int64(years) / 5) / 100 * 100 + 100
            }
            #expect(asked <= ceiling, "\(key) asked \(asked) cents above the ceiling \(ceiling)")
        }
        // Models that exclude each other never together.
        let chosen = sources.compactMap { $0.attribute("model") }
        for id in chosen {
            let excluded = catalogue.model(id: id)?.eligibility.excludedModels ?? []
            #expect(!chosen.contains { excluded.contains($0) }, "\(id) and a model it excludes are both chosen")
        }
    }
}
