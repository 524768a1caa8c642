internal import FundingPlannerSolver

/// Which constraint group stands between a plan and covering more of its costs, found with a
/// few warm-started linear programmes (COIN-OR Clp) instead of re-solving the whole programme
/// once per group, which took seconds for a network of three partners over six years.
///
/// A group is named only with a certificate: a whole plan (every start and acquisition decided)
/// that, without the group, covers more than one euro more of the costs *and* scores higher than
/// the plan by the planner's own objective. The plan is optimal with the group in force, so that
/// better plan breaks the group: the group is what blocks it. The search, per group, with the
/// group's constraints switched off:
/// 1. the plan's own choices kept, every model it leaves out free to start (one LP); if that
///    scores no higher than the plan, on to 3;
/// 2. the plan plus one of those starts, the four the LP leans to most, each tried alone;
/// 3. a dive from the LP relaxation: round binaries up (all at ½ or more, else the heaviest),
///    stepping back to rounding the heaviest down when the LP falls to the plan's score.
/// At most ``diveLimit`` LPs in step 3; no time limits, so every run gives the same answer. A
/// group can block without a certificate being found; it is then not named (never named
/// wrongly).
extension PortfolioProgramme {
    /// Objective differences below this (thousands of euros) are solver noise.
    private static let objectiveTolerance = 1e-6
    /// At most this many LPs per group.
    private static let diveLimit = 20

    /// Whether a plan without `group` covers more than one euro more than `solution` (which leaves
    /// `shortfallCents` uncovered) and scores higher.
    ///
    /// `session` holds this programme's LP; its bounds are reset first.
    func coversMore(
        relaxing group: ConstraintGroup, than solution: MILPSolution, shortfallCents: Double, session: LPSession
    ) -> Bool {
        let base = solution.values.map { $0.rounded() }
        func switchOff() {
            session.resetBounds()
            for row in groups[group] ?? [] { session.setConstraintBounds(row, lower: -.infinity, upper: .infinity) }
        }
        switchOff()
        keepPlanChoices(base, in: session)
        let near = session.solve()
        if near.status == .optimal, near.objective > solution.objective + Self.objectiveTolerance {
            let starts = startVariables.enumerated().flatMap { candidate, starts in
                starts.enumerated().compactMap { year, variable in
                    variable.map { (candidate: candidate, year: year, variable: $0) }
                }
            }
            let leaning = starts.filter { base[$0.variable] < 0.5 && near.values[$0.variable] > 1e-6 }
                .sorted { (near.values[$0.variable], -$0.variable) > (near.values[$1.variable], -$1.variable) }
            for start in leaning.prefix(4) {
                let values = adding(start.candidate, year: start.year, to: base)
                for variable in model.variables.indices where model.variables[variable].isInteger {
                    session.setBounds(variable, lower: values[variable], upper: values[variable])
                }
                if certifies(session.solve(), than: solution, shortfallCents: shortfallCents) { return true }
            }
        }
        switchOff()
        return dive(session, than: solution, shortfallCents: shortfallCents)
    }

    /// Whether `lp`, with every binary whole, scores higher than `solution` and covers more
    /// than one euro more.
    private func certifies(_ lp: MILPSolution, than solution: MILPSolution, shortfallCents: Double) -> Bool {
        guard lp.status == .optimal, lp.objective > solution.objective + Self.objectiveTolerance else { return false }
        let shortfall = shortfallVariables.reduce(0.0) { $0 + max(0, lp.values[$1]) } * Self.scale
        guard shortfallCents - shortfall > 100 else { return false }
        if solution.status == .optimal { return true }
        // The plan is not proven optimal: check that the group itself holds these choices back.
        let kept = CBCSolver.solve(model.linearRelaxation(fixing: lp.values))
        return kept.status != .optimal || kept.objective < lp.objective - Self.objectiveTolerance
    }

    /// The plan's binary choices with `candidate` started in `year`, and each asset it lacks
    /// acquired by then.
    private func adding(_ candidate: Int, year: Int, to base: [Double]) -> [Double] {
        var values = base
        if let start = startVariables[candidate][year] { values[start] = 1 }
        for asset in candidates[candidate].assetsToAcquire {
            guard let variables = acquireVariables[asset] else { continue }
            if let acquired = variables.firstIndex(where: { values[$0] > 0.5 }) {
                guard acquired > year else { continue }
                values[variables[acquired]] = 0
            }
            values[variables[year]] = 1
        }
        return values
    }

    /// The neighbourhood of the plan: its own starts and acquisitions kept; models it leaves
    /// out may still start in any year, assets it lacks may still be acquired.
    private func keepPlanChoices(_ base: [Double], in session: LPSession) {
        for starts in startVariables where starts.contains(where: { $0.map { base[$0] > 0.5 } ?? false }) {
            for case let variable? in starts {
                let value = base[variable]
                session.setBounds(variable, lower: value, upper: value)
            }
        }
        for variables in acquireVariables.values {
            for variable in variables where base[variable] > 0.5 { session.setBounds(variable, lower: 1, upper: 1) }
        }
    }

    private func dive(_ session: LPSession, than solution: MILPSolution, shortfallCents: Double) -> Bool {
        let binaries = model.variables.indices.filter { model.variables[$0].isInteger }
        var ladder: [[Int]] = []
        var lastStep: [Int] = []
        for _ in 0..<Self.diveLimit {
            let lp = session.solve()
            // Each fixing only narrows the LP, so its objective only falls: once it is no better
            // than the plan, no plan down this dive is. Then undo the last fixing and take the
            // next, more cautious one.
            guard lp.status == .optimal, lp.objective > solution.objective + Self.objectiveTolerance else {
                for variable in lastStep { session.setBounds(variable, lower: 0, upper: 1) }
                guard !ladder.isEmpty else { return false }
                lastStep = ladder.removeFirst()
                let value = ladder.isEmpty ? 0.0 : 1.0
                for variable in lastStep { session.setBounds(variable, lower: value, upper: value) }
                continue
            }
            let fractional = binaries.filter { abs(lp.values[$0] - lp.values[$0].rounded()) > 1e-6 }
                .sorted { (lp.values[$0], -$0) > (lp.values[$1], -$1) }
            guard let heaviest = fractional.first else {
                return certifies(lp, than: solution, shortfallCents: shortfallCents)
            }
            let half = fractional.filter { lp.values[$0] >= 0.5 }
            // Rounded up together, then the heaviest up, then the heaviest down (the last step).
            ladder = (half.count > 1 ? [half] : []) + [[heaviest], [heaviest]]
            lastStep = ladder.removeFirst()
            for variable in lastStep { session.setBounds(variable, lower: 1, upper: 1) }
        }
        return false
    }
}
