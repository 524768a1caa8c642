internal import FundingPlannerSolver

/// The simulation's inputs from a solved programme, the same for the coverage check while
/// solving and for the plan's simulation, so both give the same chance to the last digit.
struct SimulationInputs {
    /// The chosen sources (in candidate order), then each partner's uncommitted cash.
    var sources: [MonteCarlo.Source]
    /// The chosen models' ids, one per chosen source (uncommitted cash is not named).
    var modelIDs: [String]
    /// Committed partner cash per year, in euros.
    var fixedIncome: [Double]
    /// Costs and acquisitions per year, in euros.
    var obligations: [Double]
}

extension PlanSetup {
    /// The index of the year a candidate starts in the solution, if it is chosen.
    func startYear(_ index: Int, _ programme: PortfolioProgramme, _ solution: MILPSolution) -> Int? {
        programme.startVariables[index].firstIndex { $0.map { solution.values[$0] > 0.5 } ?? false }
    }

    /// A candidate's planned income per year, to the cent.
    func plannedIncome(_ index: Int, _ programme: PortfolioProgramme, _ solution: MILPSolution) -> [Money] {
        years.indices.map { year in
            Money(
                cents: Int64(
                    (max(0, solution.values[programme.incomeVariables[index][year]]) * PortfolioProgramme.scale)
                        .rounded()))
        }
    }

    /// The acquisitions the solution makes, by year index.
    func acquisitionCosts(_ programme: PortfolioProgramme, _ solution: MILPSolution) -> [Money] {
        var costs = years.map { _ in Money.zero }
        for (asset, variables) in programme.acquireVariables {
            if let year = variables.firstIndex(where: { solution.values[$0] > 0.5 }) {
                costs[year] = costs[year] + AssetAcquisition.cost(asset)
            }
        }
        return costs
    }

    func simulationInputs(_ programme: PortfolioProgramme, _ solution: MILPSolution) -> SimulationInputs {
        var sources: [MonteCarlo.Source] = []
        var ids: [String] = []
        for (index, candidate) in candidates.enumerated() where startYear(index, programme, solution) != nil {
            sources.append(
                MonteCarlo.Source(
                    income: plannedIncome(index, programme, solution).map { Double($0.cents) / 100 },
                    keep: 1 - Double(candidate.model.cost.directCostRatio.value) / 10_000,
                    probability: Double(candidate.probability.value) / 10_000,
                    yield: candidate.relativeYield))
            ids.append(candidate.model.id)
        }
        for partner in partnerCash where !partner.uncommitted.isEmpty {
            sources.append(
                MonteCarlo.Source(
                    income: partner.uncommitted.map { Double($0.cents) / 100 }, keep: 1,
                    probability: Double(PartnerMoney.uncommittedProbability.value) / 10_000,
                    yield: Triangular(minimum: 1, likely: 1, maximum: 1)))
        }
        let acquisitions = acquisitionCosts(programme, solution)
        return SimulationInputs(
            sources: sources, modelIDs: ids,
            fixedIncome: years.indices.map { index in
                Double(
                    partnerCash.reduce(Money.zero) {
                        $0 + $1.amounts[index] - ($1.uncommitted.isEmpty ? .zero : $1.uncommitted[index])
                    }.cents) / 100
            },
            obligations: years.indices.map { Double((costs[$0] + acquisitions[$0]).cents) / 100 })
    }

    /// The simulated chance of covering every year with the solution's plan.
    func coverageChance(_ programme: PortfolioProgramme, _ solution: MILPSolution) -> BasisPoints {
        let inputs = simulationInputs(programme, solution)
        let outcome = MonteCarlo.run(
            sources: inputs.sources, excluded: nil, years: years.count, fixedIncome: inputs.fixedIncome,
            obligations: inputs.obligations, runs: settings.runs, seed: settings.seed)
        return BasisPoints(Int((Double(outcome.allCovered) / Double(settings.runs) * 10_000).rounded()))
    }
}
