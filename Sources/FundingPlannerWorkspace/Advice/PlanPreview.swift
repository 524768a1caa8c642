import Foundation
import FundingPlanner

/// The plan summary beside the form: the CLI's planner on the current profile, with fewer
/// simulation runs (500) so that it answers while the coordinator types, remembered per profile.
final class PlanPreview: @unchecked Sendable {
    /// Simulation runs for the live summary (`fundplan plan` uses 10 000).
    static let runs = 500
    private let lock = NSLock()
    private var cache: [String: [String: Any]] = [:]
    private var order: [String] = []

    /// The template context of the summary for `profile` (written as `xml`), in `language`,
    /// planned with a scenario variant's `overrides` when given (``PlanSettings/apply(_:)``).
    ///
    /// Without `compute`, only a sketch already made for this very profile is returned (planning
    /// takes most of a page's time, so a page asks for it only when the coordinator does).
    func context(
        _ profile: NetworkProfile, xml: String, loaded: CatalogueLoader.Loaded, language: Language, compute: Bool,
        overrides: ScenarioOverrides? = nil
    ) -> [String: Any]? {
        let key = language.rawValue + xml + (overrides.map { "\n\($0)" } ?? "")
        if let cached = lock.withLock({ cache[key] }) { return cached }
        guard compute else { return nil }
        let say = Say(language)
        var settings = PlanSettings.standard
        settings.runs = Self.runs
        settings.language = language
        if let overrides { settings.apply(overrides) }
        var context: [String: Any]
        do {
            let plan = try Planner.plan(
                Planner.Inputs(network: profile, catalogue: loaded.catalogue, files: []), settings: settings)
            context = [
                "planned": true,
                "sources": plan.sources.map { source in
                    [
                        "name": source.name, "from": source.startYear,
                        "total": source.income.reduce(Money.zero, +).formatted(language),
                    ] as [String: Any]
                },
                "hasSources": !plan.sources.isEmpty,
                "years": plan.yearTotals.enumerated().map { index, total in
                    [
                        "year": total.year, "costs": (total.costs + total.acquisitions).formatted(language),
                        "income": total.netIncome.formatted(language),
                        "covered": plan.simulation.years[index].coverageProbability.formatted(language),
                    ] as [String: Any]
                },
                "allCovered": say("Kans dat alle jaren gedekt zijn: ", "Chance that every year is covered: ")
                    + plan.simulation.allYearsCovered.formatted(language),
                "explanations": plan.explanations,
            ]
        } catch {
            context = ["planned": false, "explanations": error.explanations(in: language)]
        }
        lock.withLock {
            cache[key] = context
            order.append(key)
            if order.count > 32 { cache[order.removeFirst()] = nil }
        }
        return context
    }
}
