/// Why no plan can be made for what was asked.
///
/// Each case carries what a caller needs to act on it; ``explanations(in:)`` words it for the
/// coordinator, one sentence per cause, naming what blocks and what to change.
public enum PlanningError: Error, Sendable, Hashable {
    /// A plan runs 1 to 6 years; this many were asked.
    case invalidYears(Int)
    /// Pinned or excluded models that the catalogue does not have.
    case unknownModels([String])
    /// Models that are both pinned and excluded.
    case pinnedAndExcluded([String])
    /// Pinned models that cannot be in the plan, each with the reason (already worded).
    case pinnedButBlocked([BlockedSource])
    /// The conditions together leave no plan; the listed ones each block it on their own (none
    /// listed: only several together do).
    case noFeasiblePlan([PlanConstraint])
    /// The network cannot apply to the call the plan is made for, with the reasons (already worded).
    case callNotApplicable(call: String, reasons: [String])

    /// One sentence per cause, in `language`.
    public func explanations(in language: Language) -> [String] {
        let wording = Wording(language: language)
        switch self {
        case .invalidYears(let count):
            return [wording("een plan loopt 1 tot 6 jaar, niet \(count)", "a plan runs 1 to 6 years, not \(count)")]
        case .unknownModels(let ids):
            return ids.map { id in
                wording(
                    "onbekend verdienmodel '\(id)'; zie `fundplan catalogue list`",
                    "unknown revenue model '\(id)'; see `fundplan catalogue list`")
            }
        case .pinnedAndExcluded(let ids):
            return ids.map { id in
                wording(
                    "'\(id)' is tegelijk vastgepind en uitgesloten; kies één van beide",
                    "'\(id)' is both pinned and excluded; keep one of the two")
            }
        case .pinnedButBlocked(let models):
            return models.map { model in
                wording(
                    "'\(model.modelID)' is vastgepind maar kan niet in het plan: \(model.reason)",
                    "'\(model.modelID)' is pinned but cannot be in the plan: \(model.reason)")
            }
        case .noFeasiblePlan(let constraints) where constraints.isEmpty:
            return [
                wording(
                    "Geen plan mogelijk: meerdere voorwaarden samen sluiten elkaar uit (vastgepinde modellen, maxima per bron en voor publiek geld, inzet, nieuwe modellen per jaar).",
                    "No plan is possible: several conditions together exclude each other (pinned models, caps per source and on public money, effort, new models per year)."
                )
            ]
        case .noFeasiblePlan(let constraints):
            return constraints.map { $0.explanation(in: language, blocking: true) }
        case .callNotApplicable(let call, let reasons):
            return reasons.map { reason in
                wording(
                    "het netwerk kan niet indienen bij '\(call)': \(reason)",
                    "the network cannot apply to '\(call)': \(reason)")
            }
        }
    }
}
