internal import FundingPlannerXML

/// Decodes one `<model>` element of a schema-valid catalogue into a ``RevenueModel``.
enum RevenueModelDecoder {
    static func decode(_ element: XMLElement, file: String) throws(DecodingProblem) -> RevenueModel {
        let taxonomy = try element.requiredChild("taxonomy")
        let funder = try element.requiredChild("funder")
        let yield = try element.requiredChild("yield")
        let cost = try element.requiredChild("cost")
        let effort = try element.requiredChild("effort")
        let timing = try element.requiredChild("timing")
        let success = try element.requiredChild("success")
        let provenance = try element.requiredChild("provenance")
        return RevenueModel(
            id: try element.required("id"),
            category: try element.required("category", token: RevenueCategory.self),
            name: element.localized("name"),
            description: element.localized("description"),
            taxonomy: RevenueModel.Taxonomy(
                resourceType: try taxonomy.required("resourceType", token: ResourceType.self),
                revenueMechanism: try taxonomy.required("revenueMechanism", token: RevenueMechanism.self),
                bridgespanModel: try taxonomy.required("bridgespanModel", token: BridgespanModel.self)
            ),
            funder: RevenueModel.Funder(
                type: try funder.required("type", token: FunderType.self),
                motive: funder.localized("motive")
            ),
            yield: RevenueModel.Yield(
                minimum: try yield.required("min") { Money(euros: $0.trimmingWhitespace()) },
                likely: try yield.required("likely") { Money(euros: $0.trimmingWhitespace()) },
                maximum: try yield.required("max") { Money(euros: $0.trimmingWhitespace()) },
                driver: try yield.required("driver", token: YieldDriver.self),
                scalesWith: yield.localized("scalesWith"),
                basis: try basis(of: yield)
            ),
            cost: RevenueModel.Cost(
                directCostRatio: try cost.required("directCostRatio") { BasisPoints(text: $0.trimmingWhitespace()) },
                basis: try basis(of: cost)
            ),
            effort: RevenueModel.Effort(
                hoursPerMonth: try effort.required("hoursPerMonth") { Int($0.trimmingWhitespace()) },
                startupHours: try effort.required("startupHours") { Int($0.trimmingWhitespace()) },
                basis: try basis(of: effort),
                purposeHoursPerMonth: effort.attribute("purposeHoursPerMonth").flatMap {
                    Int($0.trimmingWhitespace())
                } ?? 0
            ),
            timing: RevenueModel.Timing(
                leadTimeMonths: try timing.required("leadTimeMonths") { Int($0.trimmingWhitespace()) },
                recurrence: try timing.required("recurrence", token: Recurrence.self),
                maximumYears: try timing.required("maxYears") { text -> Int?? in
                    let token = text.trimmingWhitespace()
                    return token == "unlimited" ? .some(nil) : Int(token).map { .some($0) }
                },
                moments: try moments(of: timing)
            ),
            success: RevenueModel.Success(
                isCompetitive: try success.required("competitive") {
                    ["true": true, "1": true, "false": false, "0": false][$0.trimmingWhitespace()]
                },
                probability: try success.required("probability") { BasisPoints(text: $0.trimmingWhitespace()) },
                basis: try basis(of: success),
                phaseProbabilities: try phaseProbabilities(of: success)
            ),
            prerequisites: try prerequisites(of: element),
            eligibility: try eligibility(of: element),
            alignment: RevenueModel.AlignmentHooks(
                themes: element.child(named: "alignment")?.children(named: "theme").compactMap { $0.attribute("ref") }
                    ?? [],
                mechanisms: element.child(named: "alignment")?.children(named: "mechanism").compactMap {
                    $0.attribute("ref")
                } ?? []
            ),
            risks: try (element.child(named: "risks")?.children(named: "risk") ?? []).map {
                risk throws(DecodingProblem) in
                RevenueModel.Risk(
                    kind: try risk.required("kind", token: RiskKind.self),
                    level: try risk.required("level", token: RiskLevel.self),
                    text: risk.localized("text")
                )
            },
            example: element.localized("example"),
            provenance: RevenueModel.Provenance(
                evidence: try provenance.required("evidence", token: EvidenceStrength.self),
                region: try provenance.required("region"),
                reviewed: try provenance.required("reviewed"),
                citations: provenance.children(named: "cite").compactMap { $0.attribute("ref") },
                note: provenance.localized("note"),
                facts: try facts(of: provenance),
                claims: try claims(of: provenance)
            ),
            origin: SourcePosition(file: file, line: element.line),
            role: try role(of: element),
            tags: try tags(of: element)
        )
    }

    private static func basis(of element: XMLElement) throws(DecodingProblem) -> FigureBasis {
        switch try element.required("basis") {
        case "sourced": return .sourced(sourceID: element.attribute("source") ?? "")
        default: return .assumption
        }
    }

    /// The prerequisites, decoded with a plain loop.
    private static func prerequisites(of model: XMLElement) throws(DecodingProblem) -> [Prerequisite] {
        var result: [Prerequisite] = []
        for element in model.child(named: "prerequisites")?.children ?? [] {
            result.append(try prerequisite(element))
        }
        return result
    }

    private static func prerequisite(_ element: XMLElement) throws(DecodingProblem) -> Prerequisite {
        switch element.name {
        case "asset": return .asset(try element.required("type", token: AssetType.self))
        case "legalForm": return .legalForm(try element.required("type", token: LegalForm.self))
        case "licence": return .licence(id: try element.required("id"), label: element.localized("label"))
        case "maturity": return .minimumMaturity(try element.required("minimum", token: MaturityStage.self))
        case "partnerType": return .partnerType(try element.required("type", token: PartnerType.self))
        case "cofinancing":
            return .cofinancing(
                minimumShare: try element.required("minimumShare") { BasisPoints(text: $0.trimmingWhitespace()) })
        default:
            throw DecodingProblem(
                message: "unknown prerequisite <\(element.name)>", element: element.name, line: element.line)
        }
    }

    /// The optional `<eligibility>` element.
    private static func eligibility(of model: XMLElement) throws(DecodingProblem) -> Eligibility {
        var result = Eligibility()
        for element in model.child(named: "eligibility")?.children ?? [] {
            switch element.name {
            case "region": result.regions.append(RegionCode(rawValue: try element.required("ref")))
            case "phase": result.phases.append(try element.required("stage", token: MaturityStage.self))
            case "legalForm": result.legalForms.append(try element.required("type", token: LegalForm.self))
            case "partner":
                result.partnerRequirements.append(
                    PartnerRequirementRule(
                        requirement: try element.required("requirement", token: PartnerRequirement.self),
                        minimum: element.attribute("minimum").flatMap { Int($0.trimmingWhitespace()) } ?? 1
                    ))
            case "cofinancingKind":
                result.cofinancingKinds.append(try element.required("kind", token: CofinancingKind.self))
            case "excludes": result.excludedModels.append(try element.required("model"))
            default:
                throw DecodingProblem(
                    message: "unknown eligibility rule <\(element.name)>", element: element.name, line: element.line)
            }
        }
        return result
    }

    private static func moments(of timing: XMLElement) throws(DecodingProblem) -> [CalendarMoment] {
        var result: [CalendarMoment] = []
        for moment in timing.children(named: "moment") {
            result.append(
                CalendarMoment(
                    kind: try moment.required("kind", token: MomentKind.self),
                    recurrence: try moment.required("recurs", token: MomentRecurrence.self),
                    date: moment.attribute("date")?.trimmingWhitespace(),
                    text: moment.localized("text")
                ))
        }
        return result
    }

    private static func phaseProbabilities(of success: XMLElement) throws(DecodingProblem) -> [PhaseProbability] {
        var result: [PhaseProbability] = []
        for phase in success.children(named: "phase") {
            result.append(
                PhaseProbability(
                    stage: try phase.required("stage", token: MaturityStage.self),
                    probability: try phase.required("probability") { BasisPoints(text: $0.trimmingWhitespace()) }
                ))
        }
        return result
    }

    private static func facts(of provenance: XMLElement) throws(DecodingProblem) -> [ProvenanceFact] {
        var result: [ProvenanceFact] = []
        for fact in provenance.children(named: "fact") {
            result.append(
                ProvenanceFact(
                    subject: try fact.required("about", token: FactSubject.self),
                    basis: try fact.required("basis", token: FactBasis.self),
                    checked: try fact.required("checked").trimmingWhitespace(),
                    url: fact.attribute("url")?.trimmingWhitespace(),
                    document: fact.attribute("document")?.trimmingWhitespace(),
                    text: fact.localized("text")
                ))
        }
        return result
    }

    private static func claims(of provenance: XMLElement) throws(DecodingProblem) -> [NoteClaim] {
        var result: [NoteClaim] = []
        for claim in provenance.children(named: "claim") {
            result.append(
                NoteClaim(
                    field: try claim.required("field", token: ClaimField.self),
                    value: try claim.required("value") { Double($0.trimmingWhitespace()) },
                    unit: try claim.attribute("unit").map { _ throws(DecodingProblem) in
                        try claim.required("unit", token: ClaimUnit.self)
                    }
                ))
        }
        return result
    }

    private static func role(of model: XMLElement) throws(DecodingProblem) -> ModelRole {
        guard model.attribute("role") != nil else { return .income }
        return try model.required("role", token: ModelRole.self)
    }

    private static func tags(of model: XMLElement) throws(DecodingProblem) -> [ModelTag] {
        var result: [ModelTag] = []
        for token in (model.attribute("tags") ?? "").split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }) {
            guard let tag = ModelTag(rawValue: String(token)) else {
                throw DecodingProblem(
                    message: "<model> has an unknown tag \"\(token)\"", element: model.name, line: model.line)
            }
            result.append(tag)
        }
        return result
    }
}
