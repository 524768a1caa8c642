import Foundation
internal import FundingPlannerXML

/// The rules of one funding call (`call-1.xsd`), each checked as a gate.
public struct CallRules: Sendable, Hashable {
    /// Which networks a call is for.
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
    ///
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

extension CallRules {
    /// An error when the call's grant model is not in `catalogue`: every plan would then fail
    /// the call's grant gate without saying why.
    public func unknownGrantModel(in catalogue: Catalogue, path: String) -> Diagnostic? {
        guard catalogue.model(id: grantModel) == nil else { return nil }
        let line = (try? String(contentsOfFile: path, encoding: .utf8))?.split(separator: "\n", omittingEmptySubsequences: false)
            .firstIndex { $0.contains("<grantModel") }.map { $0 + 1 } ?? 0
        let meant = Suggestion.closest(to: grantModel, among: Set(catalogue.models.map(\.id)))
        var diagnostic = Diagnostic(
            severity: .error,
            message: "the grant model '\(grantModel)' is not in the catalogue" + (meant.map { "; did you mean '\($0)'?" } ?? "; use the id of a revenue model (fundplan catalogue list)"),
            file: path, line: line)
        diagnostic.translations[.nl] = "het subsidiemodel '\(grantModel)' staat niet in de catalogus"
            + (meant.map { "; bedoel je '\($0)'?" } ?? "; gebruik de id van een verdienmodel (fundplan catalogue list)")
        return diagnostic
    }
}
