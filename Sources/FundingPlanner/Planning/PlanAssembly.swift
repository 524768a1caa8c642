import Foundation
internal import FundingPlannerSolver

extension PlanSetup {
    /// Turns the solver's answer into a plan: amounts to the cent, totals from their parts,
    /// then simulation, indicators, milestones and added value.
    func assemble(programme: PortfolioProgramme, solution: MILPSolution) -> FundingPlan {
        let network = inputs.network
        let language = settings.language
        var sources: [PlannedSource] = []
        // Per plan year, the money the network brings itself that a call accepting cash counts
        // as co-financing (as the planner's constraint does): own income, new partner money.
        var ownIncome = years.map { _ in Money.zero }
        var newPartnerMoney = years.map { _ in Money.zero }
        let matches = Dictionary(uniqueKeysWithValues: match.matches.map { ($0.modelID, $0) })
        for (index, candidate) in candidates.enumerated() {
            guard let start = startYear(index, programme, solution) else { continue }
            let model = candidate.model
            let income = plannedIncome(index, programme, solution)
            if CallCofinancing.isOwn(candidate) {
                for year in years.indices {
                    if candidate.isPartnerMoney {
                        newPartnerMoney[year] = newPartnerMoney[year] + income[year]
                    } else {
                        ownIncome[year] = ownIncome[year] + income[year]
                    }
                }
            }
            let net = income.map {
                $0 - Money(cents: ($0.cents * Int64(model.cost.directCostRatio.value) + 5_000) / 10_000)
            }
            let effort = years.indices.map { year in
                (year == start ? model.effort.startupHours : 0)
                    + (candidate.isRunning(start: start, year: year) ? 12 * model.effort.hoursPerMonth : 0)
            }
            let purpose = years.indices.map { year in
                candidate.isRunning(start: start, year: year) ? 12 * candidate.purposeHoursPerMonth : 0
            }
            var asks: [String: [Money]] = [:]
            if candidate.isPartnerMoney {
                for (position, partner) in candidate.askPartners.enumerated() {
                    let amounts = years.indices.map { year in
                        Money(
                            cents: Int64(
                                (max(0, solution.values[programme.askVariables[index][position][year]])
                                    * PortfolioProgramme.scale).rounded()))
                    }
                    if amounts.contains(where: { $0 > .zero }) { asks[partner.partnerID] = amounts }
                }
            }
            var source = PlannedSource(
                modelID: model.id, name: model.name.text(in: language), startYear: years[start],
                resourceType: model.taxonomy.resourceType, funderType: model.funder.type,
                alignment: candidate.alignment, quadrant: matches[model.id]?.quadrant ?? .stopSign,
                isCompetitive: model.success.isCompetitive, probability: candidate.probability,
                directCostRatio: model.cost.directCostRatio, isPinned: candidate.isPinned,
                income: income, net: net, effortHours: effort, maximumYears: model.timing.maximumYears
            )
            source.purposeHours = purpose
            source.asks = asks
            sources.append(source)
        }
        var acquisitions: [Acquisition] = []
        for (asset, variables) in programme.acquireVariables.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
            if let year = variables.firstIndex(where: { solution.values[$0] > 0.5 }) {
                acquisitions.append(Acquisition(asset: asset, year: years[year], cost: AssetAcquisition.cost(asset)))
            }
        }
        let partnerInKind = network.partners.sorted { $0.id < $1.id }.compactMap { partner -> InKindItem? in
            let amounts = years.map { year in
                partner.contributions.filter { $0.year == year && $0.kind != .cash }.reduce(Money.zero) {
                    $0 + $1.amount
                }
            }
            guard amounts.contains(where: { $0 > .zero }) else { return nil }
            return InKindItem(source: partner.id, name: partner.name, isPartner: true, amounts: amounts)
        }
        let totals = years.indices.map { index -> YearTotals in
            let partner = partnerCash.reduce(Money.zero) { $0 + $1.amounts[index] }
            let sourceIncome = sources.reduce(Money.zero) { $0 + $1.income[index] }
            let income = partner + sourceIncome
            let direct = sources.reduce(Money.zero) { $0 + ($1.income[index] - $1.net[index]) }
            let netIncome = income - direct
            let acquisition = acquisitions.filter { $0.year == years[index] }.reduce(Money.zero) { $0 + $1.cost }
            let balance = netIncome - costs[index] - acquisition
            return YearTotals(
                year: years[index], costs: costs[index], acquisitions: acquisition, partnerCash: partner,
                sourceIncome: sourceIncome,
                income: income, directCosts: direct, netIncome: netIncome,
                shortfall: balance < .zero ? Money.zero - balance : .zero,
                balance: balance, inKind: partnerInKind.reduce(Money.zero) { $0 + $1.amounts[index] },
                costLines: costLines(year: years[index], total: costs[index])
            )
        }
        let inKindMatches = match.matches.filter { match in inKindModels.contains { $0.id == match.modelID } }
        let chosenInKind =
            inKindMatches.filter { pinnedInKind.contains($0.modelID) }
            + inKindMatches.filter { !pinnedInKind.contains($0.modelID) }.prefix(max(0, 3 - pinnedInKind.count))
        let suggestions = chosenInKind.compactMap { match -> InKindItem? in
            guard let model = inputs.catalogue.model(id: match.modelID) else { return nil }
            return InKindItem(
                source: model.id, name: model.name.text(in: language), isPartner: false,
                amounts: years.map { _ in match.expectedIncome })
        }
        var explanations = notes
        if totals.contains(where: { $0.shortfall > .zero }) {
            explanations += explainShortfall(programme: programme, solution: solution, totals: totals)
        }
        let simulation = simulate(programme: programme, solution: solution)
        let asked = Dictionary(
            grouping: sources.flatMap { $0.asks.map { ($0.key, $0.value) } }, by: \.0
        ).mapValues { entries in
            years.indices.map { year in entries.reduce(Money.zero) { $0 + $1.1[year] } }
        }
        let (partnerAsks, askFindings) = PartnerMoney.summary(
            network: network, askable: askable, asked: asked, years: years, wording: wording)
        // Asks that make money follow power carry the readiness finding `fundplan check` would make.
        var readiness = match.readiness
        readiness.findings += askFindings
        explanations += goalExplanations(
            programme: programme, solution: solution, sources: sources, totals: totals, asks: partnerAsks,
            simulation: simulation)
        var objective = PlanObjective()
        objective.reserveMonths = settings.reserveMonths
        objective.reserveTarget = reserveTarget
        objective.expectedReserve = totals.reduce(network.budget.reserves) { $0 + $1.balance }
        objective.coverageTarget = settings.coverage
        objective.riskBuffer = programme.riskBuffer
        objective.coverageMet = simulation.allYearsCovered >= settings.coverage
        var plan = FundingPlan(
            networkID: network.id, networkName: network.name.text(in: language),
            networkRegion: network.region.code, municipalities: network.municipalities.map(\.nisCode),
            partnerTypes: network.partners.map(\.type),
            partners: network.partners.map { partner in
                func amounts(_ isCash: Bool) -> [Money] {
                    years.map { year in
                        partner.contributions.filter { $0.year == year && $0.kind.isCash == isCash }.reduce(
                            Money.zero
                        ) { $0 + $1.amount }
                    }
                }
                return PlanPartner(
                    id: partner.id, name: partner.name, type: partner.type, roles: partner.roles,
                    cash: amounts(true), inKind: amounts(false))
            },
            purposeText: match.purpose, purposeLanguage: match.purposeLanguage, language: language, years: years,
            inputs: inputs.files,
            seed: settings.seed, runs: settings.runs,
            solver: SolverOutcome(
                name: "CBC", version: CBCSolver.version, status: SolverStatus(solution.status),
                objective: solution.objective),
            limits: PlanLimits(
                maximumShareOfOneSource: network.preferences.maximumShareOfOneSource,
                maximumPublicShare: network.preferences.maximumPublicShare,
                maximumNewModelsPerYear: settings.maximumNewModelsPerYear,
                effortHoursPerYear: programme.capacityHoursPerYear,
                hourlyRate: programme.hourlyRate, shortfallPenalty: settings.shortfallPenalty
            ),
            options: PlanOptions(
                pinned: settings.pinned, excluded: settings.excluded, scenarioID: settings.scenario?.id,
                scenarioName: settings.scenario.map { $0.name.text(in: language) }),
            sources: sources, partnerAsks: partnerAsks, objective: objective, partnerContributions: partnerCash,
            acquisitions: acquisitions, yearTotals: totals,
            inKind: partnerInKind + suggestions,
            indicators: PlanIndicators.compute(
                plan: sources, partners: partnerCash, totals: totals, years: years, catalogue: inputs.catalogue,
                language: language),
            simulation: simulation,
            milestones: milestones(sources: sources),
            addedValue: addedValue(sources: sources),
            explanations: explanations,
            blocked: blocked.map { BlockedSource(modelID: $0.modelID, reason: $0.reason) },
            readiness: readiness, findingsFromAsks: askFindings,
            matches: match
        )
        plan.outputIndicators = PlanOutputIndicators(network: network, call: settings.call, years: years)
        plan.cofinancing = settings.call.map {
            CofinancingTable(
                call: $0, network: network, years: years, sources: sources, ownIncome: ownIncome,
                newPartnerMoney: newPartnerMoney)
        }
        return plan
    }

    /// The year's costs by category, in the schema's category order; a year past the budget
    /// repeats the last budget year's split.
    func costLines(year: Int, total: Money) -> [CostShare] {
        let budget = inputs.network.budget
        let source = min(year, budget.years.upperBound)
        let lines = CostCategory.allCases.compactMap { category -> CostShare? in
            let amount = budget.costs.filter { $0.year == source && $0.category == category }.reduce(Money.zero) {
                $0 + $1.amount
            }
            return amount > .zero ? CostShare(category: category, amount: amount) : nil
        }
        return lines.reduce(Money.zero) { $0 + $1.amount } == total ? lines : []
    }

    /// Which constraint groups, relaxed one at a time, would cover more of the costs (a few
    /// LPs per group; see ``PortfolioProgramme/coversMore(relaxing:than:shortfallCents:session:)``).
    func explainShortfall(programme: PortfolioProgramme, solution: MILPSolution, totals: [YearTotals]) -> [String] {
        let missing = totals.reduce(Money.zero) { $0 + $1.shortfall }
        var reasons = [
            wording(
                "Niet alle kosten zijn gedekt: samen \(missing.formatted(.nl)) tekort over de planperiode.",
                "Not all costs are covered: \(missing.formatted(.en)) short over the plan period.")
        ]
        let session = LPSession(programme.model)
        for group in PortfolioProgramme.ConstraintGroup.allCases
        where group != .pinned && programme.groups[group] != nil {
            if programme.coversMore(
                relaxing: group, than: solution, shortfallCents: Double(missing.cents), session: session)
            {
                reasons.append(constraint(group).explanation(in: settings.language, blocking: false))
            }
        }
        if reasons.count == 1 {
            reasons.append(
                wording(
                    "Er zijn te weinig haalbare bronnen binnen de planperiode: voeg catalogusmodellen toe, verlaag de kosten of zet reserves in.",
                    "There are too few feasible sources within the plan period: add catalogue models, lower the costs or use reserves."
                ))
        }
        return reasons
    }

    func simulate(programme: PortfolioProgramme, solution: MILPSolution) -> SimulationSummary {
        let inputs = simulationInputs(programme, solution)
        return MonteCarlo.simulate(
            sources: inputs.sources, sourceIDs: inputs.modelIDs, years: years, fixedIncome: inputs.fixedIncome,
            obligations: inputs.obligations, reserves: Double(self.inputs.network.budget.reserves.cents) / 100,
            runs: settings.runs, seed: settings.seed
        )
    }

    func milestones(sources: [PlannedSource]) -> [Milestone] {
        let start = inputs.network.budget.startYear
        var result: [Milestone] = []
        let feasibility = Dictionary(uniqueKeysWithValues: match.matches.map { ($0.modelID, $0.prerequisites) })
        for source in sources {
            guard let model = inputs.catalogue.model(id: source.modelID) else { continue }
            let missing = (feasibility[model.id] ?? []).filter { !$0.isMet && !$0.isTiming }.map(\.action)
            let steps = MilestoneTemplates.steps(
                for: model, startMonth: 12 * (source.startYear - start), missingPrerequisites: missing,
                language: settings.language, firstYear: start)
            // Planned for a call: the application goes in on the call's deadline, and the steps
            // that prepare it come no later than that month.
            let call = settings.call.flatMap { $0.grantModel == model.id ? $0 : nil }
            let submission = steps.first(where: \.isDeadline)?.monthOffset
            for step in steps where step.monthOffset < 12 * years.count {
                let month = max(0, step.monthOffset)
                var date = CalendarDate(year: start + month / 12, month: month % 12 + 1, day: 1)
                if let call {
                    let deadlineMonth = CalendarDate(year: call.deadline.year, month: call.deadline.month, day: 1)
                    if step.isDeadline {
                        date = call.deadline
                    } else if let submission, step.monthOffset <= submission, date > deadlineMonth {
                        date = deadlineMonth
                    }
                }
                result.append(Milestone(modelID: model.id, date: date, step: step))
            }
        }
        return result.sorted { ($0.date, $0.modelID, $0.step.title) < ($1.date, $1.modelID, $1.step.title) }
    }

    func addedValue(sources: [PlannedSource]) -> [FunderAddedValue] {
        let network = inputs.network
        var counts: [PartnerType: Int] = [:]
        for partner in network.partners { counts[partner.type, default: 0] += 1 }
        var funders = Set(sources.map(\.funderType))
        if network.partners.contains(where: { $0.type == .localGovernment }) { funders.insert(.municipality) }
        return funders.sorted { $0.rawValue < $1.rawValue }.map { funder in
            let context = AddedValueContext(
                networkName: network.name.text(in: settings.language),
                purpose: network.purpose.text(in: settings.language), place: network.region.name,
                targetGroups: network.targetGroups, partnerCounts: counts,
                chosenModels: sources.filter { $0.funderType == funder }.map(\.name),
                firstYear: years.first ?? network.budget.startYear, lastYear: years.last ?? network.budget.startYear
            )
            return FunderAddedValue(
                funder: funder,
                text: AddedValueTemplates.text(for: funder, context: context, language: settings.language))
        }
    }
}

extension SolverStatus {
    /// The public mirror of the solver module's status.
    init(_ status: MILPSolution.Status) {
        switch status {
        case .optimal: self = .optimal
        case .infeasible: self = .infeasible
        case .unbounded: self = .unbounded
        case .stopped: self = .stopped
        case .failed: self = .failed
        }
    }
}
