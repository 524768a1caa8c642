/// Everything about one revenue model as readable text, for `fundplan catalogue show`.
public enum RevenueModelDescription {
    /// The model described in `language`, with labels, figures and their basis, and sources.
    public static func text(_ model: RevenueModel, catalogue: Catalogue, language: Language) -> String {
        let nl = language == .nl
        func label(_ nlText: String, _ enText: String) -> String { nl ? nlText : enText }
        func basis(_ basis: FigureBasis) -> String {
            switch basis {
            case .assumption: label("aanname, vervang door uw eigen cijfer", "assumption, replace with your own figure")
            case .sourced(let id):
                label("bron: ", "source: ") + (catalogue.source(id: id)?.citation.prefix(80).description ?? id)
            }
        }
        var lines: [String] = []
        let title = "\(model.name.text(in: language)) (\(model.id))"
        lines.append(title)
        lines.append(String(repeating: "=", count: title.count))
        lines.append(model.description.text(in: language))
        lines.append("")
        lines.append(label("Categorie", "Category") + ": " + model.category.label(language))
        if model.role != .income { lines.append(label("Rol", "Role") + ": " + model.role.label(language)) }
        if !model.tags.isEmpty {
            lines.append(label("Labels", "Tags") + ": " + model.tags.map { $0.label(language) }.joined(separator: ", "))
        }
        lines.append(
            label("Type middelen", "Resource type") + ": " + model.taxonomy.resourceType.label(language)
                + " · " + label("verdienmechanisme", "revenue mechanism") + ": "
                + model.taxonomy.revenueMechanism.label(language)
                + " · Bridgespan: " + model.taxonomy.bridgespanModel.label(language))
        lines.append(
            label("Financier", "Funder") + ": " + model.funder.type.label(language) + " — "
                + model.funder.motive.text(in: language))
        lines.append("")
        let yield = model.yield
        let amountLabel =
            model.countsAsIncome
            ? label("Opbrengst per jaar", "Yield per year") : label("Bedrag (geen inkomsten)", "Amount (not income)")
        lines.append(
            amountLabel + ": "
                + "\(yield.minimum.formatted(language)) – \(yield.likely.formatted(language)) – \(yield.maximum.formatted(language)) "
                + label("(min – waarschijnlijk – max)", "(min – likely – max)") + " [\(basis(yield.basis))]")
        lines.append(
            "  " + label("Schaalt met", "Scales with") + " " + yield.driver.label(language) + ": "
                + yield.scalesWith.text(in: language))
        lines.append(
            label("Directe kosten", "Direct costs") + ": " + model.cost.directCostRatio.formatted(language)
                + label(" van de opbrengst", " of the yield") + " [\(basis(model.cost.basis))]")
        lines.append(
            label("Inzet", "Effort") + ": \(model.effort.hoursPerMonth) " + label("uur per maand", "hours a month")
                + ", \(model.effort.startupHours) " + label("uur om te starten", "hours to start")
                + " [\(basis(model.effort.basis))]")
        let years =
            model.timing.maximumYears.map { "\($0) " + label("jaar", $0 == 1 ? "year" : "years") }
            ?? label("onbeperkt", "unlimited")
        lines.append(
            label("Timing", "Timing") + ": " + label("eerste inkomsten na", "first income after")
                + " \(model.timing.leadTimeMonths) "
                + label("maanden", "months") + ", " + model.timing.recurrence.label(language) + ", "
                + label("looptijd", "duration") + " " + years)
        for moment in model.timing.moments {
            let when = moment.date ?? moment.recurrence.label(language)
            lines.append("  - " + moment.kind.label(language) + " (" + when + "): " + moment.text.text(in: language))
        }
        lines.append(
            label("Slaagkans", "Chance of success") + ": " + model.success.probability.formatted(language)
                + (model.success.isCompetitive ? label(" (competitief)", " (competitive)") : "")
                + " [\(basis(model.success.basis))]")
        for phase in model.success.phaseProbabilities {
            let stage =
                label("zolang het netwerk ", "while the network is ") + phase.stage.label(language) + label(" is", "")
            lines.append("  " + stage + ": " + phase.probability.formatted(language))
        }
        lines.append("")
        lines.append(label("Voorwaarden", "Prerequisites") + ":")
        if model.prerequisites.isEmpty { lines.append("  " + label("geen", "none")) }
        for prerequisite in model.prerequisites {
            lines.append("  - " + describe(prerequisite, language: language))
        }
        lines.append(label("Wie komt in aanmerking", "Eligibility") + ":")
        lines += eligibilityLines(model.eligibility, catalogue: catalogue, language: language)
        lines.append(label("Aansluiting bij het doel", "Alignment hooks") + ":")
        lines.append(
            "  " + label("thema's", "themes") + ": "
                + model.alignment.themes.map { catalogue.theme(id: $0)?.label.text(in: language) ?? $0 }.joined(
                    separator: ", "))
        for mechanism in model.alignment.mechanisms {
            lines.append("  - " + (catalogue.mechanism(id: mechanism)?.label.text(in: language) ?? mechanism))
        }
        lines.append(label("Risico's", "Risks") + ":")
        for risk in model.risks {
            lines.append(
                "  - [\(risk.level.label(language))] \(risk.kind.label(language)): \(risk.text.text(in: language))")
        }
        lines.append("")
        lines.append(label("Voorbeeld", "Example") + ": " + model.example.text(in: language))
        lines.append("")
        let provenance = model.provenance
        lines.append(
            label("Herkomst", "Provenance") + ": " + label("bewijskracht ", "evidence ")
                + provenance.evidence.label(language)
                + ", " + label("regio ", "region ") + provenance.region + ", " + label("nagekeken op ", "reviewed on ")
                + provenance.reviewed)
        for fact in provenance.facts {
            let source = fact.url ?? fact.document ?? label("geen bron", "no source")
            let heading =
                fact.subject.label(language) + ", " + fact.basis.label(language) + label(" op ", " on ") + fact.checked
            lines.append("  - " + heading + ": " + fact.text.text(in: language) + " <" + source + ">")
        }
        lines.append("  " + provenance.note.text(in: language))
        for citation in provenance.citations {
            lines.append("  [\(citation)] " + (catalogue.source(id: citation)?.citation ?? ""))
        }
        lines.append(label("Gedefinieerd in", "Defined in") + ": \(model.origin.file):\(model.origin.line)")
        return lines.joined(separator: "\n") + "\n"
    }

    private static func eligibilityLines(
        _ eligibility: Eligibility, catalogue: Catalogue, language: Language
    ) -> [String] {
        let nl = language == .nl
        guard !eligibility.isUnrestricted else { return ["  " + (nl ? "geen beperkingen" : "no restrictions")] }
        var lines: [String] = []
        func list(_ nlTitle: String, _ enTitle: String, _ items: [String]) {
            if !items.isEmpty { lines.append("  - " + (nl ? nlTitle : enTitle) + ": " + items.joined(separator: ", ")) }
        }
        list("regio's", "regions", eligibility.regions.map(\.rawValue))
        list("fasen van het netwerk", "network phases", eligibility.phases.map { $0.label(language) })
        list("rechtsvormen", "legal forms", eligibility.legalForms.map { $0.label(language) })
        let partners = eligibility.partnerRequirements.map { rule in
            let minimum = rule.minimum > 1 ? " (\(nl ? "minstens" : "at least") \(rule.minimum))" : ""
            return rule.requirement.label(language) + minimum
        }
        list("vereiste partners", "required partners", partners)
        let kinds = eligibility.cofinancingKinds.map { $0.label(language) }
        list("aanvaarde cofinanciering", "co-financing accepted", kinds)
        let excluded = eligibility.excludedModels.map { id in
            catalogue.model(id: id).map { "\($0.name.text(in: language)) (\(id))" } ?? id
        }
        list("niet te combineren met", "cannot be combined with", excluded)
        return lines
    }

    private static func describe(_ prerequisite: Prerequisite, language: Language) -> String {
        let nl = language == .nl
        switch prerequisite {
        case .asset(let asset): return (nl ? "beschikt over: " : "has: ") + asset.label(language)
        case .legalForm(let form): return (nl ? "rechtsvorm: " : "legal form: ") + form.label(language)
        case .licence(_, let label): return (nl ? "vergunning: " : "licence: ") + label.text(in: language)
        case .minimumMaturity(let stage):
            return (nl ? "netwerk minstens " : "network at least ") + stage.label(language)
        case .partnerType(let type):
            return (nl ? "partner van het type: " : "a partner of type: ") + type.label(language)
        case .cofinancing(let share):
            return (nl ? "cofinanciering van minstens " : "co-financing of at least ") + share.formatted(language)
        }
    }
}
