/// A call's rules as pass/fail gates on one plan, each with the numbers behind it.
///
/// A rule the plan holds no facts for is listed as a gate that says it cannot be checked from the plan: it does
/// not fail the plan, but the reviewer sees what is left to check by hand.
struct CallChecks {
    let call: CallRules
    let wording: Wording

    func gates(_ facts: PlanFacts) -> [PlanReview.GateResult] {
        let language = wording.language
        func money(_ cents: Int64) -> String { Money(cents: cents).formatted(language) }
        let unknown = wording("kan niet uit het plan worden nagegaan: ", "cannot be checked from the plan: ")
        var gates: [PlanReview.GateResult] = []
        let grant = facts.sources.first { $0.modelID == call.grantModel }
        gates.append(
            .init(
                id: "call-grant", passed: grant != nil,
                text: grant != nil
                    ? wording(
                        "het plan vraagt de subsidie van deze oproep (\(call.grantModel))",
                        "the plan applies for this call's grant (\(call.grantModel))")
                    : wording(
                        "het plan vraagt de subsidie van deze oproep (\(call.grantModel)) niet aan",
                        "the plan does not apply for this call's grant (\(call.grantModel))")
            ))
        if let phase = call.phase {
            let stages: Set<MaturityStage> = phase == .networkFormation ? [.forming, .growing] : [.mature]
            gates.append(
                .init(
                    id: "call-phase", passed: stages.contains(facts.stage),
                    text: wording(
                        "oproep voor \(phase.label(.nl)); netwerk: \(facts.stage.label(.nl))",
                        "call for \(phase.label(.en)); network: \(facts.stage.label(.en))")
                ))
        }
        if !call.excludedModels.isEmpty {
            let both = facts.sources.map(\.modelID).filter(call.excludedModels.contains)
            gates.append(
                .init(
                    id: "call-excluded-grants", passed: both.isEmpty,
                    text: both.isEmpty
                        ? wording(
                            "het plan rekent niet op een uitgesloten oproep (\(call.excludedModels.joined(separator: ", ")))",
                            "the plan does not count on an excluded call (\(call.excludedModels.joined(separator: ", ")))"
                        )
                        : wording(
                            "het plan rekent ook op een uitgesloten oproep: \(both.joined(separator: ", "))",
                            "the plan also counts on an excluded call: \(both.joined(separator: ", "))")
                ))
        }
        gates += partnershipGates(facts, unknown: unknown)
        gates.append(
            .init(
                id: "call-budget-period", passed: call.maximumBudgetPeriodMonths >= 12,
                text: wording(
                    "budgetperiodes van 12 maanden (maximum \(call.maximumBudgetPeriodMonths))",
                    "budget periods of 12 months (maximum \(call.maximumBudgetPeriodMonths))")
            ))
        gates += recordedGates(facts, unknown: unknown)
        guard let grant else { return gates }
        if let duration = call.duration {
            let months = 12 * grant.income.filter { $0 > 0 }.count
            let passed = months <= duration.maximumMonths && months >= (duration.minimumMonths ?? 0)
            let range =
                duration.minimumMonths.map { "\($0)–\(duration.maximumMonths)" }
                ?? wording("hoogstens \(duration.maximumMonths)", "at most \(duration.maximumMonths)")
            gates.append(
                .init(
                    id: "call-duration", passed: passed,
                    text: wording(
                        "looptijd \(range) maanden; het plan trekt de subsidie \(months) maanden (\(months / 12) kalenderjaren)",
                        "duration \(range) months; the plan draws the grant for \(months) months (\(months / 12) calendar years)"
                    )
                ))
        }
        var cofinancing = true
        var eligibleOK = true
        var capOK = true
        var details: [String] = []
        let share = call.grantShare
        for (index, income) in grant.income.enumerated() where income > 0 && index < facts.costLines.count {
            let lines = facts.costLines[index]
            let eligible = lines.filter { category, _ in
                !call.excludedCosts.contains(category)
                    && (call.eligibleCosts.isEmpty || call.eligibleCosts.contains(category))
            }.values.reduce(0, +)
            let allowed = eligible * Int64(share.value) / 10_000
            if income > allowed { cofinancing = false }
            if income > eligible { eligibleOK = false }
            if let cap = call.maximumGrantPerYear, income > cap.cents { capOK = false }
            details.append(
                "\(facts.years[index]): "
                    + wording(
                        "subsidie \(money(income)), subsidiabele kosten \(money(eligible)), toegelaten \(money(allowed))",
                        "grant \(money(income)), eligible costs \(money(eligible)), allowed \(money(allowed))"))
        }
        let structure =
            call.funding.isEmpty
            ? ""
            : " ("
                + CallRules.FundingSource.allCases.compactMap { source in
                    call.funding[source].map { source.label(language) + " " + $0.formatted(language) }
                }.joined(separator: ", ") + ")"
        gates.append(
            .init(
                id: "call-cofinancing", passed: cofinancing,
                text: wording(
                    "subsidie hoogstens \(share.formatted(.nl)) van de subsidiabele kosten, cofinanciering minstens \(call.minimumCofinancing.formatted(.nl))\(structure): ",
                    "grant at most \(share.formatted(.en)) of the eligible costs, co-financing at least \(call.minimumCofinancing.formatted(.en))\(structure): "
                ) + details.joined(separator: "; ")))
        gates.append(
            .init(
                id: "call-eligible-costs", passed: eligibleOK,
                text: wording("de subsidie dekt alleen subsidiabele kosten", "the grant covers eligible costs only")))
        if let cap = call.maximumGrantPerYear {
            gates.append(
                .init(
                    id: "call-maximum-grant", passed: capOK,
                    text: wording("hoogstens \(cap.formatted(.nl)) per jaar", "at most \(cap.formatted(.en)) a year")))
        }
        let applications = facts.deadlines.filter { $0.model == call.grantModel }.map(\.date)
        let late = applications.filter { $0 > call.deadline }
        gates.append(
            .init(
                id: "call-deadline", passed: late.isEmpty,
                text: wording("indienen vóór \(call.deadline)", "apply by \(call.deadline)")
                    + (applications.isEmpty ? "" : " (" + applications.map(\.description).joined(separator: ", ") + ")")
            ))
        return gates
    }

    /// Who applies and where: the partner types and the region the plan records.
    private func partnershipGates(_ facts: PlanFacts, unknown: String) -> [PlanReview.GateResult] {
        let language = wording.language
        var gates: [PlanReview.GateResult] = []
        if !call.applicants.isEmpty || call.minimumPartners != nil {
            let allowed = call.applicants.map(\.type)
            let promoters = call.applicants.filter { $0.role == .promoter }.map(\.type)
            let rule =
                wording("promotor: ", "promoter: ")
                + (promoters.isEmpty
                    ? wording("elk type", "any type") : promoters.map { $0.label(language) }.joined(separator: ", "))
                + (call.minimumPartners.map {
                    $0 == 1
                        ? wording("; minstens 1 partner", "; at least 1 partner")
                        : wording("; minstens \($0) partners", "; at least \($0) partners")
                } ?? "")
            if let types = facts.partnerTypes {
                let canPromote = promoters.isEmpty || types.contains(where: promoters.contains)
                let outside =
                    allowed.isEmpty
                    ? [] : Array(Set(types.filter { !allowed.contains($0) })).sorted { $0.rawValue < $1.rawValue }
                let enough = types.count >= (call.minimumPartners ?? 0)
                var problems: [String] = []
                if !canPromote {
                    problems.append(
                        wording("geen partner die promotor mag zijn", "no partner that may be the promoter"))
                }
                if !outside.isEmpty {
                    problems.append(
                        wording("niet toegelaten: ", "not admitted: ")
                            + outside.map { $0.label(language) }.joined(separator: ", "))
                }
                if !enough { problems.append(wording("\(types.count) partners", "\(types.count) partners")) }
                gates.append(
                    .init(
                        id: "call-applicants", passed: problems.isEmpty,
                        text: rule + "; "
                            + (problems.isEmpty
                                ? wording(
                                    "het netwerk (\(types.count) partners) voldoet",
                                    "the network (\(types.count) partners) qualifies")
                                : problems.joined(separator: "; "))))
            } else {
                gates.append(
                    .init(
                        id: "call-applicants", passed: true,
                        text: unknown + rule
                            + wording(
                                " (het plan vermeldt de partnertypes niet)",
                                " (the plan does not record the partner types)")))
            }
        }
        if let region = call.region {
            var wanted: [String] = []
            if let province = region.province { wanted.append(wording("provincie ", "province ") + province) }
            if !region.municipalities.isEmpty {
                wanted.append(wording("gemeente ", "municipality ") + region.municipalities.joined(separator: ", "))
            }
            let rule = wording("gebied: ", "area: ") + wanted.joined(separator: wording(" of ", " or "))
            let provinceKnown = region.province == nil || facts.region != nil
            let municipalitiesKnown = region.municipalities.isEmpty || !(facts.municipalities ?? []).isEmpty
            if provinceKnown && municipalitiesKnown {
                let inProvince = region.province.map { $0 == facts.region } ?? false
                let inMunicipality = !Set(region.municipalities).isDisjoint(with: facts.municipalities ?? [])
                let passed = inProvince || inMunicipality
                let network = [facts.region].compactMap { $0 } + (facts.municipalities ?? [])
                gates.append(
                    .init(
                        id: "call-region", passed: passed,
                        text: rule + wording("; netwerk: ", "; network: ") + network.joined(separator: ", ")))
            } else {
                gates.append(
                    .init(
                        id: "call-region", passed: true,
                        text: unknown + rule
                            + wording(
                                " (het plan vermeldt de gemeenten of de regio niet)",
                                " (the plan does not record the municipalities or the region)")))
            }
        }
        return gates
    }

    /// Rules a plan holds no facts for: listed so the reviewer checks them by hand.
    func byHandGates(unknown: String) -> [PlanReview.GateResult] {
        let language = wording.language
        var gates: [PlanReview.GateResult] = []
        if let aid = call.stateAid {
            let ceiling =
                aid.ceiling.map {
                    " " + wording("(plafond \($0.formatted(.nl))", "(ceiling \($0.formatted(.en))")
                        + (aid.ceilingYears.map { wording(" over \($0) jaar)", " over \($0) years)") } ?? ")")
                } ?? ""
            let scope =
                aid.regime == .noEconomicActivity
                ? wording(
                    " (controleer dat het project geen goederen of diensten op een markt aanbiedt)",
                    " (check that the project offers no goods or services on a market)")
                : wording(" voor elke onderneming onder de partners", " for every undertaking among the partners")
            gates.append(
                .init(id: "call-state-aid", passed: true, text: unknown + aid.regime.label(language) + ceiling + scope))
        }
        return gates
    }
}
