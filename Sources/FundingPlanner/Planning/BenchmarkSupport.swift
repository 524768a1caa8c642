import Foundation
internal import FundingPlannerSolver

/// Entry points for `fundplan-bench`: the optimisation alone, and the simulation alone.
///
/// They run on inputs the benchmark generates. Not needed to make plans.
package enum BenchmarkSupport {
    /// What one optimisation did.
    package struct SolveReport: Sendable {
        package var status: String
        /// Objective in thousands of euros.
        package var objective: Double
        package var variables: Int
        package var constraints: Int
        package var seconds: Double
        /// Seconds inside CBC's solve call alone (comparable to another solver's solve time).
        package var solveSeconds: Double
        /// The exact model, in LP format, for re-solving with another solver.
        package var lp: String
    }

    /// CBC's version string.
    package static var cbcVersion: String { CBCSolver.version }

    /// Builds and solves the plan's programme only (no matching texts, simulation or report).
    package static func solve(_ inputs: Planner.Inputs, settings: PlanSettings) throws(PlanningError) -> SolveReport {
        var programme = try PlanSetup(inputs: inputs, settings: settings).programme(
            riskBuffer: PreparedPlan.riskBuffers[0])
        let start = DispatchTime.now()
        programme.build()
        let solution = CBCSolver.solve(programme.model)
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
        return SolveReport(
            status: solution.status.rawValue, objective: solution.objective, variables: programme.model.variables.count,
            constraints: programme.model.constraints.count, seconds: seconds, solveSeconds: solution.solveSeconds,
            lp: ModelFileWriter.lp(programme.model)
        )
    }

    /// Simulates `runs` runs of a synthetic plan with `sources` sources over `years` years, on
    /// one core; returns the seconds taken and the all-years coverage (to compare samplers).
    package static func simulate(sources: Int, years: Int, runs: Int, seed: UInt64) -> (seconds: Double, coverage: Int)
    {
        var random = SeededRandom(seed: seed)
        let simulated = (0..<sources).map { _ in
            MonteCarlo.Source(
                income: (0..<years).map { _ in 2_000 + random.unit() * 20_000 },
                keep: 0.6 + random.unit() * 0.4,
                probability: random.unit() < 0.5 ? 1 : 0.2 + random.unit() * 0.6,
                yield: Triangular(minimum: 0.5, likely: 1, maximum: 1.5 + random.unit())
            )
        }
        let obligations = (0..<years).map { _ in Double(sources) * 8_000 }
        let start = DispatchTime.now()
        let outcome = MonteCarlo.run(
            sources: simulated, excluded: nil, years: years, fixedIncome: Array(repeating: 10_000, count: years),
            obligations: obligations, runs: runs, seed: seed)
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
        return (seconds, outcome.allCovered)
    }
}
