internal import FundingPlannerXML

/// Writes a catalogue as a `catalogue-1` XML document that validates against its schema.
public enum CatalogueXMLWriter {
    /// The whole catalogue (or the given subset of its models) as XML text.
    ///
    /// Vocabulary and sources are always written in full, so the document stands on its own.
    public static func document(
        _ catalogue: Catalogue, models: [RevenueModel]? = nil, id: String = "export", version: String = "1"
    ) -> String {
        var writer = XMLWriter()
        writer.open("catalogue", [("xmlns", DocumentKind.catalogue.namespace), ("id", id), ("version", version)])
        writeTexts(
            &writer, "title",
            LocalizedText([("nl", "FundingPlanner-catalogus (export)"), ("en", "FundingPlanner catalogue (export)")]))
        if !catalogue.themes.isEmpty || !catalogue.mechanisms.isEmpty {
            writer.open("vocabulary")
            for term in catalogue.themes { writeTerm(&writer, "theme", term) }
            for term in catalogue.mechanisms { writeTerm(&writer, "mechanism", term) }
            writer.close()
        }
        if !catalogue.sources.isEmpty {
            writer.open("sources")
            for source in catalogue.sources {
                writer.open("source", [("id", source.id)])
                writer.element("citation", text: source.citation)
                if let url = source.url { writer.element("url", text: url) }
                writer.close()
            }
            writer.close()
        }
        let written = models ?? catalogue.models
        let writtenIDs = Set(written.map(\.id))
        for model in written { writeModel(&writer, model, writtenIDs: writtenIDs) }
        return writer.finish()
    }

    private static func writeTerm(_ writer: inout XMLWriter, _ name: String, _ term: VocabularyTerm) {
        writer.open(name, [("id", term.id)])
        writeTexts(&writer, "label", term.label)
        writeTexts(&writer, "description", term.description)
        writer.close()
    }

    private static func writeTexts(_ writer: inout XMLWriter, _ name: String, _ text: LocalizedText) {
        for entry in text.entries {
            writer.element(name, [("xml:lang", entry.language)], text: entry.text)
        }
    }

    private static func basis(_ basis: FigureBasis) -> [(String, String)] {
        switch basis {
        case .assumption: [("basis", "assumption")]
        case .sourced(let id): [("basis", "sourced"), ("source", id)]
        }
    }

    /// Writes one model.
    ///
    /// An exclusion is written only when the model it names is written too, so that a subset stays
    /// valid against the schema's key/keyref.
    private static func writeModel(_ writer: inout XMLWriter, _ model: RevenueModel, writtenIDs: Set<String>) {
        var attributes = [("id", model.id), ("category", model.category.rawValue)]
        if model.role != .income { attributes.append(("role", model.role.rawValue)) }
        if !model.tags.isEmpty { attributes.append(("tags", model.tags.map(\.rawValue).joined(separator: " "))) }
        writer.open("model", attributes)
        writeTexts(&writer, "name", model.name)
        writeTexts(&writer, "description", model.description)
        writer.element(
            "taxonomy",
            [
                ("resourceType", model.taxonomy.resourceType.rawValue),
                ("revenueMechanism", model.taxonomy.revenueMechanism.rawValue),
                ("bridgespanModel", model.taxonomy.bridgespanModel.rawValue),
            ])
        writer.open("funder", [("type", model.funder.type.rawValue)])
        writeTexts(&writer, "motive", model.funder.motive)
        writer.close()
        writer.open(
            "yield",
            [
                ("min", model.yield.minimum.decimalEuros), ("likely", model.yield.likely.decimalEuros),
                ("max", model.yield.maximum.decimalEuros), ("driver", model.yield.driver.rawValue),
            ] + basis(model.yield.basis))
        writeTexts(&writer, "scalesWith", model.yield.scalesWith)
        writer.close()
        writer.element("cost", [("directCostRatio", "\(model.cost.directCostRatio.value)")] + basis(model.cost.basis))
        writer.element(
            "effort",
            [("hoursPerMonth", "\(model.effort.hoursPerMonth)"), ("startupHours", "\(model.effort.startupHours)")]
                + (model.effort.purposeHoursPerMonth > 0
                    ? [("purposeHoursPerMonth", "\(model.effort.purposeHoursPerMonth)")] : [])
                + basis(model.effort.basis))
        let timing = [
            ("leadTimeMonths", "\(model.timing.leadTimeMonths)"), ("recurrence", model.timing.recurrence.rawValue),
            ("maxYears", model.timing.maximumYears.map(String.init) ?? "unlimited"),
        ]
        if model.timing.moments.isEmpty { writer.element("timing", timing) } else { writer.open("timing", timing) }
        for moment in model.timing.moments {
            var momentAttributes = [("kind", moment.kind.rawValue), ("recurs", moment.recurrence.rawValue)]
            if let date = moment.date { momentAttributes.append(("date", date)) }
            writer.open("moment", momentAttributes)
            writeTexts(&writer, "text", moment.text)
            writer.close()
        }
        if !model.timing.moments.isEmpty { writer.close() }
        let success =
            [
                ("competitive", model.success.isCompetitive ? "true" : "false"),
                ("probability", "\(model.success.probability.value)"),
            ] + basis(model.success.basis)
        if model.success.phaseProbabilities.isEmpty {
            writer.element("success", success)
        } else {
            writer.open("success", success)
            for phase in model.success.phaseProbabilities {
                let probability = "\(phase.probability.value)"
                writer.element("phase", [("stage", phase.stage.rawValue), ("probability", probability)])
            }
            writer.close()
        }
        writer.open("prerequisites")
        for prerequisite in model.prerequisites { writePrerequisite(&writer, prerequisite) }
        writer.close()
        writeEligibility(&writer, model.eligibility, writtenIDs: writtenIDs)
        writer.open("alignment")
        for theme in model.alignment.themes { writer.element("theme", [("ref", theme)]) }
        for mechanism in model.alignment.mechanisms { writer.element("mechanism", [("ref", mechanism)]) }
        writer.close()
        writer.open("risks")
        for risk in model.risks {
            writer.open("risk", [("kind", risk.kind.rawValue), ("level", risk.level.rawValue)])
            writeTexts(&writer, "text", risk.text)
            writer.close()
        }
        writer.close()
        writeTexts(&writer, "example", model.example)
        let provenance = model.provenance
        writer.open(
            "provenance",
            [
                ("evidence", provenance.evidence.rawValue), ("region", provenance.region),
                ("reviewed", provenance.reviewed),
            ])
        for citation in provenance.citations { writer.element("cite", [("ref", citation)]) }
        for fact in provenance.facts {
            var factAttributes = [
                ("about", fact.subject.rawValue), ("basis", fact.basis.rawValue), ("checked", fact.checked),
            ]
            if let url = fact.url { factAttributes.append(("url", url)) }
            if let document = fact.document { factAttributes.append(("document", document)) }
            writer.open("fact", factAttributes)
            writeTexts(&writer, "text", fact.text)
            writer.close()
        }
        writeTexts(&writer, "note", provenance.note)
        for claim in provenance.claims {
            let isWhole = claim.value == claim.value.rounded() && abs(claim.value) < 1e15
            let value = isWhole ? String(Int64(claim.value)) : String(claim.value)
            var claimAttributes = [("field", claim.field.rawValue), ("value", value)]
            if let unit = claim.unit { claimAttributes.append(("unit", unit.rawValue)) }
            writer.element("claim", claimAttributes)
        }
        writer.close()
        writer.close()
    }

    private static func writeEligibility(
        _ writer: inout XMLWriter, _ eligibility: Eligibility, writtenIDs: Set<String>
    ) {
        let exclusions = eligibility.excludedModels.filter(writtenIDs.contains)
        var kept = eligibility
        kept.excludedModels = exclusions
        guard !kept.isUnrestricted else { return }
        writer.open("eligibility")
        for region in kept.regions { writer.element("region", [("ref", region.rawValue)]) }
        for stage in kept.phases { writer.element("phase", [("stage", stage.rawValue)]) }
        for form in kept.legalForms { writer.element("legalForm", [("type", form.rawValue)]) }
        for rule in kept.partnerRequirements {
            writer.element("partner", [("requirement", rule.requirement.rawValue), ("minimum", "\(rule.minimum)")])
        }
        for kind in kept.cofinancingKinds { writer.element("cofinancingKind", [("kind", kind.rawValue)]) }
        for model in exclusions { writer.element("excludes", [("model", model)]) }
        writer.close()
    }

    private static func writePrerequisite(_ writer: inout XMLWriter, _ prerequisite: Prerequisite) {
        switch prerequisite {
        case .asset(let type): writer.element("asset", [("type", type.rawValue)])
        case .legalForm(let form): writer.element("legalForm", [("type", form.rawValue)])
        case .licence(let id, let label):
            writer.open("licence", [("id", id)])
            writeTexts(&writer, "label", label)
            writer.close()
        case .minimumMaturity(let stage): writer.element("maturity", [("minimum", stage.rawValue)])
        case .partnerType(let type): writer.element("partnerType", [("type", type.rawValue)])
        case .cofinancing(let share): writer.element("cofinancing", [("minimumShare", "\(share.value)")])
        }
    }
}
