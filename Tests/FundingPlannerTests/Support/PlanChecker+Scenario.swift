import Foundation
import Testing

@testable import FundingPlanner
@testable import FundingPlannerXML

/// What a plan made with a scenario or for a call must respect, checked from the written XML and
/// the scenario or call file read raw: no code shared with the planner.
extension PlanChecker {
    /// The `<scenario id>` element of the scenario file at `path`, read raw (schema-valid).
    static func scenarioElement(path: String, id: String) throws -> XMLElement {
        var found: XMLElement?
        let diagnostics = XMLRecordReader.read(
            path: path, displayName: path, schema: try SchemaSet.load().schema(for: .scenarios),
            expectedRoot: XMLName(namespace: DocumentKind.scenarios.namespace, localName: "scenarios"),
            onRecord: { if $0.attribute("id") == id { found = $0 } }
        ).diagnostics
        #expect(diagnostics.isEmpty, "scenario file is not schema-valid: \(diagnostics)")
        return try #require(found, "no scenario \(id) in \(path)")
    }

    /// A plan made with scenario `id` of the file at `scenarioPath`: it records the scenario and
    /// its file; pinned models are in it, excluded ones are not; no year takes more than a cap
    /// from its model, nor more than a changed typical yield × the model's chance; no partner is
    /// asked more than the scenario's ceiling a year; and the rest of ``check`` holds with the
    /// scenario's ceilings in place of the profile's.
    static func checkScenario(
        xml: String, scenarioPath: String, id: String, network: NetworkProfile, catalogue: Catalogue
    ) throws {
        let scenario = try scenarioElement(path: scenarioPath, id: id)
        #expect(xml.contains("<scenario id=\"\(id)\">"), "the plan does not record the scenario \(id)")
        let digest = SHA256.hex(Array(try Data(contentsOf: URL(fileURLWithPath: scenarioPath))))
        #expect(xml.contains("role=\"scenario\""), "no scenario input")
        #expect(xml.contains("sha256=\"\(digest)\""), "the scenario file's digest is not recorded")
        let plan = try XMLTestDocument(xml)
        let sources = plan.elements(named: "source")
        func source(_ model: String) -> XMLElement? { sources.first { $0.attribute("model") == model } }
        func cents(_ element: XMLElement, _ name: String) -> Int64 {
            Money(euros: element.attribute(name) ?? "")?.cents ?? .min
        }
        for pin in scenario.children(named: "pin") {
            #expect(source(pin.attribute("model") ?? "") != nil, "pinned \(pin.attribute("model") ?? "") missing")
        }
        for exclude in scenario.children(named: "exclude") {
            #expect(
                source(exclude.attribute("model") ?? "") == nil, "excluded \(exclude.attribute("model") ?? "") in plan")
        }
        for cap in scenario.children(named: "cap") {
            guard let planned = source(cap.attribute("model") ?? "") else { continue }
            for row in planned.children(named: "year") {
                #expect(
                    cents(row, "income") <= cents(cap, "perYear"), "cap of \(cap.attribute("model") ?? "") exceeded")
            }
        }
        for change in scenario.children(named: "yield") where change.attribute("typical") != nil {
            guard let planned = source(change.attribute("model") ?? "") else { continue }
            let chance = Int64(planned.attribute("probability") ?? "") ?? 0
            for row in planned.children(named: "year") {
                #expect(
                    cents(row, "income") * 10_000 <= cents(change, "typical") * chance + 10_000,
                    "\(change.attribute("model") ?? "") above the scenario's typical yield × chance")
            }
        }
        var adjusted = network
        for ask in scenario.children(named: "ask") {
            let partner = ask.attribute("partner") ?? ""
            var perYear: [String: Int64] = [:]
            for source in sources {
                for row in source.children(named: "ask") where row.attribute("partner") == partner {
                    perYear[row.attribute("year") ?? "", default: 0] += cents(row, "amount")
                }
            }
            for (year, asked) in perYear {
                #expect(
                    asked <= cents(ask, "ceiling"),
                    "\(partner) asked \(asked) cents in \(year), above the scenario's ceiling")
            }
            if let index = adjusted.partners.firstIndex(where: { $0.id == partner }) {
                adjusted.partners[index].askCeiling = Money(cents: cents(ask, "ceiling"))
            }
        }
        try check(xml: xml, network: adjusted, catalogue: catalogue, maximumNewPerYear: 2)
    }

    /// A plan made for the call at `callPath`: in every year its grant brings money, the partners'
    /// declared contributions of the kinds the call accepts (every kind when it names none), plus
    /// the year's income from the network's own sources when the call accepts cash, reach the
    /// call's minimum co-financing share of that year's eligible costs.
    static func checkCallCofinancing(xml: String, callPath: String, network: NetworkProfile, catalogue: Catalogue)
        throws
    {
        let call = try XMLTestDocument(String(contentsOfFile: callPath, encoding: .utf8))
        let grant = try #require(call.elements(named: "grantModel").first?.attribute("ref"))
        let rule = try #require(call.elements(named: "cofinancing").first)
        let share = Int64(rule.attribute("minimumShare") ?? "") ?? -1
        var kinds = Set(rule.children(named: "accepts").compactMap { $0.attribute("kind") })
        if kinds.isEmpty { kinds = ["cash", "in-kind", "staff", "volunteers"] }
        let eligible = Set(call.elements(named: "eligible").compactMap { $0.attribute("category") })
        let excluded = Set(call.elements(named: "excluded").compactMap { $0.attribute("category") })
        let plan = try XMLTestDocument(xml)
        let sources = plan.elements(named: "source")
        let grantSource = try #require(sources.first { $0.attribute("model") == grant }, "the grant is not in the plan")
        let lastBudgetYear = network.budget.costs.map(\.year).max() ?? 0
        for row in grantSource.children(named: "year")
        where (Money(euros: row.attribute("income") ?? "")?.cents ?? 0) > 0 {
            let year = Int(row.attribute("year") ?? "") ?? 0
            let costs = network.budget.costs.filter { line in
                line.year == min(year, lastBudgetYear) && !excluded.contains(line.category.rawValue)
                    && (eligible.isEmpty || eligible.contains(line.category.rawValue))
            }.reduce(Int64(0)) { $0 + $1.amount.cents }
            var cofinancing = network.partners.flatMap(\.contributions).filter {
                $0.year == year && kinds.contains($0.kind.rawValue)
            }.reduce(Int64(0)) { $0 + $1.amount.cents }
            if kinds.contains("cash") {
                for source in sources where source.attribute("model") != grant {
                    let model = try #require(catalogue.model(id: source.attribute("model") ?? ""))
                    let own =
                        model.taxonomy.resourceType == .market || model.category == .membership
                        || model.funder.type == .partners
                    guard own else { continue }
                    let income = source.children(named: "year").first { $0.attribute("year") == "\(year)" }
                    cofinancing += income.flatMap { Money(euros: $0.attribute("income") ?? "")?.cents } ?? 0
                }
            }
            // The amount asked (not the odds-weighted income) stays within what the call pays: the
            // share the applicant does not bring, and the call's yearly maximum.
            let asked = Money(euros: row.attribute("requested") ?? "")?.cents ?? Int64.max
            let most = call.elements(named: "maximumGrant").first.flatMap {
                Money(euros: $0.attribute("perYear") ?? "")
            }
            #expect(
                asked * 10_000 <= costs * (10_000 - share) + 10_000,
                "\(year): asks \(asked) cents, above \(10_000 - share) bp of the eligible \(costs) cents")
            #expect(
                asked <= (most?.cents ?? Int64.max), "\(year): asks \(asked) cents, above the call's yearly maximum")
            // One cent of rounding per source.
            #expect(
                cofinancing * 10_000 + Int64(sources.count + 1) * 10_000 >= costs * share,
                "\(year): co-financing \(cofinancing) cents below \(share) bp of the eligible \(costs) cents")
        }
    }
}

/// A whole small XML document held in memory, for tests that read a few elements.
struct XMLTestDocument {
    let all: [XMLElement]

    init(_ text: String) throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = try TestSupport.write(text, named: "document.xml", in: folder)
        var records: [XMLElement] = []
        _ = XMLRecordReader.read(
            path: path, displayName: "document.xml", schema: nil, expectedRoot: nil, onRecord: { records.append($0) })
        all = records
    }

    /// Every element called `name`, at any depth, in document order.
    func elements(named name: String) -> [XMLElement] {
        func walk(_ element: XMLElement) -> [XMLElement] {
            (element.name == name ? [element] : []) + element.children.flatMap(walk)
        }
        return all.flatMap(walk)
    }
}
