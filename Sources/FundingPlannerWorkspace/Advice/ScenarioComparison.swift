import Foundation
import FundingPlanner

/// Two to four profiles planned side by side (the CLI's planner, 500 runs each), one row per
/// figure, with the cells that differ from the first column marked.
enum ScenarioComparison {
    /// The table's context: `columns` (headings) and `rows` (label, cells with `differs`).
    static func context(
        _ profiles: [(name: String, profile: NetworkProfile)], loaded: CatalogueLoader.Loaded, language: Language
    ) -> [String: Any] {
        let say = Say(language)
        var settings = PlanSettings.standard
        settings.runs = PlanPreview.runs
        settings.language = language
        let plans = profiles.map { entry in
            Result { () throws(PlanningError) -> FundingPlan in
                try Planner.plan(
                    Planner.Inputs(network: entry.profile, catalogue: loaded.catalogue, files: []), settings: settings)
            }
        }
        func row(_ label: String, _ value: (NetworkProfile, FundingPlan) -> String) -> [String: Any] {
            let cells = zip(profiles, plans).map { entry, result -> String in
                switch result {
                case .success(let plan): value(entry.profile, plan)
                case .failure(let error): error.explanations(in: language).first ?? "—"
                }
            }
            return [
                "label": label,
                "cells": cells.enumerated().map { index, text in
                    ["text": text, "differs": index > 0 && text != cells[0]] as [String: Any]
                },
            ]
        }
        var rows = [
            row(say("Kans dat alle jaren gedekt zijn", "Chance that every year is covered")) {
                $1.simulation.allYearsCovered.formatted(language)
            },
            row(say("Gekozen bronnen", "Sources chosen")) { $1.sources.map(\.name).joined(separator: "; ") },
            row(say("Eigen inkomsten (laatste jaar)", "Own income (last year)")) {
                $1.indicators.years.last?.ownShare.formatted(language) ?? "—"
            },
            row(say("Reserves", "Reserves")) { profile, _ in profile.budget.reserves.formatted(language) },
            row(say("Grootste aandeel van één bron", "Largest share of one source")) { profile, _ in
                profile.preferences.maximumShareOfOneSource.formatted(language)
            },
            row(say("Grootste publiek aandeel", "Largest public share")) { profile, _ in
                profile.preferences.maximumPublicShare.formatted(language)
            },
        ]
        // Per partner of the first profile: its ask ceiling and what the plan asks it each year.
        for partner in profiles.first?.profile.partners ?? [] {
            rows.append(
                row(partner.name + ": " + say("hoogste vraag / gevraagd per jaar", "most to ask / asked per year")) {
                    profile, plan in
                    let own = profile.partners.first { $0.id == partner.id }
                    guard let ask = plan.partnerAsks.first(where: { $0.partnerID == partner.id }) else {
                        let ceiling = own?.askCeiling.map { $0.formatted(language) } ?? say("standaard", "default")
                        return ceiling + " / " + say("niets gevraagd", "nothing asked")
                    }
                    return ask.ceiling.formatted(language) + " / "
                        + ask.asked.map { $0.formatted(language) }.joined(separator: " · ")
                })
        }
        let years = profiles.first.map { Array($0.profile.budget.years) } ?? []
        for (index, year) in years.enumerated() {
            rows.append(
                row("\(year): " + say("netto inkomsten P10 / P50 / P90", "net income P10 / P50 / P90")) { _, plan in
                    guard plan.simulation.years.indices.contains(index) else { return "—" }
                    let simulated = plan.simulation.years[index]
                    return [simulated.p10, simulated.p50, simulated.p90].map { $0.formatted(language) }.joined(
                        separator: " / ")
                })
        }
        return ["columns": profiles.map(\.name), "rows": rows]
    }
}
