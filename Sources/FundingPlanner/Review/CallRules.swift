internal import FundingPlannerXML

/// The rules of one funding call (`call-1.xsd`), each checked as a gate.
public struct CallRules: Sendable, Hashable {
    public enum Phase: String, Sendable, Hashable {
        case networkFormation = "network-formation"
        case matureNetwork = "mature-network"
    }

    public var id: String
    public var title: LocalizedText
    /// The catalogue model that stands for this call's grant in a plan.
    public var grantModel: String
    public var minimumCofinancing: BasisPoints
    public var phase: Phase
    public var eligibleCosts: [CostCategory]
    public var excludedCosts: [CostCategory]
    public var maximumBudgetPeriodMonths: Int
    public var maximumGrantPerYear: Money
    public var deadline: CalendarDate
    /// Where each rule comes from, by rule name (cofinancing, phase, costs, …).
    public var sources: [String: LocalizedText]
    /// The file the call was read from, with the digest of its bytes.
    public var source: SourceFile

    /// Reads a call file.
    public static func load(path: String) throws(DiagnosticsError) -> CallRules {
        let document = try DocumentRecords.read(path: path, kind: .call)
        let root = document.root
        let titles = document.records(named: "title")
        var records: [String: XMLElement] = [:]
        for element in document.records where element.name != "title" { records[element.name] = element }
        func attribute(_ element: String, _ name: String) -> String { records[element]?.attribute(name) ?? "" }
        let costs = records["costs"]
        return CallRules(
            id: root.attribute("id") ?? "",
            title: LocalizedText(titles.map { ($0.language ?? "", $0.text) }),
            grantModel: attribute("grantModel", "ref"),
            minimumCofinancing: BasisPoints(text: attribute("cofinancing", "minimumShare")) ?? BasisPoints(0),
            phase: Phase(rawValue: attribute("phase", "value")) ?? .networkFormation,
            eligibleCosts: costs?.children(named: "eligible").compactMap { CostCategory(rawValue: $0.attribute("category") ?? "") } ?? [],
            excludedCosts: costs?.children(named: "excluded").compactMap { CostCategory(rawValue: $0.attribute("category") ?? "") } ?? [],
            maximumBudgetPeriodMonths: Int(attribute("budgetPeriod", "maximumMonths")) ?? 12,
            maximumGrantPerYear: Money(euros: attribute("maximumGrant", "perYear")) ?? .zero,
            deadline: CalendarDate(attribute("deadline", "date")) ?? CalendarDate(year: 2100, month: 1, day: 1),
            sources: records.compactMapValues { element in
                let text = element.localized("source")
                return text.isEmpty ? nil : text
            },
            source: document.source
        )
    }
}
