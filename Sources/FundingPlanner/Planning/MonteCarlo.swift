/// The uncertainty of a plan, simulated by Monte Carlo.
///
/// In each run, each competitive source succeeds with its probability (once, for all its
/// years), and each source's yield is drawn from its triangular min / likely / max, scaled to
/// the planned amount. Partners' cash is taken as certain.
public struct SimulationSummary: Sendable, Hashable {
    /// The simulated outcome of one plan year.
    public struct Year: Sendable, Hashable {
        /// The calendar year.
        public var year: Int
        /// Gross cash income percentiles.
        public var p10: Money
        /// The median gross cash income: half of the runs bring less.
        public var p50: Money
        /// The 90th percentile of gross cash income: one run in ten brings more.
        public var p90: Money
        /// Share of runs in which net income covers costs and acquisitions.
        public var coverageProbability: BasisPoints
        /// Mean uncovered costs over all runs.
        public var expectedShortfall: Money
    }

    /// The number of simulated runs.
    public var runs: Int
    /// The seed of the random numbers; the same seed gives the same summary.
    public var seed: UInt64
    /// One entry per plan year, in order.
    public var years: [Year]
    /// Share of runs in which every year is covered.
    public var allYearsCovered: BasisPoints
    /// Months the reserves last against the first year's expected shortfall; `nil` when there
    /// is none.
    public var runwayMonths: Int?
    /// The single source whose failure lowers the all-years coverage most, and the coverage then.
    public var mostSensitiveSource: String?
    /// The share of runs in which every year is covered when that source fails.
    public var coverageWithoutIt: BasisPoints?
}

/// Runs the simulation for a plan.
enum MonteCarlo {
    struct Source {
        var income: [Double]  // planned expected income per year, euros
        var keep: Double  // 1 − direct-cost ratio
        var probability: Double
        var yield: Triangular  // relative to likely: min/likely … max/likely
    }

    static func simulate(
        sources: [Source], sourceIDs: [String], years: [Int], fixedIncome: [Double], obligations: [Double],
        reserves: Double, runs: Int, seed: UInt64
    ) -> SimulationSummary {
        let base = run(
            sources: sources, excluded: nil, years: years.count, fixedIncome: fixedIncome, obligations: obligations,
            runs: runs, seed: seed)
        var summaries: [SimulationSummary.Year] = []
        for (index, year) in years.enumerated() {
            let sorted = base.gross[index].sorted()
            summaries.append(
                SimulationSummary.Year(
                    year: year,
                    p10: euros(percentile(sorted, 0.10)), p50: euros(percentile(sorted, 0.50)),
                    p90: euros(percentile(sorted, 0.90)),
                    coverageProbability: BasisPoints(
                        Int((Double(base.covered[index]) / Double(runs) * 10_000).rounded())),
                    expectedShortfall: euros(base.shortfall[index] / Double(runs))
                ))
        }
        let allCovered = Double(base.allCovered) / Double(runs)
        var sensitive: (String, Double)?
        for index in sources.indices where index < sourceIDs.count {
            let without = run(
                sources: sources, excluded: index, years: years.count, fixedIncome: fixedIncome,
                obligations: obligations, runs: max(1, runs / 5), seed: seed)
            let coverage = Double(without.allCovered) / Double(max(1, runs / 5))
            if sensitive == nil || coverage < sensitive!.1
                || (coverage == sensitive!.1 && sourceIDs[index] < sensitive!.0)
            {
                sensitive = (sourceIDs[index], coverage)
            }
        }
        let firstShortfall = years.isEmpty ? 0 : base.shortfall[0] / Double(runs)
        let runway: Int? = firstShortfall > 0.5 ? Int((reserves / (firstShortfall / 12)).rounded(.down)) : nil
        return SimulationSummary(
            runs: runs, seed: seed, years: summaries,
            allYearsCovered: BasisPoints(Int((allCovered * 10_000).rounded())),
            runwayMonths: runway,
            mostSensitiveSource: sensitive?.0,
            coverageWithoutIt: sensitive.map { BasisPoints(Int(($0.1 * 10_000).rounded())) }
        )
    }

    struct Outcome {
        var gross: [[Double]]
        var covered: [Int]
        var shortfall: [Double]
        var allCovered: Int
    }

    /// Common random numbers: the same seed for every variant, so differences come from the
    /// variant, not from noise.
    ///
    /// The inner loops read flat copies of the sources' figures (one array per figure, incomes
    /// by year then source) and add only the sources that succeeded in a run, listed once per
    /// run: the same additions in the same order as over the sources themselves, so every
    /// number is the same, without nested arrays in the hot loop.
    static func run(
        sources: [Source], excluded: Int?, years: Int, fixedIncome: [Double], obligations: [Double], runs: Int,
        seed: UInt64
    ) -> Outcome {
        var random = SeededRandom(seed: seed)
        let count = sources.count
        let probability = sources.map(\.probability)
        let keep = sources.map(\.keep)
        let yields = sources.map { PreparedTriangular($0.yield) }
        var income = [Double](repeating: 0, count: years * count)
        for (index, source) in sources.enumerated() {
            for year in 0..<years { income[year * count + index] = source.income[year] }
        }
        var gross = [Double](repeating: 0, count: years * runs)
        var covered = Array(repeating: 0, count: years)
        var shortfall = Array(repeating: 0.0, count: years)
        var allCovered = 0
        var succeeded = [Int](repeating: 0, count: count)
        var factor = [Double](repeating: 0, count: count)
        for runIndex in 0..<runs {
            var successes = 0
            for index in 0..<count {
                let hit = random.unit() < probability[index]
                let draw = yields[index].sample(random.unit())
                if hit && index != excluded {
                    succeeded[successes] = index
                    successes += 1
                }
                factor[index] = probability[index] > 0 ? draw / probability[index] : 0
            }
            var everyYear = true
            for year in 0..<years {
                var yearIncome = fixedIncome[year]
                var net = fixedIncome[year]
                let row = year * count
                for position in 0..<successes {
                    let index = succeeded[position]
                    let amount = income[row + index] * factor[index]
                    yearIncome += amount
                    net += amount * keep[index]
                }
                gross[year * runs + runIndex] = yearIncome
                let gap = obligations[year] - net
                if gap <= 0.005 {
                    covered[year] += 1
                } else {
                    shortfall[year] += gap
                    everyYear = false
                }
            }
            if everyYear { allCovered += 1 }
        }
        return Outcome(
            gross: (0..<years).map { Array(gross[$0 * runs..<($0 + 1) * runs]) }, covered: covered,
            shortfall: shortfall, allCovered: allCovered)
    }

    static func percentile(_ sorted: [Double], _ fraction: Double) -> Double {
        guard !sorted.isEmpty else { return 0 }
        let position = fraction * Double(sorted.count - 1)
        let lower = Int(position.rounded(.down))
        let upper = min(sorted.count - 1, lower + 1)
        let weight = position - Double(lower)
        return sorted[lower] * (1 - weight) + sorted[upper] * weight
    }

    static func euros(_ value: Double) -> Money {
        Money(cents: Int64((value * 100).rounded()))
    }
}
