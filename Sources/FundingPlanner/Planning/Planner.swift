import Foundation
internal import FundingPlannerSolver

/// Makes a multi-year funding plan for a network: optimal choice of sources by CBC, then
/// simulation, indicators, milestones and added value.
public enum Planner {
    /// The inputs of a plan.
    public struct Inputs: Sendable {
        public var network: NetworkProfile
        public var catalogue: Catalogue
        /// Files the plan records with their SHA-256.
        public var files: [InputFile]

        public init(network: NetworkProfile, catalogue: Catalogue, files: [InputFile]) {
            self.network = network
            self.catalogue = catalogue
            self.files = files
        }
    }

    /// An input file: its role ("network", "catalogue"), where to read it, and how to name it.
    public struct InputFile: Sendable {
        public var role: String
        public var path: String
        public var label: String

        public init(role: String, path: String, label: String? = nil) {
            self.role = role
            self.path = path
            self.label = label ?? path
        }
    }

    /// Makes the plan.
    ///
    /// - Throws: ``PlanningError`` when an ask cannot be met (an unknown, blocked or
    ///   contradictory pinned model; constraints that leave no plan), with the reasons.
    public static func plan(_ inputs: Inputs, settings: PlanSettings = .standard) throws(PlanningError) -> FundingPlan {
        let setup = try PlanSetup(inputs: inputs, settings: settings)
        var programme = setup.programme
        programme.build()
        let solution = CBCSolver.solve(programme.model)
        guard solution.status == .optimal || solution.status == .stopped else {
            throw PlanningError(explanations: setup.explainInfeasibility(programme))
        }
        return setup.assemble(programme: programme, solution: solution)
    }

    /// The exact programme CBC solves for these inputs, as LP (`.lp`) or free MPS (`.mps`) text.
    public static func exportModel(_ inputs: Inputs, settings: PlanSettings = .standard, format: String) throws(PlanningError) -> String {
        var programme = try PlanSetup(inputs: inputs, settings: settings).programme
        programme.build()
        return format == "mps" ? ModelFileWriter.mps(programme.model) : ModelFileWriter.lp(programme.model)
    }
}
