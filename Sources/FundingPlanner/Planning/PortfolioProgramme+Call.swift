internal import FundingPlannerSolver

/// The co-financing a funding call asks of the plan made for it (`plan --call`).
///
/// In every year the call's grant runs, the co-financing of kinds the call accepts must reach
/// the call's minimum share of that year's eligible costs. It counts the partners' declared
/// contributions of accepted kinds in that year (cash, in kind, staff time, volunteer hours),
/// and, when the call accepts cash, the plan's expected income that year from the network's own
/// sources (market income, members' and partners' money): money the network brings itself.
struct CallCofinancing {
    /// The minimum co-financing per plan year: the call's share of the eligible costs, rounded up.
    var required: [Money]
    /// The partners' declared contributions of accepted kinds per plan year.
    var declared: [Money]
    /// Whether the network's own income counts (the call accepts cash).
    var countsOwnIncome: Bool

    /// Whether a source's income is money the network brings itself.
    static func isOwn(_ candidate: PlanningCandidate) -> Bool {
        candidate.countsAsOwnIncome || candidate.isPartnerMoney
    }
}

extension PortfolioProgramme {
    /// Per year t and for the call's grant g: Σ over the starts s in which g runs in t of
    /// required(t) × start_g_s − Σ own income(m, t) ≤ declared(t).
    mutating func buildCallCofinancing() {
        guard let rows = callCofinancing,
            let grant = candidates.firstIndex(where: \.appliesForCall)
        else { return }
        let candidate = candidates[grant]
        for year in 0..<years where year < rows.required.count && rows.required[year] > .zero {
            var terms: [(Int, Double)] = []
            for (start, variable) in startVariables[grant].enumerated() {
                guard let variable, candidate.incomeFactor(start: start, year: year) > 0 else { continue }
                terms.append((variable, Self.kilo(rows.required[year])))
            }
            guard !terms.isEmpty else { continue }
            if rows.countsOwnIncome {
                for index in candidates.indices where index != grant && CallCofinancing.isOwn(candidates[index]) {
                    terms.append((incomeVariables[index][year], -1))
                }
            }
            add(
                .callCofinancing, "call_cofinancing_\(year)", terms,
                upper: Self.kilo(year < rows.declared.count ? rows.declared[year] : .zero))
        }
    }
}
