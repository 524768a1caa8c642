/// Everything about one revenue model as readable text, for `fundplan catalogue show`.
public enum RevenueModelDescription {
    /// The model described in `language`, with labels, figures and their basis, and sources.
    public static func text(_ model: RevenueModel, catalogue: Catalogue, language: Language) -> String {
        let nl = language == .nl
        func label(_ nlText: String, _ enText: String) -> String { nl ? nlText : enText }
        func basis(_ basis: FigureBasis) -> String {
            switch basis {
            case .assumption: label("aanname, vervang door uw eigen cijfer", "assumption, replace with your own figure")
            case .sourced(let id): label("bron: ", "source: ") + (catalogue.source(id: id)?.citation.prefix(80).description ?? id)
            }
        }
        var lines: [String] = []
        let title = "\(model.name.text(in: language)) (\(model.id))"
        lines.append(title)
        lines.append(String(repeating: "=", count: title.count))
        lines.append(model.description.text(in: language))
        lines.append("")
        lines.append(label("Categorie", "Category") + ": " + model.category.label(language))
        lines.append(label("Type middelen", "Resource type") + ": " + model.taxonomy.resourceType.label(language)
            + " · " + label("verdienmechanisme", "revenue mechanism") + ": " + model.taxonomy.revenueMechanism.label(language)
            + " · Bridgespan: " + model.taxonomy.bridgespanModel.label(language))
        lines.append(label("Financier", "Funder") + ": " + model.funder.type.label(language) + " — " + model.funder.motive.text(in: language))
        lines.append("")
        let yield = model.yield
        lines.append(label("Opbrengst per jaar", "Yield per year") + ": "
            + "\(yield.minimum.formatted(language)) – \(yield.likely.formatted(language)) – \(yield.maximum.formatted(language)) "
            + label("(min – waarschijnlijk – max)", "(min – likely – max)") + " [\(basis(yield.basis))]")
        lines.append("  " + label("Schaalt met", "Scales with") + " " + yield.driver.label(language) + ": " + yield.scalesWith.text(in: language))
        lines.append(label("Directe kosten", "Direct costs") + ": " + model.cost.directCostRatio.formatted(language)
            + label(" van de opbrengst", " of the yield") + " [\(basis(model.cost.basis))]")
        lines.append(label("Inzet", "Effort") + ": \(model.effort.hoursPerMonth) " + label("uur per maand", "hours a month")
            + ", \(model.effort.startupHours) " + label("uur om te starten", "hours to start") + " [\(basis(model.effort.basis))]")
        let years = model.timing.maximumYears.map { "\($0) " + label("jaar", $0 == 1 ? "year" : "years") } ?? label("onbeperkt", "unlimited")
        lines.append(label("Timing", "Timing") + ": " + label("eerste inkomsten na", "first income after") + " \(model.timing.leadTimeMonths) "
            + label("maanden", "months") + ", " + model.timing.recurrence.label(language) + ", " + label("looptijd", "duration") + " " + years)
        lines.append(label("Slaagkans", "Chance of success") + ": " + model.success.probability.formatted(language)
            + (model.success.isCompetitive ? label(" (competitief)", " (competitive)") : "") + " [\(basis(model.success.basis))]")
        lines.append("")
        lines.append(label("Voorwaarden", "Prerequisites") + ":")
        if model.prerequisites.isEmpty { lines.append("  " + label("geen", "none")) }
        for prerequisite in model.prerequisites {
            lines.append("  - " + describe(prerequisite, language: language))
        }
        lines.append(label("Aansluiting bij het doel", "Alignment hooks") + ":")
        lines.append("  " + label("thema's", "themes") + ": " + model.alignment.themes.map { catalogue.theme(id: $0)?.label.text(in: language) ?? $0 }.joined(separator: ", "))
        for mechanism in model.alignment.mechanisms {
            lines.append("  - " + (catalogue.mechanism(id: mechanism)?.label.text(in: language) ?? mechanism))
        }
        lines.append(label("Risico's", "Risks") + ":")
        for risk in model.risks {
            lines.append("  - [\(risk.level.label(language))] \(risk.kind.label(language)): \(risk.text.text(in: language))")
        }
        lines.append("")
        lines.append(label("Voorbeeld", "Example") + ": " + model.example.text(in: language))
        lines.append("")
        let provenance = model.provenance
        lines.append(label("Herkomst", "Provenance") + ": " + label("bewijskracht ", "evidence ") + provenance.evidence.label(language)
            + ", " + label("regio ", "region ") + provenance.region + ", " + label("nagekeken op ", "reviewed on ") + provenance.reviewed)
        lines.append("  " + provenance.note.text(in: language))
        for citation in provenance.citations {
            lines.append("  [\(citation)] " + (catalogue.source(id: citation)?.citation ?? ""))
        }
        lines.append(label("Gedefinieerd in", "Defined in") + ": \(model.origin.file):\(model.origin.line)")
        return lines.joined(separator: "\n") + "\n"
    }

    private static func describe(_ prerequisite: Prerequisite, language: Language) -> String {
        let nl = language == .nl
        switch prerequisite {
        case .asset(let asset): return (nl ? "beschikt over: " : "has: ") + asset.label(language)
        case .legalForm(let form): return (nl ? "rechtsvorm: " : "legal form: ") + form.label(language)
        case .licence(_, let label): return (nl ? "vergunning: " : "licence: ") + label.text(in: language)
        case .minimumMaturity(let stage): return (nl ? "netwerk minstens " : "network at least ") + stage.label(language)
        case .partnerType(let type): return (nl ? "partner van het type: " : "a partner of type: ") + type.label(language)
        case .cofinancing(let share): return (nl ? "cofinanciering van minstens " : "co-financing of at least ") + share.formatted(language)
        }
    }
}
