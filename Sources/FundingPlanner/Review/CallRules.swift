import Foundation
internal import FundingPlannerXML

/// The rules of one funding call (`call-1.xsd`), each checked as a gate.
///
/// Besides the gates below, a call states who may apply, where, for how long, its funding
/// structure, the contribution kinds it accepts as co-financing, simplified cost options, state
/// aid and indicators; the review checks what the plan records and lists the rest.
///
/// Load a call with ``load(path:)`` and give it to ``ReviewBatch`` to add the call's gates
/// (phase, budget period, co-financing, maximum grant, deadline) to every plan's review.
public struct CallRules: Sendable, Hashable {
    /// The real call a file models.
    public struct Reference: Sendable, Hashable {
        /// The call's number (`545`), if it has one.
        public var number: String?
        /// Where the call's text or summary was read.
        public var url: String
        /// The date the facts were checked.
        public var checked: CalendarDate
        /// Whether the real call is open, closed, or this is a fictional round modelled on it.
        public var status: Status
    }

    /// A partner type that may apply, and as what.
    public struct Applicant: Sendable, Hashable {
        /// The partner type admitted.
        public var type: PartnerType
        /// Whether it may be the promoter or only a partner.
        public var role: ApplicantRole
    }

    /// Where the network must work: a province (ISO 3166-2) and/or municipalities (NIS codes).
    public struct Region: Sendable, Hashable {
        /// The province's ISO 3166-2 code (`BE-VLI`), if the call names one.
        public var province: String?
        /// The municipalities' NIS codes the call names (empty: none named).
        public var municipalities: [String]
    }

    /// How long a project may run, in months.
    public struct Duration: Sendable, Hashable {
        /// The shortest project, if stated.
        public var minimumMonths: Int?
        /// The longest project.
        public var maximumMonths: Int
    }

    /// A simplified cost option: `rate` of `base` pays the `covers` categories.
    public struct FlatRate: Sendable, Hashable {
        /// What the rate is a percentage of.
        public var base: FlatRateBase
        /// The percentage, in basis points (4000 = 40 %).
        public var rate: BasisPoints
        /// The cost categories the flat rate pays for.
        public var covers: [CostCategory]
    }

    /// The state-aid rule of a call: the regime and, for de minimis, the ceiling per undertaking.
    public struct StateAid: Sendable, Hashable {
        /// De minimis, exempted under the GBER, or no economic activity.
        public var regime: StateAidRegime
        /// The most aid one undertaking may receive over `ceilingYears`, if stated.
        public var ceiling: Money?
        /// The years the ceiling covers, if stated.
        public var ceilingYears: Int?
    }

    /// An indicator every project reports.
    public struct Indicator: Sendable, Hashable {
        /// The indicator's identifier (`participants`).
        public var id: String
        /// What is counted, in Dutch and/or English.
        public var name: LocalizedText
    }

    /// The call's identifier, from the `id` attribute of the root `<call>` element.
    public var id: String
    /// The call's title, in Dutch and/or English (`<title>`).
    public var title: LocalizedText
    /// The catalogue model that stands for this call's grant in a plan.
    public var grantModel: String
    /// The real call this file models (`<reference>`), if stated.
    public var reference: Reference?
    /// Partner types that may apply, as promoter or partner (`<applicants>`); empty: any.
    public var applicants: [Applicant]
    /// The fewest partners a project needs (`<applicants minimumPartners>`), if stated.
    public var minimumPartners: Int?
    /// Where the network must work (`<region>`), if the call limits it.
    public var region: Region?
    /// How long a project may run (`<duration>`), if stated.
    public var duration: Duration?
    /// Shares of the eligible costs per funding source (`<funding>`, adding up to 10000); empty when
    /// the call states only a minimum co-financing share.
    public var funding: [FundingSource: BasisPoints]
    /// The share of the eligible costs the network must pay itself (`<cofinancing minimumShare>`).
    public var minimumCofinancing: BasisPoints
    /// Contribution kinds the call accepts as co-financing (`<accepts kind>`); empty: every kind.
    public var acceptedContributions: [ContributionKind]
    /// Which networks the call is for (`<phase value>`); `nil`: networks in any phase.
    public var phase: Phase?
    /// Grant models (other calls) a plan for this call may not also use (`<excludes ref>`).
    public var excludedModels: [String]
    /// The cost categories the grant may pay for; empty means every category not excluded (`<eligible>`).
    public var eligibleCosts: [CostCategory]
    /// The cost categories the grant may not pay for (`<excluded>`).
    public var excludedCosts: [CostCategory]
    /// Simplified cost options: flat rates on a base (`<simplifiedCosts>`).
    public var flatRates: [FlatRate]
    /// The state-aid rule for undertakings among the partners (`<stateAid>`), if stated.
    public var stateAid: StateAid?
    /// The indicators every project reports (`<indicators>`).
    public var indicators: [Indicator]
    /// The longest budget period the call accepts, in months (`<budgetPeriod maximumMonths>`).
    public var maximumBudgetPeriodMonths: Int
    /// The largest grant the call gives in one year (`<maximumGrant perYear>`); `nil`: no maximum.
    public var maximumGrantPerYear: Money?
    /// The last day to apply; an application step for the grant model after it fails the gate (`<deadline>`).
    public var deadline: CalendarDate
    /// Where each rule comes from, by rule name (cofinancing, phase, costs, …).
    public var sources: [String: LocalizedText]
    /// The file the call was read from, with the digest of its bytes.
    public var source: SourceFile

    /// The share of the eligible costs the call's grant may pay: the shares of the sources the
    /// call pays, or else 100 % minus the minimum co-financing.
    public var grantShare: BasisPoints {
        guard !funding.isEmpty else { return BasisPoints(10_000 - minimumCofinancing.value) }
        return BasisPoints(funding.filter { $0.key.isPaidByTheCall }.values.reduce(0) { $0 + $1.value })
    }

    /// Reads a call file.
    ///
    /// - Parameter path: The call file (`call-1.xsd`).
    /// - Returns: The call's rules, with the file's digest in ``source``.
    /// - Throws: ``DiagnosticsError`` with every schema problem, the first field that cannot be
    ///   decoded (never a silent default), or the rules the schema cannot express: the funding
    ///   shares add up to 10000, and the minimum co-financing equals the applicant's own and other
    ///   public shares.
    public static func load(path: String) throws(DiagnosticsError) -> CallRules {
        let document = try DocumentRecords.read(path: path, kind: .call)
        var records: [String: XMLElement] = [:]
        for element in document.records where element.name != "title" { records[element.name] = element }
        let call = try decodeOrFail(path) { () throws(DecodingProblem) in
            func rule(_ name: String) throws(DecodingProblem) -> XMLElement {
                try records[name].orThrow(
                    DecodingProblem(
                        message: "the call needs a <\(name)> element", element: "call", line: document.root.line))
            }
            let costs = records["costs"]
            func categories(_ name: String) throws(DecodingProblem) -> [CostCategory] {
                try (costs?.children(named: name) ?? []).map { element throws(DecodingProblem) in
                    try element.required("category", token: CostCategory.self)
                }
            }
            func optionalInt(_ element: XMLElement, _ name: String) throws(DecodingProblem) -> Int? {
                element.attribute(name) == nil ? nil : try element.required(name) { Int($0) }
            }
            var funding: [FundingSource: BasisPoints] = [:]
            for share in records["funding"]?.children(named: "share") ?? [] {
                funding[try share.required("source", token: FundingSource.self)] = try share.required("value") {
                    BasisPoints(text: $0)
                }
            }
            let cofinancing = try rule("cofinancing")
            let phase = records["phase"]
            return CallRules(
                id: try document.root.required("id"),
                title: LocalizedText(document.records(named: "title").map { ($0.language ?? "", $0.text) }),
                grantModel: try rule("grantModel").required("ref"),
                reference: try records["reference"].map { element throws(DecodingProblem) in
                    Reference(
                        number: element.attribute("number"), url: try element.required("url"),
                        checked: try element.required("checked") { CalendarDate($0) },
                        status: try element.required("status", token: Status.self))
                },
                applicants: try (records["applicants"]?.children(named: "applicant") ?? []).map {
                    element throws(DecodingProblem) in
                    Applicant(
                        type: try element.required("type", token: PartnerType.self),
                        role: try element.required("role", token: ApplicantRole.self))
                },
                minimumPartners: try records["applicants"].flatMap { element throws(DecodingProblem) in
                    try optionalInt(element, "minimumPartners")
                },
                region: try records["region"].map { element throws(DecodingProblem) in
                    Region(
                        province: element.attribute("province"),
                        municipalities: try element.children(named: "municipality").map {
                            item throws(DecodingProblem) in try item.required("nis")
                        })
                },
                duration: try records["duration"].map { element throws(DecodingProblem) in
                    Duration(
                        minimumMonths: try optionalInt(element, "minimumMonths"),
                        maximumMonths: try element.required("maximumMonths") { Int($0) })
                },
                funding: funding,
                minimumCofinancing: try cofinancing.required("minimumShare") { BasisPoints(text: $0) },
                acceptedContributions: try cofinancing.children(named: "accepts").map {
                    element throws(DecodingProblem) in
                    try element.required("kind", token: ContributionKind.self)
                },
                phase: try phase.map { element throws(DecodingProblem) in
                    try element.required("value", token: Phase.self)
                },
                excludedModels: try (phase?.children(named: "excludes") ?? []).map { element throws(DecodingProblem) in
                    try element.required("ref")
                },
                eligibleCosts: try categories("eligible"),
                excludedCosts: try categories("excluded"),
                flatRates: try (records["simplifiedCosts"]?.children(named: "flatRate") ?? []).map {
                    element throws(DecodingProblem) in
                    FlatRate(
                        base: try element.required("base", token: FlatRateBase.self),
                        rate: try element.required("rate") { BasisPoints(text: $0) },
                        covers: try (element.attribute("covers") ?? "").split(separator: " ").map {
                            token throws(DecodingProblem) in
                            try CostCategory(rawValue: String(token)).orThrow(
                                DecodingProblem(
                                    message: "unknown cost category '\(token)'", element: element.name,
                                    line: element.line))
                        })
                },
                stateAid: try records["stateAid"].map { element throws(DecodingProblem) in
                    StateAid(
                        regime: try element.required("regime", token: StateAidRegime.self),
                        ceiling: element.attribute("ceiling") == nil
                            ? nil : try element.required("ceiling") { Money(euros: $0) },
                        ceilingYears: try optionalInt(element, "ceilingYears"))
                },
                indicators: try (records["indicators"]?.children(named: "indicator") ?? []).map {
                    element throws(DecodingProblem) in
                    Indicator(id: try element.required("id"), name: element.localized("name"))
                },
                maximumBudgetPeriodMonths: try rule("budgetPeriod").required("maximumMonths") { Int($0) },
                maximumGrantPerYear: try records["maximumGrant"].map { element throws(DecodingProblem) in
                    try element.required("perYear") { Money(euros: $0) }
                },
                deadline: try rule("deadline").required("date") { CalendarDate($0) },
                sources: records.compactMapValues { element in
                    let text = element.localized("source")
                    return text.isEmpty ? nil : text
                },
                source: document.source
            )
        }
        var problems = RuleProblems(path: path)
        func problem(_ message: String, _ element: XMLElement) { problems.add(message, at: element) }
        if let funding = records["funding"], !call.funding.isEmpty {
            let total = call.funding.values.reduce(0) { $0 + $1.value }
            if total != 10_000 {
                problem(
                    "the funding shares add up to \(total) basis points, not 10000; give every source's share of the total eligible costs",
                    funding)
            } else if let cofinancing = records["cofinancing"] {
                let brought = call.funding.filter { !$0.key.isPaidByTheCall }.values.reduce(0) { $0 + $1.value }
                if brought != call.minimumCofinancing.value {
                    problem(
                        "the minimum co-financing share \(call.minimumCofinancing.value) differs from the applicant's own and other public shares in <funding> (\(brought)); make them equal",
                        cofinancing)
                }
            }
        }
        try problems.throwIfAny()
        return call
    }
}

extension CallRules {
    /// An error when the call's grant model is not in `catalogue`: every plan would then fail
    /// the call's grant gate without saying why.
    public func unknownGrantModel(in catalogue: Catalogue, path: String) -> Diagnostic? {
        guard catalogue.model(id: grantModel) == nil else { return nil }
        let line =
            (try? String(contentsOfFile: path, encoding: .utf8))?.split(
                separator: "\n", omittingEmptySubsequences: false
            )
            .firstIndex { $0.contains("<grantModel") }.map { $0 + 1 } ?? 0
        let meant = Suggestion.closest(to: grantModel, among: Set(catalogue.models.map(\.id)))
        var diagnostic = Diagnostic(
            severity: .error,
            message: "the grant model '\(grantModel)' is not in the catalogue"
                + (meant.map { "; did you mean '\($0)'?" }
                    ?? "; use the id of a revenue model (fundplan catalogue list)"),
            file: path, line: line)
        diagnostic.translations[.nl] =
            "het subsidiemodel '\(grantModel)' staat niet in de catalogus"
            + (meant.map { "; bedoel je '\($0)'?" } ?? "; gebruik de id van een verdienmodel (fundplan catalogue list)")
        return diagnostic
    }
}
