internal import FundingPlannerXML

/// The rules of one funding call (`call-1.xsd`), each checked as a gate.
///
/// Load a call with ``load(path:)`` and give it to ``ReviewBatch`` to add the call's gates
/// (phase, budget period, co-financing, maximum grant, deadline) to every plan's review.
public struct CallRules: Sendable, Hashable {
    /// Which networks a call is for.
    public enum Phase: String, Sendable, Hashable {
        /// Networks that are forming or growing: a forming or growing network passes the phase gate.
        case networkFormation = "network-formation"
        /// Mature networks: only a mature network passes the phase gate.
        case matureNetwork = "mature-network"
    }

    /// The call's identifier, from the `id` attribute of the root `<call>` element.
    public var id: String
    /// The call's title, in Dutch and/or English (`<title>`).
    public var title: LocalizedText
    /// The catalogue model that stands for this call's grant in a plan.
    public var grantModel: String
    /// The share of the eligible costs the network must pay itself (`<cofinancing minimumShare>`).
    public var minimumCofinancing: BasisPoints
    /// Which networks the call is for (`<phase value>`).
    public var phase: Phase
    /// The cost categories the grant may pay for; empty means every category not excluded (`<eligible>`).
    public var eligibleCosts: [CostCategory]
    /// The cost categories the grant may not pay for (`<excluded>`).
    public var excludedCosts: [CostCategory]
    /// The longest budget period the call accepts, in months (`<budgetPeriod maximumMonths>`).
    public var maximumBudgetPeriodMonths: Int
    /// The largest grant the call gives in one year (`<maximumGrant perYear>`, in euros in the XML).
    public var maximumGrantPerYear: Money
    /// The last day to apply; an application step for the grant model after it fails the gate (`<deadline>`).
    public var deadline: CalendarDate
    /// Where each rule comes from, by rule name (cofinancing, phase, costs, …).
    public var sources: [String: LocalizedText]
    /// The file the call was read from, with the digest of its bytes.
    public var source: SourceFile

    /// Reads a call file.
    ///
    /// - Parameter path: The call file (`call-1.xsd`).
    /// - Returns: The call's rules, with the file's digest in ``source``.
    /// - Throws: ``DiagnosticsError`` with every schema problem, or the first field that cannot
    ///   be decoded (never a silent default).
    public static func load(path: String) throws(DiagnosticsError) -> CallRules {
        let document = try DocumentRecords.read(path: path, kind: .call)
        var records: [String: XMLElement] = [:]
        for element in document.records where element.name != "title" { records[element.name] = element }
        return try decodeOrFail(path) { () throws(DecodingProblem) in
            func rule(_ name: String) throws(DecodingProblem) -> XMLElement {
                try records[name].orThrow(DecodingProblem(message: "the call needs a <\(name)> element", element: "call", line: document.root.line))
            }
            let costs = records["costs"]
            func categories(_ name: String) throws(DecodingProblem) -> [CostCategory] {
                try (costs?.children(named: name) ?? []).map { element throws(DecodingProblem) in
                    try element.required("category", token: CostCategory.self)
                }
            }
            return CallRules(
                id: try document.root.required("id"),
                title: LocalizedText(document.records(named: "title").map { ($0.language ?? "", $0.text) }),
                grantModel: try rule("grantModel").required("ref"),
                minimumCofinancing: try rule("cofinancing").required("minimumShare") { BasisPoints(text: $0) },
                phase: try rule("phase").required("value", token: Phase.self),
                eligibleCosts: try categories("eligible"),
                excludedCosts: try categories("excluded"),
                maximumBudgetPeriodMonths: try rule("budgetPeriod").required("maximumMonths") { Int($0) },
                maximumGrantPerYear: try rule("maximumGrant").required("perYear") { Money(euros: $0) },
                deadline: try rule("deadline").required("date") { CalendarDate($0) },
                sources: records.compactMapValues { element in
                    let text = element.localized("source")
                    return text.isEmpty ? nil : text
                },
                source: document.source
            )
        }
    }
}
