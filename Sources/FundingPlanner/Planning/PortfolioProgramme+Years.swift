internal import FundingPlannerSolver

/// The rows of each plan year, and those over the whole plan: reserve, quick win, goals.
extension PortfolioProgramme {
    mutating func buildYears() {
        let publicIndices = candidates.indices.filter { candidates[$0].model.taxonomy.resourceType == .public }
        let keep = candidates.map { 1 - Double($0.model.cost.directCostRatio.value) / 10_000 }
        let counted = candidates.map { self.counted($0) }
        for year in 0..<years {
            let shortfall = addVariable("shortfall_\(year)", objective: -shortfallPenalty)
            let marginShort = addVariable("margin_short_\(year)", objective: -marginPenalty)
            let total = model.addVariable("total_\(year)")
            let largest = addVariable("largest_\(year)", objective: -lumpyPenalty)
            record(shortfall: shortfall, largest: largest)
            let cash = Self.kilo(partnerCash[year])
            model.addConstraint(
                "total_\(year)", [(total, 1)] + candidates.indices.map { (incomeVariables[$0][year], -1.0) },
                lower: cash, upper: cash)
            // Cover in expectation, then with the margin: income counted with the risk buffer.
            var cover: [(Int, Double)] = [(shortfall, 1)]
            var margin: [(Int, Double)] = [(marginShort, 1)]
            for index in candidates.indices {
                cover.append((incomeVariables[index][year], keep[index]))
                margin.append((incomeVariables[index][year], keep[index] * counted[index]))
            }
            cover += acquisitionTerms(year, sign: -1)
            margin += acquisitionTerms(year, sign: -1)
            addConstraint("cover_\(year)", cover, lower: Self.kilo(costs[year]) - cash)
            addConstraint("margin_\(year)", margin, lower: Self.kilo(costs[year]) - countedCash(year))
            // Enough: net source income at most what the year needs + the reserve target + one lumpy source.
            var enough: [(Int, Double)] = [(largest, -1)]
            for index in candidates.indices {
                enough.append((incomeVariables[index][year], keep[index]))
                addConstraint(
                    "lumpy_\(Self.name(candidates[index].model.id))_\(year)",
                    [(largest, 1), (incomeVariables[index][year], -1)], lower: 0)
            }
            enough += acquisitionTerms(year, sign: -1)
            add(
                .enough, "enough_\(year)", enough,
                upper: max(0, Self.kilo(costs[year]) - cash) + Self.kilo(reserveTarget))
            let share = Double(maximumShare.value) / 10_000
            for index in candidates.indices {
                add(
                    .oneSourceShare, "share_\(Self.name(candidates[index].model.id))_\(year)",
                    [(incomeVariables[index][year], 1), (total, -share)], upper: 0)
            }
            let publicShare = Double(maximumPublicShare.value) / 10_000
            add(
                .publicShare, "public_\(year)",
                publicIndices.map { (incomeVariables[$0][year], 1.0) } + [(total, -publicShare)],
                upper: -Self.kilo(publicPartnerCash[year]))
            var effort: [(Int, Double)] = []
            var starts: [(Int, Double)] = []
            var others: [(Int, Double)] = []
            for (index, candidate) in candidates.enumerated() {
                for (start, variable) in startVariables[index].enumerated() {
                    guard let variable else { continue }
                    var hours = start == year ? Double(candidate.model.effort.startupHours) : 0
                    if candidate.isRunning(start: start, year: year) {
                        hours += Double(12 * candidate.model.effort.hoursPerMonth)
                    }
                    if hours > 0 { effort.append((variable, hours)) }
                    if start == year { starts.append((variable, 1)) }
                    if start == year && !candidate.isQuickWin { others.append((variable, 1)) }
                }
            }
            add(.effortCapacity, "effort_\(year)", effort, upper: Double(capacityHoursPerYear))
            // The first year of a plan that wants a quick win has room for one more new model, as
            // long as the extra one is a quick win.
            if year == 0 && wantsQuickWin {
                add(.newModelsPerYear, "new_\(year)", starts, upper: Double(maximumNewPerYear + 1))
                add(.newModelsPerYear, "new_others_\(year)", others, upper: Double(maximumNewPerYear))
            } else {
                add(.newModelsPerYear, "new_\(year)", starts, upper: Double(maximumNewPerYear))
            }
            for (index, candidate) in candidates.enumerated() {
                if let limit = candidate.cofinancingLimit {
                    add(
                        .cofinancing, "cofinancing_\(Self.name(candidate.model.id))_\(year)",
                        [(incomeVariables[index][year], 1)], upper: cash * limit)
                }
            }
        }
        for (index, candidate) in candidates.enumerated() {
            for year in 0..<years {
                let id = Self.name(candidate.model.id)
                // A scenario's cap: a limit the user set, so never relaxed to explain a shortfall.
                if let cap = candidate.scenarioCap {
                    model.addConstraint(
                        "scenario_cap_\(id)_\(year)", [(incomeVariables[index][year], 1)],
                        upper: max(0, Double(cap.cents - 1) / Self.scale))
                }
                // A call's cap on the counted grant, exactly: the solver's tolerance is far below
                // half a cent, so the income rounded to the cent stays within it, and a grant at
                // its cap asks the call's own maximum (€ 2,500.00, not € 2,499.98).
                if let caps = candidate.yearCaps, year < caps.count {
                    add(
                        .cofinancing, "call_cap_\(id)_\(year)", [(incomeVariables[index][year], 1)],
                        upper: Self.kilo(caps[year]))
                }
                // The call's grant brings money in its first income years (the call's minimum
                // duration): at least €1,000, or half of what its cap or co-financing allows.
                guard candidate.appliesForCall else { continue }
                var least = min(1, candidate.yearCaps.map { Self.kilo($0[year]) / 2 } ?? 1)
                if let limit = candidate.cofinancingLimit {
                    least = min(least, Self.kilo(partnerCash[year]) * limit / 2)
                }
                var terms: [(Int, Double)] = [(incomeVariables[index][year], 1)]
                for (start, variable) in startVariables[index].enumerated() {
                    guard let variable else { continue }
                    let incomeYears = (0..<years).filter { candidate.incomeFactor(start: start, year: $0) > 0 }
                    if incomeYears.prefix(candidate.minimumIncomeYears).contains(year) {
                        terms.append((variable, -least))
                    }
                }
                if terms.count > 1 { addConstraint("call_income_\(id)_\(year)", terms, lower: 0) }
            }
        }
        // Models that exclude each other (two calls of one programme) are never both started.
        for (index, candidate) in candidates.enumerated() {
            for other in candidates.indices where other > index {
                let pair = [candidate.model, candidates[other].model]
                guard
                    pair[0].eligibility.excludedModels.contains(pair[1].id)
                        || pair[1].eligibility.excludedModels.contains(pair[0].id)
                else { continue }
                addConstraint(
                    "exclusive_\(Self.name(pair[0].id))_\(Self.name(pair[1].id))",
                    (startVariables[index] + startVariables[other]).compactMap { $0.map { ($0, -1.0) } }, lower: -1)
            }
        }
        for (index, candidate) in candidates.enumerated() where candidate.isPinned {
            add(
                .pinned, "pinned_\(Self.name(candidate.model.id))",
                startVariables[index].compactMap { $0.map { ($0, 1.0) } }, lower: 1)
        }
    }

    /// The reserve target by the last year, the quick win in year 1 and the dependence goals of
    /// the last year, each with a variable for what is missed.
    mutating func buildReserveAndGoals() {
        let keep = candidates.map { 1 - Double($0.model.cost.directCostRatio.value) / 10_000 }
        let counted = candidates.map { self.counted($0) }
        var reserveShort: Int?
        if reserveTarget > .zero {
            let variable = addVariable("reserve_short", objective: -1)
            var terms: [(Int, Double)] = [(variable, 1)]
            var need = Self.kilo(reserveTarget) - Self.kilo(reserves)
            for year in 0..<years {
                for index in candidates.indices {
                    terms.append((incomeVariables[index][year], keep[index] * counted[index]))
                }
                terms += acquisitionTerms(year, sign: -1)
                need += Self.kilo(costs[year]) - countedCash(year)
            }
            addConstraint("reserve", terms, lower: need)
            reserveShort = variable
        }
        var quickMiss: Int?
        let quick = candidates.indices.compactMap { index in
            candidates[index].isQuickWin ? startVariables[index].first ?? nil : nil
        }
        if wantsQuickWin && !quick.isEmpty {
            let variable = addVariable("quick_miss", upper: 1, objective: -2)
            addConstraint("quick_win", [(variable, 1)] + quick.map { ($0, 1.0) }, lower: 1)
            quickMiss = variable
        }
        let last = years - 1
        var publicExcess: Int?
        var ownShort: Int?
        if last >= 0, let goal = publicShareGoal {
            let share = Double(goal.value) / 10_000
            let variable = addVariable("goal_public", objective: -1)
            let total = Self.kilo(partnerCash[last])
            var terms: [(Int, Double)] = [(variable, -1)]
            for (index, candidate) in candidates.enumerated() {
                let isPublic = candidate.model.taxonomy.resourceType == .public
                terms.append((incomeVariables[index][last], (isPublic ? 1 : 0) - share))
            }
            model.addConstraint(
                "goal_public", terms, upper: share * total - Self.kilo(publicPartnerCash[last]))
            publicExcess = variable
        }
        if last >= 0, let goal = ownShareGoal {
            let share = Double(goal.value) / 10_000
            let variable = addVariable("goal_own", objective: -1)
            let total = Self.kilo(partnerCash[last])
            var terms: [(Int, Double)] = [(variable, 1)]
            for (index, candidate) in candidates.enumerated() {
                terms.append((incomeVariables[index][last], (candidate.countsAsOwnIncome ? 1 : 0) - share))
            }
            let own = ownPartnerCash.isEmpty ? 0 : Self.kilo(ownPartnerCash[last])
            addConstraint("goal_own", terms, lower: share * total - own)
            ownShort = variable
        }
        record(reserveShort: reserveShort, quickMiss: quickMiss, publicExcess: publicExcess, ownShort: ownShort)
    }
}
