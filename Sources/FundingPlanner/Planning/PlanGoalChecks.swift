internal import FundingPlannerSolver

/// What a plan says about its own aims: new partner money, the chance of covering every year,
/// the reserve, the quick win and the dependence goals — followed, or why not.
extension PlanSetup {
    func goalExplanations(
        programme: PortfolioProgramme, solution: MILPSolution, sources: [PlannedSource], totals: [YearTotals],
        asks: [PartnerAsk], simulation: SimulationSummary
    ) -> [String] {
        var lines: [String] = []
        for ask in asks where ask.asked.contains(where: { $0 > .zero }) {
            let most = ask.asked.max() ?? .zero
            lines.append(
                wording(
                    "Nieuw, af te spreken: \(ask.name) wordt tot \(most.formatted(.nl)) per jaar gevraagd (plafond \(ask.ceiling.formatted(.nl))); aandeel in het geld van \(ask.cashShareBefore.formatted(.nl)) naar \(ask.cashShareAfter.formatted(.nl)), stemmen \(ask.voteShare.formatted(.nl)).",
                    "New, to be agreed: \(ask.name) is asked up to \(most.formatted(.en)) a year (ceiling \(ask.ceiling.formatted(.en))); share of the cash from \(ask.cashShareBefore.formatted(.en)) to \(ask.cashShareAfter.formatted(.en)), votes \(ask.voteShare.formatted(.en))."
                ))
            if ask.moneyFollowsPower {
                lines.append(
                    wording(
                        "Startklaarheid (geld en macht): met deze vraag volgt invloed het geld bij \(ask.name). Spreek eerst af dat elke partner evenveel stem heeft, los van wat hij betaalt, of vraag minder.",
                        "Readiness (money and power): with this ask influence follows money for \(ask.name). First agree that every partner has an equal say whatever it pays, or ask less."
                    ))
            }
        }
        let target = settings.coverage
        if simulation.allYearsCovered < target {
            var line = wording(
                "De kans dat elk jaar gedekt is, is \(simulation.allYearsCovered.formatted(.nl)), onder het doel van \(target.formatted(.nl)) (--coverage), ook met de grootste risicobuffer.",
                "The chance that every year is covered is \(simulation.allYearsCovered.formatted(.en)), below the target of \(target.formatted(.en)) (--coverage), even with the largest risk buffer."
            )
            let tight = tightGroups(programme, solution)
            if !tight.isEmpty {
                line +=
                    wording(" Wat tegenhoudt: ", " What holds it back: ")
                    + tight.map { constraint($0).explanation(in: settings.language, blocking: false) }.joined(
                        separator: " ")
            } else {
                line += wording(
                    " Er zijn te weinig zekere bronnen: voeg zekerdere bronnen toe of verlaag de kosten.",
                    " There are too few sure sources: add surer sources or lower the costs.")
            }
            lines.append(line)
        }
        let reserve = totals.reduce(inputs.network.budget.reserves) { $0 + $1.balance }
        if reserve < reserveTarget, let last = years.last {
            lines.append(
                wording(
                    "De reserve van \(settings.reserveMonths) maanden kosten (\(reserveTarget.formatted(.nl))) wordt niet gehaald: eind \(last) verwacht \(reserve.formatted(.nl)).",
                    "The reserve of \(settings.reserveMonths) months of costs (\(reserveTarget.formatted(.en))) is not reached: \(reserve.formatted(.en)) expected at the end of \(last)."
                ))
        }
        if programme.wantsQuickWin {
            let first = years.first ?? 0
            let quick = candidates.filter { $0.isQuickWin && $0.allowedStarts.contains(0) }
            if !sources.contains(where: { source in
                source.startYear == first && quick.contains { $0.model.id == source.modelID }
            }) {
                lines.append(
                    quick.isEmpty
                        ? wording(
                            "Geen snelle winst in het eerste jaar: de catalogus heeft geen haalbare bron met hoogstens 3 maanden aanlooptijd en 10 uur per maand voor dit netwerk.",
                            "No quick win in the first year: the catalogue has no feasible source with at most 3 months' lead time and 10 hours a month for this network."
                        )
                        : wording(
                            "Geen snelle winst in het eerste jaar: de haalbare (\(quick.map(\.model.id).joined(separator: ", "))) passen niet binnen de uren of het maximum aan nieuwe modellen, of kosten meer dan ze opbrengen.",
                            "No quick win in the first year: the feasible ones (\(quick.map(\.model.id).joined(separator: ", "))) do not fit the hours or the limit of new models, or cost more than they bring."
                        ))
            }
        }
        lines += dependenceGoalLines(sources: sources, totals: totals)
        return lines
    }

    /// The dependence goals of the profile in the last year: followed, or by how much missed.
    private func dependenceGoalLines(sources: [PlannedSource], totals: [YearTotals]) -> [String] {
        guard let last = totals.indices.last else { return [] }
        let preferences = inputs.network.preferences
        let income = totals[last].income
        var lines: [String] = []
        if let goal = preferences.publicShareGoal {
            let publicSources = sources.filter { $0.resourceType == .public }.reduce(Money.zero) {
                $0 + $1.income[last]
            }
            let publicMoney =
                publicSources + partnerCash.filter(\.isPublic).reduce(Money.zero) { $0 + $1.amounts[last] }
            let share = Shares.basisPoints(publicMoney, of: income)
            lines.append(
                share <= goal
                    ? wording(
                        "Doel gevolgd: publiek geld is in \(years[last]) \(share.formatted(.nl)) van de inkomsten (doel hoogstens \(goal.formatted(.nl))).",
                        "Goal followed: public money is \(share.formatted(.en)) of the income in \(years[last]) (goal at most \(goal.formatted(.en)))."
                    )
                    : wording(
                        "Doel niet gehaald: publiek geld is in \(years[last]) \(share.formatted(.nl)) van de inkomsten (doel hoogstens \(goal.formatted(.nl))): er zijn te weinig andere bronnen die de kosten dekken binnen de uren en de grenzen.",
                        "Goal missed: public money is \(share.formatted(.en)) of the income in \(years[last]) (goal at most \(goal.formatted(.en))): too few other sources cover the costs within the hours and limits."
                    ))
        }
        if let goal = preferences.ownIncomeGoal {
            let ownModels = Set(candidates.filter(\.countsAsOwnIncome).map(\.model.id))
            let ownSources = sources.filter { ownModels.contains($0.modelID) }.reduce(Money.zero) {
                $0 + $1.income[last]
            }
            let own = ownSources + partnerCash.filter { !$0.isPublic }.reduce(Money.zero) { $0 + $1.amounts[last] }
            let share = Shares.basisPoints(own, of: income)
            lines.append(
                share >= goal
                    ? wording(
                        "Doel gevolgd: eigen inkomsten zijn in \(years[last]) \(share.formatted(.nl)) van de inkomsten (doel minstens \(goal.formatted(.nl))).",
                        "Goal followed: own income is \(share.formatted(.en)) of the income in \(years[last]) (goal at least \(goal.formatted(.en)))."
                    )
                    : wording(
                        "Doel niet gehaald: eigen inkomsten zijn in \(years[last]) \(share.formatted(.nl)) van de inkomsten (doel minstens \(goal.formatted(.nl))): de haalbare eigen bronnen brengen te weinig op of vragen te veel uren.",
                        "Goal missed: own income is \(share.formatted(.en)) of the income in \(years[last]) (goal at least \(goal.formatted(.en))): the feasible own sources bring too little or take too many hours."
                    ))
        }
        return lines
    }

    /// Constraint groups with a row at its bound in the solution (no re-solve: cheap).
    func tightGroups(_ programme: PortfolioProgramme, _ solution: MILPSolution) -> [PortfolioProgramme.ConstraintGroup]
    {
        PortfolioProgramme.ConstraintGroup.allCases.filter { group in
            group != .pinned
                && (programme.groups[group] ?? []).contains { row in
                    let constraint = programme.model.constraints[row]
                    let activity = constraint.terms.reduce(0.0) { $0 + $1.coefficient * solution.values[$1.variable] }
                    return abs(activity - constraint.upper) < 1e-6 || abs(activity - constraint.lower) < 1e-6
                }
        }
    }
}
