/// A call's rules as pass/fail gates on one plan, each with the numbers behind it.
struct CallChecks {
    let call: CallRules
    let wording: Wording

    func gates(_ facts: PlanFacts) -> [PlanReview.GateResult] {
        let language = wording.language
        func money(_ cents: Int64) -> String { Money(cents: cents).formatted(language) }
        var gates: [PlanReview.GateResult] = []
        let grant = facts.sources.first { $0.modelID == call.grantModel }
        gates.append(.init(
            id: "call-grant", passed: grant != nil,
            text: grant != nil ? wording("het plan vraagt de subsidie van deze oproep (\(call.grantModel))", "the plan applies for this call's grant (\(call.grantModel))")
                               : wording("het plan vraagt de subsidie van deze oproep (\(call.grantModel)) niet aan", "the plan does not apply for this call's grant (\(call.grantModel))")
        ))
        let stages: Set<MaturityStage> = call.phase == .networkFormation ? [.forming, .growing] : [.mature]
        gates.append(.init(
            id: "call-phase", passed: stages.contains(facts.stage),
            text: wording(
                "oproep voor \(call.phase == .networkFormation ? "netwerkvorming" : "mature netwerken"); netwerk: \(facts.stage.rawValue)",
                "\(call.phase.rawValue) call; network: \(facts.stage.rawValue)")
        ))
        gates.append(.init(
            id: "call-budget-period", passed: call.maximumBudgetPeriodMonths >= 12,
            text: wording("budgetperiodes van 12 maanden (maximum \(call.maximumBudgetPeriodMonths))", "budget periods of 12 months (maximum \(call.maximumBudgetPeriodMonths))")
        ))
        guard let grant else { return gates }
        var cofinancing = true
        var eligibleOK = true
        var capOK = true
        var details: [String] = []
        for (index, income) in grant.income.enumerated() where income > 0 && index < facts.costLines.count {
            let lines = facts.costLines[index]
            let eligible = lines.filter { category, _ in
                !call.excludedCosts.contains(category) && (call.eligibleCosts.isEmpty || call.eligibleCosts.contains(category))
            }.values.reduce(0, +)
            let allowed = eligible * Int64(10_000 - call.minimumCofinancing.value) / 10_000
            if income > allowed { cofinancing = false }
            if income > eligible { eligibleOK = false }
            if income > call.maximumGrantPerYear.cents { capOK = false }
            details.append("\(facts.years[index]): " + wording("subsidie \(money(income)), subsidiabele kosten \(money(eligible)), toegelaten \(money(allowed))", "grant \(money(income)), eligible costs \(money(eligible)), allowed \(money(allowed))"))
        }
        gates.append(.init(id: "call-cofinancing", passed: cofinancing, text: wording("cofinanciering minstens \(call.minimumCofinancing.formatted(.nl)): ", "co-financing at least \(call.minimumCofinancing.formatted(.en)): ") + details.joined(separator: "; ")))
        gates.append(.init(id: "call-eligible-costs", passed: eligibleOK, text: wording("de subsidie dekt alleen subsidiabele kosten", "the grant covers eligible costs only")))
        gates.append(.init(id: "call-maximum-grant", passed: capOK, text: wording("hoogstens \(call.maximumGrantPerYear.formatted(.nl)) per jaar", "at most \(call.maximumGrantPerYear.formatted(.en)) a year")))
        let applications = facts.deadlines.filter { $0.model == call.grantModel }.map(\.date)
        let late = applications.filter { $0 > call.deadline }
        gates.append(.init(
            id: "call-deadline", passed: late.isEmpty,
            text: wording("indienen vóór \(call.deadline)", "apply by \(call.deadline)")
                + (applications.isEmpty ? "" : " (" + applications.map(\.description).joined(separator: ", ") + ")")
        ))
        return gates
    }
}
