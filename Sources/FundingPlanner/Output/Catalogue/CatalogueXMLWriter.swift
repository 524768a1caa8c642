internal import FundingPlannerXML

/// Writes a catalogue as a `catalogue-1` XML document that validates against its schema.
public enum CatalogueXMLWriter {
    /// The whole catalogue (or the given subset of its models) as XML text.
    ///
    /// Vocabulary and sources are always written in full, so the document stands on its own.
    public static func document(_ catalogue: Catalogue, models: [RevenueModel]? = nil, id: String = "export", version: String = "1") -> String {
        var writer = XMLWriter()
        writer.open("catalogue", [("xmlns", DocumentKind.catalogue.namespace), ("id", id), ("version", version)])
        writeTexts(&writer, "title", LocalizedText([("nl", "FundingPlanner-catalogus (export)"), ("en", "FundingPlanner catalogue (export)")]))
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
        for model in models ?? catalogue.models { writeModel(&writer, model) }
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

    private static func writeModel(_ writer: inout XMLWriter, _ model: RevenueModel) {
        writer.open("model", [("id", model.id), ("category", model.category.rawValue)])
        writeTexts(&writer, "name", model.name)
        writeTexts(&writer, "description", model.description)
        writer.element("taxonomy", [
            ("resourceType", model.taxonomy.resourceType.rawValue),
            ("revenueMechanism", model.taxonomy.revenueMechanism.rawValue),
            ("bridgespanModel", model.taxonomy.bridgespanModel.rawValue),
        ])
        writer.open("funder", [("type", model.funder.type.rawValue)])
        writeTexts(&writer, "motive", model.funder.motive)
        writer.close()
        writer.open("yield", [
            ("min", model.yield.minimum.decimalEuros), ("likely", model.yield.likely.decimalEuros),
            ("max", model.yield.maximum.decimalEuros), ("driver", model.yield.driver.rawValue),
        ] + basis(model.yield.basis))
        writeTexts(&writer, "scalesWith", model.yield.scalesWith)
        writer.close()
        writer.element("cost", [("directCostRatio", "\(model.cost.directCostRatio.value)")] + basis(model.cost.basis))
        writer.element("effort", [("hoursPerMonth", "\(model.effort.hoursPerMonth)"), ("startupHours", "\(model.effort.startupHours)")] + basis(model.effort.basis))
        writer.element("timing", [
            ("leadTimeMonths", "\(model.timing.leadTimeMonths)"), ("recurrence", model.timing.recurrence.rawValue),
            ("maxYears", model.timing.maximumYears.map(String.init) ?? "unlimited"),
        ])
        writer.element("success", [("competitive", model.success.isCompetitive ? "true" : "false"), ("probability", "\(model.success.probability.value)")] + basis(model.success.basis))
        writer.open("prerequisites")
        for prerequisite in model.prerequisites { writePrerequisite(&writer, prerequisite) }
        writer.close()
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
        writer.open("provenance", [("evidence", provenance.evidence.rawValue), ("region", provenance.region), ("reviewed", provenance.reviewed)])
        for citation in provenance.citations { writer.element("cite", [("ref", citation)]) }
        writeTexts(&writer, "note", provenance.note)
        writer.close()
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
