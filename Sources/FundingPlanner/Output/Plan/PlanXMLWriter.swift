import Foundation
internal import FundingPlannerXML

/// Writes a ``FundingPlan`` as a `plan-1` document.
public enum PlanXMLWriter {
    /// The plan as XML text; the same plan always gives the same bytes.
    public static func document(_ plan: FundingPlan) -> String {
        var writer = XMLWriter()
        writer.open(
            "plan",
            [
                ("xmlns", DocumentKind.plan.namespace), ("language", plan.language.rawValue),
                ("generator", FundingPlanner.generator),
            ])
        writer.open("inputs")
        for input in plan.inputs {
            writer.element("input", [("role", input.role.rawValue), ("file", input.file), ("sha256", input.sha256)])
        }
        writer.close()
        var network = [
            ("id", plan.networkID), ("firstYear", "\(plan.years.first ?? 0)"), ("lastYear", "\(plan.years.last ?? 0)"),
        ]
        if !plan.networkRegion.isEmpty { network.append(("region", plan.networkRegion)) }
        if !plan.municipalities.isEmpty {
            network.append(("municipalities", plan.municipalities.joined(separator: " ")))
        }
        if !plan.partnerTypes.isEmpty {
            network.append(("partnerTypes", plan.partnerTypes.map(\.rawValue).joined(separator: " ")))
        }
        writer.element("network", network, text: plan.networkName)
        writer.element("purpose", [("xml:lang", plan.purposeLanguage)], text: plan.purposeText)
        writePartners(&writer, plan)
        writer.element(
            "solver",
            [
                ("name", plan.solver.name), ("version", plan.solver.version), ("status", plan.solver.status.rawValue),
                ("objective", String(format: "%.3f", plan.solver.objective)), ("unit", "thousand-euro"),
            ])
        let limits = plan.limits
        writer.element(
            "limits",
            [
                ("maxShareOfOneSource", "\(limits.maximumShareOfOneSource.value)"),
                ("maxPublicShare", "\(limits.maximumPublicShare.value)"),
                ("maxNewModelsPerYear", "\(limits.maximumNewModelsPerYear)"),
                ("effortHoursPerYear", "\(limits.effortHoursPerYear)"),
                ("hourlyRate", limits.hourlyRate.decimalEuros),
                ("shortfallPenalty", String(format: "%.2f", limits.shortfallPenalty)),
            ])
        let target = plan.objective
        writer.element(
            "target",
            [
                ("reserveMonths", "\(target.reserveMonths)"), ("reserve", target.reserveTarget.decimalEuros),
                ("expectedReserve", target.expectedReserve.decimalEuros),
                ("coverage", "\(target.coverageTarget.value)"), ("coverageMet", "\(target.coverageMet)"),
                ("riskBuffer", String(format: "%.2f", target.riskBuffer)),
            ])
        if !plan.options.pinned.isEmpty || !plan.options.excluded.isEmpty || plan.options.scenarioID != nil {
            writer.open("options")
            for model in plan.options.pinned { writer.element("pin", [("model", model)]) }
            for model in plan.options.excluded { writer.element("exclude", [("model", model)]) }
            if let id = plan.options.scenarioID {
                writer.element("scenario", [("id", id)], text: plan.options.scenarioName ?? id)
            }
            writer.close()
        }
        writeSources(&writer, plan)
        writePartnerAsks(&writer, plan)
        writer.open("years")
        for total in plan.yearTotals {
            let attributes = [
                ("value", "\(total.year)"), ("costs", total.costs.decimalEuros),
                ("acquisitions", total.acquisitions.decimalEuros),
                ("partnerCash", total.partnerCash.decimalEuros), ("sourceIncome", total.sourceIncome.decimalEuros),
                ("income", total.income.decimalEuros), ("directCosts", total.directCosts.decimalEuros),
                ("netIncome", total.netIncome.decimalEuros), ("shortfall", total.shortfall.decimalEuros),
                ("balance", total.balance.decimalEuros), ("inKind", total.inKind.decimalEuros),
            ]
            if total.costLines.isEmpty {
                writer.element("year", attributes)
            } else {
                writer.open("year", attributes)
                for line in total.costLines {
                    writer.element(
                        "cost", [("category", line.category.rawValue), ("amount", line.amount.decimalEuros)])
                }
                writer.close()
            }
        }
        writer.close()
        writer.open("inKind")
        for item in plan.inKind {
            writer.open(
                "item",
                [("source", item.source), ("kind", item.isPartner ? "partner-contribution" : "suggested-model")])
            writer.element("name", text: item.name)
            for (index, amount) in item.amounts.enumerated() {
                writer.element("year", [("year", "\(plan.years[index])"), ("amount", amount.decimalEuros)])
            }
            writer.close()
        }
        writer.close()
        writeIndicators(&writer, plan.indicators)
        writeSimulation(&writer, plan.simulation)
        writer.open("milestones")
        for milestone in plan.milestones {
            writer.open(
                "step",
                [
                    ("model", milestone.modelID), ("date", milestone.date.description),
                    ("deadline", "\(milestone.step.isDeadline)"),
                ])
            writer.element("title", text: milestone.step.title)
            writer.element("detail", text: milestone.step.detail)
            writer.close()
        }
        writer.close()
        writeOutputIndicators(&writer, plan.outputIndicators)
        writeCofinancing(&writer, plan.cofinancing)
        writer.open("addedValue")
        for entry in plan.addedValue { writer.element("funder", [("type", entry.funder.rawValue)], text: entry.text) }
        writer.close()
        for explanation in plan.explanations { writer.element("explanation", text: explanation) }
        for blocked in plan.blocked { writer.element("blocked", [("model", blocked.modelID)], text: blocked.reason) }
        MatchXMLWriter.writeReadiness(&writer, plan.readiness)
        // The ten best matches, and every chosen source's match (for its rationale and prerequisites).
        let chosen = Set(plan.sources.map(\.modelID))
        writer.open("matches")
        for (index, match) in plan.matches.matches.enumerated() where index < 10 || chosen.contains(match.modelID) {
            MatchXMLWriter.writeModelMatch(&writer, match, rank: index + 1)
        }
        writer.close()
        return writer.finish()
    }

    private static func writePartners(_ writer: inout XMLWriter, _ plan: FundingPlan) {
        guard !plan.partners.isEmpty else { return }
        writer.open("partners")
        for partner in plan.partners {
            writer.open(
                "partner",
                [
                    ("id", partner.id), ("type", partner.type.rawValue),
                    ("roles", partner.roles.map(\.rawValue).joined(separator: " ")),
                ])
            writer.element("name", text: partner.name)
            for (index, year) in plan.years.enumerated() {
                writer.element(
                    "year",
                    [
                        ("year", "\(year)"), ("cash", partner.cash[index].decimalEuros),
                        ("inKind", partner.inKind[index].decimalEuros),
                    ])
            }
            writer.close()
        }
        writer.close()
    }

    private static func writeSources(_ writer: inout XMLWriter, _ plan: FundingPlan) {
        writer.open("sources")
        for source in plan.sources {
            writer.open(
                "source",
                [
                    ("model", source.modelID), ("start", "\(source.startYear)"),
                    ("resourceType", source.resourceType.rawValue),
                    ("funderType", source.funderType.rawValue), ("alignment", "\(source.alignment)"),
                    ("quadrant", source.quadrant.rawValue),
                    ("competitive", "\(source.isCompetitive)"), ("probability", "\(source.probability.value)"),
                    ("directCostRatio", "\(source.directCostRatio.value)"), ("pinned", "\(source.isPinned)"),
                    ("maxYears", source.maximumYears.map(String.init) ?? "unlimited"),
                ] + (source.isNewPartnerMoney ? [("partnerMoney", "new-to-be-agreed")] : []))
            writer.element("name", text: source.name)
            let requested = source.requested
            for (index, year) in plan.years.enumerated() {
                var attributes = [
                    ("year", "\(year)"), ("income", source.income[index].decimalEuros),
                    ("net", source.net[index].decimalEuros), ("effortHours", "\(source.effortHours[index])"),
                ]
                if source.purposeHours.count > index && source.purposeHours[index] > 0 {
                    attributes.append(("purposeHours", "\(source.purposeHours[index])"))
                }
                if let requested { attributes.append(("requested", requested[index].decimalEuros)) }
                writer.element("year", attributes)
            }
            for (partner, amounts) in source.asks.sorted(by: { $0.key < $1.key }) {
                for (index, amount) in amounts.enumerated() where amount > .zero {
                    writer.element(
                        "ask",
                        [("partner", partner), ("year", "\(plan.years[index])"), ("amount", amount.decimalEuros)])
                }
            }
            writer.close()
        }
        for partner in plan.partnerContributions {
            writer.open("partnerCash", [("partner", partner.partnerID), ("public", "\(partner.isPublic)")])
            writer.element("name", text: partner.name)
            for (index, year) in plan.years.enumerated() {
                var attributes = [("year", "\(year)"), ("amount", partner.amounts[index].decimalEuros)]
                if index < partner.uncommitted.count, partner.uncommitted[index] > .zero {
                    attributes.append(("uncommitted", partner.uncommitted[index].decimalEuros))
                }
                writer.element("year", attributes)
            }
            writer.close()
        }
        for acquisition in plan.acquisitions {
            writer.element(
                "acquisition",
                [
                    ("asset", acquisition.asset.rawValue), ("year", "\(acquisition.year)"),
                    ("cost", acquisition.cost.decimalEuros),
                ])
        }
        writer.close()
    }

    private static func writePartnerAsks(_ writer: inout XMLWriter, _ plan: FundingPlan) {
        guard !plan.partnerAsks.isEmpty else { return }
        writer.open("partnerAsks")
        for ask in plan.partnerAsks {
            writer.element(
                "partner",
                [
                    ("id", ask.partnerID), ("ceiling", ask.ceiling.decimalEuros),
                    (
                        "ceilingFrom",
                        ask.ceilingFromScenario ? "scenario" : ask.ceilingFromProfile ? "profile" : "default"
                    ),
                    ("asked", ask.asked.reduce(Money.zero, +).decimalEuros),
                    ("cashShareBefore", "\(ask.cashShareBefore.value)"),
                    ("cashShareAfter", "\(ask.cashShareAfter.value)"), ("voteShare", "\(ask.voteShare.value)"),
                    ("moneyFollowsPower", "\(ask.moneyFollowsPower)"),
                ])
        }
        writer.close()
    }

    private static func writeIndicators(_ writer: inout XMLWriter, _ indicators: PlanIndicators) {
        writer.open("indicators")
        for year in indicators.years {
            writer.element(
                "year",
                [
                    ("value", "\(year.year)"), ("ownShare", "\(year.ownShare.value)"),
                    ("earnedShare", "\(year.earnedShare.value)"),
                    ("publicShare", "\(year.publicShare.value)"), ("hhi", "\(year.concentration)"),
                    ("topSource", year.topSource),
                    ("topShare", "\(year.topShare.value)"),
                ])
        }
        writer.element("ownShareTrend", text: indicators.ownShareTrend.rawValue)
        if let year = indicators.breakEvenYear { writer.element("breakEven", [("year", "\(year)")]) }
        for model in indicators.quickWins { writer.element("quickWin", [("ref", model)]) }
        for cliff in indicators.cliffs {
            writer.element(
                "cliff", [("year", "\(cliff.year)"), ("model", cliff.modelID), ("share", "\(cliff.share.value)")])
        }
        writer.element("concentration", text: indicators.concentrationReading)
        writer.close()
    }

    private static func writeSimulation(_ writer: inout XMLWriter, _ simulation: SimulationSummary) {
        var attributes = [
            ("runs", "\(simulation.runs)"), ("seed", "\(simulation.seed)"),
            ("allYearsCovered", "\(simulation.allYearsCovered.value)"),
        ]
        if let runway = simulation.runwayMonths { attributes.append(("runwayMonths", "\(runway)")) }
        writer.open("simulation", attributes)
        for year in simulation.years {
            writer.element(
                "year",
                [
                    ("value", "\(year.year)"), ("p10", year.p10.decimalEuros), ("p50", year.p50.decimalEuros),
                    ("p90", year.p90.decimalEuros),
                    ("coverageProbability", "\(year.coverageProbability.value)"),
                    ("expectedShortfall", year.expectedShortfall.decimalEuros),
                ])
        }
        if let model = simulation.mostSensitiveSource, let coverage = simulation.coverageWithoutIt {
            writer.element("sensitivity", [("model", model), ("coverageWithout", "\(coverage.value)")])
        }
        writer.close()
    }
}
