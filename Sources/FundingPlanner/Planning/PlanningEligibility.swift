/// Eligibility where the planner takes its candidates: the planner never chooses a model the
/// network may not use, and never two models that exclude each other.
///
/// - A model whose eligibility rules exclude the network (region, required partners) is blocked
///   with the reason.
/// - A model open only to some phases may start only in plan years whose projected stage is one
///   of them; without such a year it is blocked.
/// - A model whose eligibility the data cannot confirm (a LEADER area whose municipalities are
///   not verified) is blocked unless the network pins it: the plan does not build on money the
///   network may not be allowed to ask for; pinning it says the network checked.
/// - Of two candidates that exclude each other (`<excludes model>`), the pinned one stays, or
///   else the one with the higher alignment (then the lower id); the other is blocked.
enum PlanningEligibility {
    /// The years (0-based) `model` may start in, or the reason it is blocked.
    static func allowedStarts(
        _ model: RevenueModel, starts: [Int], network: NetworkProfile, catalogue: Catalogue, stage: MaturityStage,
        isPinned: Bool, language: Language
    ) -> Result<[Int], BlockedReason> {
        let verdict = EligibilityCheck.verdict(
            model, network: network, stage: stage, regions: catalogue.regions, language: language)
        let phases = model.eligibility.phases
        var allowed = starts
        if !phases.isEmpty {
            let age = max(
                0, network.founded.months(until: CalendarDate(year: network.budget.startYear, month: 1, day: 1)))
            allowed = allowed.filter {
                phases.contains(
                    PlanningCandidates.projectedStage(stage, ageAtStart: age, year: $0, network: network))
            }
        }
        switch verdict.status {
        case .ineligible where !verdict.failsOnlyOnPhase:
            // "not eligible: a; b", not the prefix before each reason.
            let prefix = Wording(language: language)("niet in aanmerking: ", "not eligible: ")
            let text =
                verdict.reasons.enumerated().map { index, reason in
                    index == 0 || !reason.hasPrefix(prefix) ? reason : String(reason.dropFirst(prefix.count))
                }.joined(separator: "; ")
            return .failure(BlockedReason(text: text))
        case .unconfirmed where !isPinned:
            let wording = Wording(language: language)
            return .failure(
                BlockedReason(
                    text: verdict.checks.joined(separator: "; ")
                        + wording(
                            " (pin het model zodra u het nagegaan hebt)", " (pin the model once you have checked)")))
        default:
            if allowed.isEmpty {
                let wording = Wording(language: language)
                return .failure(
                    BlockedReason(
                        text: verdict.reasons.first
                            ?? wording(
                                "het netwerk is in geen enkel planjaar in een fase waarvoor deze bron openstaat",
                                "the network is in no plan year in a phase this source is open to")))
            }
            return .success(allowed)
        }
    }

    /// Why a model is blocked.
    struct BlockedReason: Error {
        var text: String
    }

    /// Splits `candidates` so that no two of them exclude each other; returns the kept ones and
    /// the blocked ones with the reason.
    static func withoutExclusions(
        _ candidates: [PlanningCandidate], catalogue: Catalogue, language: Language
    ) -> (kept: [PlanningCandidate], blocked: [BlockedModel]) {
        let wording = Wording(language: language)
        // Strongest first: pinned, then alignment, then id.
        let order = candidates.sorted {
            ($0.isPinned ? 1 : 0, $0.alignment, $1.model.id) > ($1.isPinned ? 1 : 0, $1.alignment, $0.model.id)
        }
        var keptIDs = Set<String>()
        var blocked: [BlockedModel] = []
        for candidate in order {
            let clash = keptIDs.sorted().first { kept in
                candidate.model.eligibility.excludedModels.contains(kept)
                    || (catalogue.model(id: kept)?.eligibility.excludedModels.contains(candidate.model.id) ?? false)
            }
            if let clash {
                let name = catalogue.model(id: clash)?.name.text(in: language) ?? clash
                blocked.append(
                    BlockedModel(
                        modelID: candidate.model.id,
                        reason: wording(
                            "kan niet samen met \(name) (\(clash)), dat beter aansluit of vastgepind is",
                            "cannot be combined with \(name) (\(clash)), which fits better or is pinned")))
            } else {
                keptIDs.insert(candidate.model.id)
            }
        }
        return (candidates.filter { keptIDs.contains($0.model.id) }, blocked.sorted { $0.modelID < $1.modelID })
    }
}
