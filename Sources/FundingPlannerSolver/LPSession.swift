internal import CCbc

/// The linear relaxation of a ``MILPModel``, kept loaded in COIN-OR Clp (the LP solver inside CBC) so
/// it can be re-solved after bound changes from the previous optimal basis: a dual simplex after fixing
/// one variable takes a few iterations, not a fresh solve.
///
/// Used to explain plans (many small, related LPs); CBC solves the plans themselves.
///
/// Deterministic: the same model and the same sequence of changes give the same answers. Not
/// shared between threads.
package final class LPSession {
    private let clp: UnsafeMutableRawPointer
    private let model: MILPModel
    private var lower: [Double]
    private var upper: [Double]
    private var rowLower: [Double]
    private var rowUpper: [Double]
    private var rowsChanged = false
    private var solved = false

    /// Loads `model` with every variable continuous (integrality is ignored).
    package init(_ model: MILPModel) {
        self.model = model
        clp = Clp_newModel()
        Clp_setLogLevel(clp, 0)
        lower = model.variables.map { Self.finite($0.lower) }
        upper = model.variables.map { Self.finite($0.upper) }
        var (starts, indices, values) = model.columnMatrix(of: model.constraints)
        var objective = model.variables.map(\.objective)
        rowLower = model.constraints.map { Self.finite($0.lower) }
        rowUpper = model.constraints.map { Self.finite($0.upper) }
        Clp_loadProblem(
            clp, Int32(model.variables.count), Int32(model.constraints.count), &starts, &indices, &values,
            &lower, &upper, &objective, &rowLower, &rowUpper)
        Clp_setOptimizationDirection(clp, model.maximize ? -1 : 1)
    }

    deinit {
        Clp_deleteModel(clp)
    }

    /// Changes a variable's bounds for the next ``solve()``.
    package func setBounds(_ variable: Int, lower: Double, upper: Double) {
        self.lower[variable] = Self.finite(lower)
        self.upper[variable] = Self.finite(upper)
    }

    /// Changes a constraint's bounds for the next ``solve()`` (infinite on both sides: off).
    package func setConstraintBounds(_ constraint: Int, lower: Double, upper: Double) {
        rowLower[constraint] = Self.finite(lower)
        rowUpper[constraint] = Self.finite(upper)
        rowsChanged = true
    }

    /// Puts every bound back as the model has it.
    package func resetBounds() {
        lower = model.variables.map { Self.finite($0.lower) }
        upper = model.variables.map { Self.finite($0.upper) }
        rowLower = model.constraints.map { Self.finite($0.lower) }
        rowUpper = model.constraints.map { Self.finite($0.upper) }
        rowsChanged = true
    }

    /// Solves the LP: from scratch the first time, then by dual simplex from the last basis.
    ///
    /// Status `.optimal` or `.infeasible` (or `.unbounded`, `.failed`); the objective is the model's
    /// own, computed from the values.
    package func solve() -> MILPSolution {
        Clp_chgColumnLower(clp, lower)
        Clp_chgColumnUpper(clp, upper)
        if rowsChanged {
            Clp_chgRowLower(clp, rowLower)
            Clp_chgRowUpper(clp, rowUpper)
            rowsChanged = false
        }
        if solved { Clp_dual(clp, 0) } else { Clp_initialSolve(clp) }
        solved = true
        let status: MILPSolution.Status
        if Clp_isProvenOptimal(clp) != 0 {
            status = .optimal
        } else if Clp_isProvenPrimalInfeasible(clp) != 0 {
            status = .infeasible
        } else if Clp_isProvenDualInfeasible(clp) != 0 {
            status = .unbounded
        } else {
            status = .failed
        }
        var values = Array(repeating: 0.0, count: model.variables.count)
        if status == .optimal, let solution = Clp_getColSolution(clp) {
            for index in values.indices { values[index] = solution[index] }
        }
        return MILPSolution(
            status: status, objective: status == .optimal ? model.objectiveValue(values) : 0, values: values)
    }

    private static func finite(_ value: Double) -> Double {
        value.isInfinite ? (value > 0 ? 1e30 : -1e30) : value
    }
}
