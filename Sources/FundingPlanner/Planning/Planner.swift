import Foundation
internal import FundingPlannerSolver

/// Makes a multi-year funding plan for a network: optimal choice of sources by CBC, then
/// simulation, indicators, milestones and added value.
public enum Planner {
    /// The inputs of a plan.
    public struct Inputs: Sendable {
        /// The network to plan for.
        public var network: NetworkProfile
        /// The merged catalogue the plan chooses from.
        public var catalogue: Catalogue
        /// Files the plan records with their SHA-256: the profile, then every catalogue file.
        public var files: [PlanInput]

        /// Inputs from values already in memory; `files` are recorded as they are.
        public init(network: NetworkProfile, catalogue: Catalogue, files: [PlanInput]) {
            self.network = network
            self.catalogue = catalogue
            self.files = files
        }

        /// Inputs as they were read: the profile's file first, then every catalogue file in
        /// merge order, each with the digest of the bytes parsed.
        public init(network: NetworkProfile, networkSource: SourceFile, catalogue: CatalogueLoader.Loaded) {
            self.init(
                network: network, catalogue: catalogue.catalogue,
                files: [PlanInput(role: .network, source: networkSource)]
                    + catalogue.files.map { PlanInput(role: .catalogue, source: $0) })
        }
    }

    /// Makes the plan.
    ///
    /// - Throws: ``PlanningError`` when an ask cannot be met (an unknown, blocked or
    ///   contradictory pinned model; constraints that leave no plan), with the reasons.
    public static func plan(_ inputs: Inputs, settings: PlanSettings = .standard) throws(PlanningError) -> FundingPlan {
        try prepare(inputs, settings: settings).solve()
    }

    /// Checks the inputs, matches the catalogue and builds the optimisation model, once: the
    /// result can be exported and solved without repeating that work.
    ///
    /// - Throws: ``PlanningError`` for an unknown, contradictory or blocked pinned model, or an
    ///   invalid number of years.
    public static func prepare(_ inputs: Inputs, settings: PlanSettings = .standard) throws(PlanningError)
        -> PreparedPlan
    {
        let applied = settings.scenario.map { $0.applied(to: inputs) } ?? inputs
        return PreparedPlan(setup: try PlanSetup(inputs: applied, settings: settings))
    }
}

/// A plan ready to solve: inputs checked, catalogue matched, optimisation model built.
public struct PreparedPlan: Sendable {
    let setup: PlanSetup
    let programme: PortfolioProgramme

    /// The risk buffers tried in turn (standard deviations of each uncertain source's income held
    /// back), until the simulated chance of covering every year reaches the target.
    static let riskBuffers = [0.5, 1.0, 1.5, 2.0, 3.0]

    init(setup: PlanSetup, riskBuffer: Double = PreparedPlan.riskBuffers[0]) {
        self.setup = setup
        var programme = setup.programme(riskBuffer: riskBuffer)
        programme.build()
        self.programme = programme
    }

    /// The exact programme, as text in `format`: before solving, the first one CBC solves; the
    /// prepared plan ``solveWithModel()`` returns gives the one the plan was made with.
    public func model(_ format: ModelFileFormat) -> String {
        switch format {
        case .lp: ModelFileWriter.lp(programme.model)
        case .mps: ModelFileWriter.mps(programme.model)
        }
    }

    /// Solves the programme and assembles the plan.
    ///
    /// - Throws: ``PlanningError/noFeasiblePlan(_:)`` with the conditions that block.
    public func solve() throws(PlanningError) -> FundingPlan {
        try solveWithModel().plan
    }

    /// Solves the programme with growing risk buffers until the simulated chance of covering every
    /// year reaches the target (or the buffers run out: then the most covered plan, which says so),
    /// and returns the plan with the prepared programme it was solved from.
    ///
    /// - Throws: ``PlanningError/noFeasiblePlan(_:)`` with the conditions that block.
    public func solveWithModel() throws(PlanningError) -> (plan: FundingPlan, model: PreparedPlan) {
        var best: (prepared: PreparedPlan, solution: MILPSolution, coverage: BasisPoints)?
        for (step, buffer) in Self.riskBuffers.enumerated() {
            let prepared = step == 0 ? self : PreparedPlan(setup: setup, riskBuffer: buffer)
            let solution = CBCSolver.solve(prepared.programme.model)
            guard solution.status == .optimal || solution.status == .stopped else {
                if best == nil { throw setup.explainInfeasibility(prepared.programme) }
                break
            }
            let coverage = setup.coverageChance(prepared.programme, solution)
            if best == nil || coverage > best!.coverage { best = (prepared, solution, coverage) }
            if coverage >= setup.settings.coverage { break }
        }
        guard let best else { throw setup.explainInfeasibility(programme) }
        return (setup.assemble(programme: best.prepared.programme, solution: best.solution), best.prepared)
    }
}

/// A file format for the optimisation model.
public enum ModelFileFormat: String, Sendable, Hashable, CaseIterable {
    /// CPLEX LP format (`.lp`).
    case lp
    /// Free MPS format (`.mps`).
    case mps

    /// The format a file name's extension asks for, if it is `.lp` or `.mps`.
    public init?(fileName: String) {
        if fileName.hasSuffix(".lp") {
            self = .lp
        } else if fileName.hasSuffix(".mps") {
            self = .mps
        } else {
            return nil
        }
    }
}
