internal import FundingPlannerXML

/// Writes a network profile as a `network-1` document that `fundplan` reads back unchanged,
/// with a short comment before each section saying what belongs there (in the chosen language).
public enum NetworkXMLWriter {
    /// The profile as XML text.
    ///
    /// - Parameters:
    ///   - profile: the network to write.
    ///   - language: the language of the explanatory comments.
    /// - Returns: a complete document; amounts in the file's one accepted form (`10000` or
    ///   `10000.50`), shares in basis points.
    public static func document(_ profile: NetworkProfile, commentsIn language: Language = .nl) -> String {
        let say = Wording(language: language)
        var writer = XMLWriter()
        var rootAttributes = [("xmlns", DocumentKind.network.namespace), ("id", profile.id), ("version", "1")]
        if profile.isFictional { rootAttributes.append(("fictional", "true")) }
        writer.open("network", rootAttributes)
        writer.comment(
            say(
                "Naam en doel van het netwerk: één eenvoudige zin die zegt voor wie het netwerk wat verandert.",
                "The network's name and purpose: one simple sentence saying what changes for whom."))
        localized(&writer, "name", profile.name)
        localized(&writer, "purpose", profile.purpose)
        writer.open("themes")
        for theme in profile.themes { writer.element("theme", [("ref", theme)]) }
        writer.close()
        writer.open("targetGroups")
        for group in profile.targetGroups { writer.element("group", [("type", group.rawValue)]) }
        writer.close()
        writer.element("region", [("code", profile.region.code)], text: profile.region.name)
        for municipality in profile.municipalities {
            writer.element("municipality", [("nis", municipality.nisCode)], text: municipality.name)
        }
        writer.element("founded", text: profile.founded.description)
        writer.element("legalForm", [("type", profile.legalForm.rawValue)])
        writer.comment(
            say(
                "Partners: wat ze bijdragen per jaar (geld of in natura, in euro zonder punt: 10000 of 10000.50) en hun stem.",
                "Partners: what they give per year (cash or in kind, in euros: 10000 or 10000.50) and their vote."))
        writer.open("partners")
        for partner in profile.partners { write(partner, &writer) }
        writer.close()
        if !profile.blocs.isEmpty {
            writer.open("blocs")
            for bloc in profile.blocs {
                writer.open("bloc", [("id", bloc.id), ("name", bloc.name)])
                for member in bloc.members { writer.element("member", [("partner", member)]) }
                writer.close()
            }
            writer.close()
        }
        writer.open("assets")
        for asset in profile.assets {
            var attributes = [("type", asset.type.rawValue)]
            if let owner = asset.owner { attributes.append(("owner", owner)) }
            if let capacity = asset.capacity { attributes.append(("capacity", "\(capacity)")) }
            if let hours = asset.freeHoursPerWeek { attributes.append(("freeHoursPerWeek", "\(hours)")) }
            if asset.isNeutral { attributes.append(("neutral", "true")) }
            if let description = asset.description { attributes.append(("description", description)) }
            if asset.equipment.isEmpty {
                writer.element("asset", attributes)
            } else {
                writer.open("asset", attributes)
                for item in asset.equipment {
                    var equipment = [("type", item.type.rawValue)]
                    if item.count != 1 { equipment.append(("count", "\(item.count)")) }
                    if let description = item.description { equipment.append(("description", description)) }
                    writer.element("equipment", equipment)
                }
                writer.close()
            }
        }
        writer.close()
        if !profile.licences.isEmpty {
            writer.open("licences")
            for licence in profile.licences {
                var attributes = [("type", licence.type.rawValue), ("holder", licence.holder)]
                if let date = licence.validUntil { attributes.append(("validUntil", date.description)) }
                if let description = licence.description { attributes.append(("description", description)) }
                writer.element("licence", attributes)
            }
            writer.close()
        }
        var capacity = [
            ("volunteerHoursPerMonth", "\(profile.volunteerHoursPerMonth)"),
            ("staffHoursPerMonth", "\(profile.staffHoursPerMonth)"),
        ]
        if let value = profile.staffHourValue { capacity.append(("staffHourValue", euros(value))) }
        if let value = profile.volunteerHourValue { capacity.append(("volunteerHourValue", euros(value))) }
        writer.element("capacity", capacity)
        writer.element("manifesto", [("exists", "\(profile.hasManifesto)")])
        writer.comment(
            say(
                "Begroting: de kosten per jaar en categorie; aandelen in basispunten (4000 = 40 %).",
                "Budget: costs per year and category; shares in basis points (4000 = 40 %)."))
        let budget = profile.budget
        writer.open(
            "budget",
            [
                ("startYear", "\(budget.startYear)"), ("horizonYears", "\(budget.horizonYears)"),
                ("reserves", euros(budget.reserves)),
            ])
        for cost in budget.costs {
            var attributes = [
                ("year", "\(cost.year)"), ("category", cost.category.rawValue), ("amount", euros(cost.amount)),
            ]
            if let description = cost.description { attributes.append(("description", description)) }
            writer.element("cost", attributes)
        }
        writer.close()
        let preferences = profile.preferences
        var preferenceAttributes = [
            ("maxShareOfOneSource", "\(preferences.maximumShareOfOneSource.value)"),
            ("maxPublicShare", "\(preferences.maximumPublicShare.value)"),
            ("hourlyRate", euros(preferences.hourlyRate)),
        ]
        if let goal = preferences.publicShareGoal { preferenceAttributes.append(("publicShareGoal", "\(goal.value)")) }
        if let goal = preferences.ownIncomeGoal { preferenceAttributes.append(("ownIncomeGoal", "\(goal.value)")) }
        if preferences.excludedModels.isEmpty && preferences.pinnedModels.isEmpty {
            writer.element("preferences", preferenceAttributes)
        } else {
            writer.open("preferences", preferenceAttributes)
            for model in preferences.excludedModels { writer.element("exclude", [("model", model)]) }
            for model in preferences.pinnedModels { writer.element("pin", [("model", model)]) }
            writer.close()
        }
        if !profile.outputIndicators.isEmpty {
            writer.comment(
                say(
                    "Outputindicatoren: wat het netwerk per jaar wil bereiken (eenheden: fundplan vocabulary indicator-units).",
                    "Output indicators: what the network aims to reach each year (units: fundplan vocabulary indicator-units)."
                ))
            writer.open("indicators")
            for indicator in profile.outputIndicators {
                var attributes = [("id", indicator.id), ("unit", indicator.unit.rawValue)]
                if let call = indicator.callIndicator { attributes.append(("callIndicator", call)) }
                writer.open("indicator", attributes)
                localized(&writer, "name", indicator.name)
                for target in indicator.targets {
                    writer.element("target", [("year", "\(target.year)"), ("value", "\(target.value)")])
                }
                writer.close()
            }
            writer.close()
        }
        return writer.finish()
    }

    private static func write(_ partner: NetworkProfile.Partner, _ writer: inout XMLWriter) {
        var attributes = [("id", partner.id), ("type", partner.type.rawValue)]
        if let sector = partner.sector { attributes.append(("sector", sector)) }
        if partner.country != "BE" { attributes.append(("country", partner.country)) }
        attributes += [("roles", partner.roles.map(\.rawValue).joined(separator: " ")), ("joins", "\(partner.joins)")]
        if let ceiling = partner.askCeiling { attributes.append(("askCeiling", euros(ceiling))) }
        writer.open("partner", attributes)
        writer.element("name", text: partner.name)
        if let statement = partner.statement.entries.first {
            writer.element("statement", [("xml:lang", statement.language)], text: statement.text)
        }
        for contribution in partner.contributions {
            var attributes = [
                ("year", "\(contribution.year)"), ("kind", contribution.kind.rawValue),
                ("amount", euros(contribution.amount)),
            ]
            if let valuation = contribution.valuation { attributes.append(("valuation", valuation.rawValue)) }
            if let hours = contribution.hours { attributes.append(("hours", "\(hours)")) }
            if let rate = contribution.hourlyRate { attributes.append(("hourlyRate", euros(rate))) }
            if let description = contribution.description { attributes.append(("description", description)) }
            if !contribution.isCommitted { attributes.append(("committed", "false")) }
            writer.element("contribution", attributes)
        }
        var governance = [("seats", "\(partner.seats)"), ("votes", "\(partner.votes)"), ("veto", "\(partner.hasVeto)")]
        if partner.vetoScope != .networkDecisions { governance.append(("vetoScope", partner.vetoScope.rawValue)) }
        writer.element("governance", governance)
        writer.close()
    }

    private static func localized(_ writer: inout XMLWriter, _ name: String, _ text: LocalizedText) {
        for entry in text.entries { writer.element(name, [("xml:lang", entry.language)], text: entry.text) }
    }

    /// Whole euros without decimals (`12000`), otherwise two decimals (`12000.50`).
    private static func euros(_ money: Money) -> String {
        money.cents % 100 == 0 ? "\(money.cents / 100)" : money.decimalEuros
    }
}
