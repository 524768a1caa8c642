import Foundation
internal import FundingPlannerXML

/// What a review needs from one plan file, read and validated in one streaming pass.
struct PlanFacts: Sendable {
    struct Source: Sendable {
        var modelID: String
        var name: String
        var resourceType: String
        var funderType: String
        var alignment: Int
        var income: [Int64]
    }

    var networkID = ""
    var networkName = ""
    var years: [Int] = []
    var costs: [Int64] = []
    /// Costs by category, per year.
    var costLines: [[String: Int64]] = []
    var sources: [Source] = []
    var topShares: [(source: String, share: Int)] = []
    var earnedShareFirstYear = 0
    var ownShareTrend = "flat"
    var allYearsCovered = 0
    var stage = "forming"
    var consensus: Int?
    /// (check, severity) of every readiness finding.
    var findings: [(check: String, severity: String, code: String)] = []
    var addedValueFunders: Set<String> = []
    /// Application deadlines: model id and date.
    var deadlines: [(model: String, date: String)] = []

    /// Reads `path` against `plan-1.xsd`.
    static func read(path: String, schema: CompiledXMLSchema) -> (facts: PlanFacts?, diagnostics: [Diagnostic]) {
        var facts = PlanFacts()
        let kind = DocumentKind.plan
        let diagnostics = XMLRecordReader.read(
            path: path, displayName: path, schema: schema,
            expectedRoot: XMLName(namespace: kind.namespace, localName: kind.rootElement),
            limits: DocumentLimits.xml(kind),
            onRecord: { facts.take($0) }
        ).map(Diagnostic.init)
        return (diagnostics.containsErrors ? nil : facts, diagnostics)
    }

    private static func cents(_ text: String?) -> Int64 { Money(euros: text ?? "")?.cents ?? 0 }

    private mutating func take(_ element: XMLElement) {
        switch element.name {
        case "network":
            networkID = element.attribute("id") ?? ""
            networkName = element.text.trimmingWhitespace()
        case "sources":
            for source in element.children(named: "source") {
                sources.append(Source(
                    modelID: source.attribute("model") ?? "", name: source.child(named: "name")?.text ?? "",
                    resourceType: source.attribute("resourceType") ?? "", funderType: source.attribute("funderType") ?? "",
                    alignment: Int(source.attribute("alignment") ?? "") ?? 0,
                    income: source.children(named: "year").map { Self.cents($0.attribute("income")) }
                ))
            }
        case "years":
            for year in element.children(named: "year") {
                years.append(Int(year.attribute("value") ?? "") ?? 0)
                costs.append(Self.cents(year.attribute("costs")))
                var lines: [String: Int64] = [:]
                for cost in year.children(named: "cost") { lines[cost.attribute("category") ?? "", default: 0] += Self.cents(cost.attribute("amount")) }
                costLines.append(lines)
            }
        case "indicators":
            let years = element.children(named: "year")
            topShares = years.map { ($0.attribute("topSource") ?? "", Int($0.attribute("topShare") ?? "") ?? 0) }
            earnedShareFirstYear = years.first.flatMap { Int($0.attribute("earnedShare") ?? "") } ?? 0
            ownShareTrend = element.child(named: "ownShareTrend")?.text.trimmingWhitespace() ?? "flat"
        case "simulation":
            allYearsCovered = Int(element.attribute("allYearsCovered") ?? "") ?? 0
        case "milestones":
            deadlines = element.children(named: "step").filter { $0.attribute("deadline") == "true" }.map { ($0.attribute("model") ?? "", $0.attribute("date") ?? "") }
        case "addedValue":
            addedValueFunders = Set(element.children(named: "funder").compactMap { $0.attribute("type") })
        case "readiness":
            stage = element.child(named: "maturity")?.attribute("stage") ?? "forming"
            consensus = element.child(named: "consensus")?.attribute("score").flatMap { Int($0) }
            findings = element.children(named: "finding").map { ($0.attribute("check") ?? "", $0.attribute("severity") ?? "", $0.attribute("code") ?? "") }
        default:
            break
        }
    }
}
