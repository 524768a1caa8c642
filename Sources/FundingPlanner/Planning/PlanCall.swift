/// A plan made for one funding call (`plan --call CALL.xml`): the call's rules applied while
/// planning, so that the plan passes the call's gates in `review`.
///
/// Who may apply (a partner that may be the promoter, the minimum number of partners), where (the
/// call's province or municipalities) and the phase (formation calls for forming and growing
/// networks, maturity calls for mature ones) decide whether the network can apply at all. The
/// call's grant is then pinned and the models it excludes left out; the grant starts only in a
/// year that lets the application go in by the deadline and its first money come after it; it
/// runs at most the call's maximum duration and at least its minimum; each year it brings at most
/// the call's grant share of that year's eligible costs and at most the call's maximum a year.
struct CallPlanning {
    let call: CallRules

    /// Why the network cannot apply to the call (empty: it can).
    func obstacles(network: NetworkProfile, stage: MaturityStage, firstYear: Int, wording: Wording) -> [String] {
        let language = wording.language
        var reasons: [String] = []
        let types = network.partners.map(\.type)
        let promoters = call.applicants.filter { $0.role == .promoter }.map(\.type)
        if !promoters.isEmpty && !types.contains(where: promoters.contains) {
            reasons.append(
                wording(
                    "geen partner mag promotor zijn (de oproep laat toe: ",
                    "no partner may be the promoter (the call admits: ")
                    + promoters.map { $0.label(language) }.joined(separator: ", ") + ")")
        }
        if let minimum = call.minimumPartners, types.count < minimum {
            reasons.append(
                wording(
                    "de oproep vraagt minstens \(minimum) partners, het netwerk heeft er \(types.count)",
                    "the call asks for at least \(minimum) partners, the network has \(types.count)"))
        }
        if let region = call.region {
            let inProvince = region.province.map { $0 == network.region.code } ?? false
            let inMunicipality = !Set(region.municipalities).isDisjoint(with: network.municipalities.map(\.nisCode))
            if !inProvince && !inMunicipality {
                reasons.append(
                    wording(
                        "het netwerk werkt niet in het gebied van de oproep (\(([region.province].compactMap { $0 } + region.municipalities).joined(separator: ", ")))",
                        "the network does not work in the call's area (\(([region.province].compactMap { $0 } + region.municipalities).joined(separator: ", ")))"
                    ))
            }
        }
        if let phase = call.phase {
            let stages: Set<MaturityStage> = phase == .networkFormation ? [.forming, .growing] : [.mature]
            if !stages.contains(stage) {
                reasons.append(
                    wording(
                        "de oproep is voor \(phase.label(.nl)), het netwerk is \(stage.label(.nl))",
                        "the call is for \(phase.label(.en)), the network is \(stage.label(.en))"))
            }
        }
        if call.maximumBudgetPeriodMonths < 12 {
            reasons.append(
                wording(
                    "de oproep aanvaardt budgetperiodes van hoogstens \(call.maximumBudgetPeriodMonths) maanden, het plan begroot per kalenderjaar (12 maanden)",
                    "the call accepts budget periods of at most \(call.maximumBudgetPeriodMonths) months, the plan budgets per calendar year (12 months)"
                ))
        }
        if call.deadline < CalendarDate(year: firstYear, month: 1, day: 1) {
            reasons.append(
                wording(
                    "de deadline van de oproep (\(call.deadline)) valt vóór het begin van het plan (\(firstYear))",
                    "the call's deadline (\(call.deadline)) falls before the plan starts (\(firstYear))"))
        }
        return reasons
    }

    /// The grant's candidate with the call's timing, duration and yearly caps; `nil` when no
    /// start year lets it apply by the deadline and run its minimum duration within the plan.
    func shape(
        _ candidate: PlanningCandidate, firstYear: Int, years: Int, eligibleCosts: [Money]
    ) -> PlanningCandidate? {
        var shaped = candidate
        if let duration = call.duration {
            let most = max(1, duration.maximumMonths / 12)
            shaped.model.timing.maximumYears = min(candidate.model.timing.maximumYears ?? most, most)
        }
        let deadlineYear = call.deadline.year - firstYear
        let fewest = ((call.duration?.minimumMonths ?? 12) + 11) / 12
        shaped.allowedStarts = candidate.allowedStarts.filter { start in
            let firstIncome = start + candidate.model.timing.leadTimeMonths / 12
            let incomeYears = (0..<years).filter { shaped.incomeFactor(start: start, year: $0) > 0 }.count
            return start <= deadlineYear && firstIncome >= deadlineYear && incomeYears >= fewest
        }
        guard !shaped.allowedStarts.isEmpty else { return nil }
        let share = call.grantShare
        // The call limits the amount asked; the plan counts a competitive grant at the amount asked
        // times the chance of winning, so the cap on the counted income is the call's limit times
        // that chance (rounded down): the application never asks more than the call allows.
        let chance = candidate.model.success.isCompetitive ? Int64(candidate.probability.value) : 10_000
        shaped.yearCaps = eligibleCosts.map { eligible in
            var cap = Money(cents: eligible.cents * Int64(share.value) / 10_000)
            if let most = call.maximumGrantPerYear, most < cap { cap = most }
            return Money(cents: cap.cents * chance / 10_000)
        }
        shaped.isPinned = true
        shaped.appliesForCall = true
        shaped.minimumIncomeYears = fewest
        return shaped
    }

    /// The contribution kinds that count as co-financing: the call's, or every kind when it names none.
    var acceptedKinds: [ContributionKind] {
        call.acceptedContributions.isEmpty ? ContributionKind.allCases : call.acceptedContributions
    }

    /// Per plan year, the co-financing the call asks (its minimum share of the eligible costs,
    /// rounded up to the cent) and what the partners declare of the kinds it accepts.
    func cofinancing(_ network: NetworkProfile, years: [Int]) -> CallCofinancing {
        let kinds = Set(acceptedKinds)
        return CallCofinancing(
            required: eligibleCosts(network, years: years).map(requiredCofinancing),
            declared: years.map { Self.declared(network, year: $0, kinds: kinds) },
            countsOwnIncome: kinds.contains(.cash))
    }

    /// The least co-financing the call asks for `eligible` costs: its minimum share, rounded up to the cent.
    func requiredCofinancing(_ eligible: Money) -> Money {
        Money(cents: (eligible.cents * Int64(call.minimumCofinancing.value) + 9_999) / 10_000)
    }

    /// What the partners declare for `year` in contributions of `kinds`.
    static func declared(_ network: NetworkProfile, year: Int, kinds: Set<ContributionKind>) -> Money {
        network.partners.flatMap(\.contributions).filter { $0.year == year && kinds.contains($0.kind) }.reduce(
            Money.zero
        ) { $0 + $1.amount }
    }

    /// The year's costs the call pays for: the budget's lines in an eligible, not excluded category.
    func eligibleCosts(_ network: NetworkProfile, years: [Int]) -> [Money] {
        let budget = network.budget
        return years.map { year in
            let source = min(year, budget.years.upperBound)
            return budget.costs.filter { line in
                line.year == source && !call.excludedCosts.contains(line.category)
                    && (call.eligibleCosts.isEmpty || call.eligibleCosts.contains(line.category))
            }.reduce(Money.zero) { $0 + $1.amount }
        }
    }
}
