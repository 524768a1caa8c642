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
        PreparedPlan(setup: try PlanSetup(inputs: inputs, settings: settings))
    }
}

/// A plan ready to solve: inputs checked, catalogue matched, optimisation model built.
public struct PreparedPlan: Sendable {
    let setup: PlanSetup
    let programme: PortfolioProgramme

    init(setup: PlanSetup) {
        self.setup = setup
        var programme = setup.programme
        programme.build()
        self.programme = programme
    }

    /// The exact programme CBC solves, as text in `format`.
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
        let solution = CBCSolver.solve(programme.model)
        guard solution.status == .optimal || solution.status == .stopped else {
            throw setup.explainInfeasibility(programme)
        }
        return setup.assemble(programme: programme, solution: solution)
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
