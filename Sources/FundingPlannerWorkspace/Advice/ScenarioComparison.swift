import Foundation
import FundingPlanner

/// Two to four profiles planned side by side (the CLI's planner, 500 runs each, each with its
/// variant's overrides applied through ``PlanSettings/apply(_:)``), one row per figure, with the
/// cells that differ from the first column marked.
enum ScenarioComparison {
    /// One column: a name, the profile and the variant's yields and caps (none for the profile).
    typealias Column = (name: String, profile: NetworkProfile, overrides: ScenarioOverrides?)

    /// The table's context: `columns` (headings) and `rows` (label, cells with `differs`).
    static func context(_ profiles: [Column], loaded: CatalogueLoader.Loaded, language: Language) -> [String: Any] {
        let say = Say(language)
        let plans = profiles.map { entry in
            Result { () throws(PlanningError) -> FundingPlan in
                var settings = PlanSettings.standard
                settings.runs = PlanPreview.runs
                settings.language = language
                if let overrides = entry.overrides { settings.apply(overrides) }
                return try Planner.plan(
                    Planner.Inputs(network: entry.profile, catalogue: loaded.catalogue, files: []), settings: settings)
            }
        }
        func marked(_ label: String, _ cells: [String]) -> [String: Any] {
            [
                "label": label,
                "cells": cells.enumerated().map { index, text in
                    ["text": text, "differs": index > 0 && text != cells[0]] as [String: Any]
                },
            ]
        }
        func row(_ label: String, _ value: (NetworkProfile, FundingPlan) -> String) -> [String: Any] {
            marked(
                label,
                zip(profiles, plans).map { entry, result -> String in
                    switch result {
                    case .success(let plan): value(entry.profile, plan)
                    case .failure(let error): error.explanations(in: language).first ?? "—"
                    }
                })
        }
        var rows = [
            marked(
                say("Andere opbrengsten en plafonds", "Other yields and caps"),
                profiles.map { changes($0.overrides, catalogue: loaded.catalogue, language: language) }),
            row(say("Kans dat alle jaren gedekt zijn", "Chance that every year is covered")) {
                $1.simulation.allYearsCovered.formatted(language)
            },
            row(say("Gekozen bronnen", "Sources chosen")) { $1.sources.map(\.name).joined(separator: "; ") },
        ]
        // The amount of every source any column chose, over all years.
        var chosen: [(id: String, name: String)] = []
        for case .success(let plan) in plans {
            for source in plan.sources where !chosen.contains(where: { $0.id == source.modelID }) {
                chosen.append((source.modelID, source.name))
            }
        }
        for source in chosen {
            rows.append(
                row(source.name + ": " + say("bedrag over alle jaren", "amount over all years")) { _, plan in
                    plan.sources.first { $0.modelID == source.id }.map {
                        $0.income.reduce(Money.zero, +).formatted(language)
                    } ?? "—"
                })
        }
        rows += [
            row(say("Eigen inkomsten (laatste jaar)", "Own income (last year)")) {
                $1.indicators.years.last?.ownShare.formatted(language) ?? "—"
            },
            row(say("Reserve aan het eind / doel", "Reserve at the end / target")) { _, plan in
                plan.objective.expectedReserve.formatted(language) + " / "
                    + plan.objective.reserveTarget.formatted(language)
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

    /// A variant's yields and caps in words ("Zaalverhuur: typisch € 3.000; …"), "—" for none.
    static func changes(_ overrides: ScenarioOverrides?, catalogue: Catalogue, language: Language) -> String {
        let say = Say(language)
        func name(_ id: String) -> String { catalogue.model(id: id)?.name.text(in: language) ?? id }
        let yields = (overrides?.yields ?? []).map { override in
            let figures = [
                (say("typisch", "typical"), override.typical), ("minimum", override.minimum),
                ("maximum", override.maximum),
            ].compactMap { label, value in value.map { "\(label) \($0.formatted(language))" } }
            return name(override.model) + ": " + figures.joined(separator: ", ")
        }
        let caps = (overrides?.caps ?? []).map { cap in
            name(cap.model) + ": " + say("hoogstens", "at most") + " \(cap.perYear.formatted(language)) "
                + say("per jaar", "a year")
        }
        let all = yields + caps
        return all.isEmpty ? "—" : all.joined(separator: "; ")
    }
}
