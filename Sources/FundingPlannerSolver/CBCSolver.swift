internal import CCbc

/// Solves a ``MILPModel`` exactly with COIN-OR CBC through its C interface.
///
/// The only file that calls CBC. One `Cbc_Model` per solve, owned by ``CBCHandle`` and deleted
/// when the solve ends; CBC's log is switched off.
package enum CBCSolver {
    /// Solves `model` (`Cbc_addCol`, `Cbc_addRow`, `Cbc_solve`).
    ///
    /// - Parameter seconds: a time limit; a solve stopped by it reports `.stopped`.
    package static func solve(_ model: MILPModel, seconds: Double = 60) -> MILPSolution {
        let handle = CBCHandle()
        let cbc = handle.model
        Cbc_setProblemName(cbc, model.name)
        Cbc_setLogLevel(cbc, 0)
        Cbc_setMaximumSeconds(cbc, seconds)
        Cbc_setParameter(cbc, "threads", "1")
        for variable in model.variables {
            Cbc_addCol(cbc, variable.name, variable.lower, finite(variable.upper), variable.objective, variable.isInteger ? 1 : 0, 0, nil, nil)
        }
        for constraint in model.constraints where !(constraint.lower.isInfinite && constraint.upper.isInfinite) {
            var indices = constraint.terms.map { Int32($0.variable) }
            var coefficients = constraint.terms.map(\.coefficient)
            let (sense, rhs) = senseAndRightHandSide(constraint)
            indices.withUnsafeMutableBufferPointer { indexBuffer in
                coefficients.withUnsafeMutableBufferPointer { coefficientBuffer in
                    Cbc_addRow(cbc, constraint.name, Int32(constraint.terms.count), indexBuffer.baseAddress, coefficientBuffer.baseAddress, sense, rhs)
                }
            }
            if sense == CChar(UInt8(ascii: "R")) {
                // A ranged row: lower ≤ row ≤ upper.
                let row = Int32(Cbc_getNumRows(cbc) - 1)
                Cbc_setRowLower(cbc, row, constraint.lower)
                Cbc_setRowUpper(cbc, row, constraint.upper)
            }
        }
        Cbc_setObjSense(cbc, model.maximize ? -1 : 1)
        let code = Cbc_solve(cbc)
        let count = model.variables.count
        var values = Array(repeating: 0.0, count: count)
        if let solution = Cbc_getColSolution(cbc) {
            for index in 0..<count { values[index] = solution[index] }
        }
        let status: MILPSolution.Status
        if Cbc_isProvenOptimal(cbc) != 0 {
            status = .optimal
        } else if Cbc_isProvenInfeasible(cbc) != 0 {
            status = .infeasible
        } else if Cbc_isContinuousUnbounded(cbc) != 0 {
            status = .unbounded
        } else if Cbc_isSecondsLimitReached(cbc) != 0 || Cbc_isNodeLimitReached(cbc) != 0 {
            status = .stopped
        } else {
            status = code == 0 ? .stopped : .failed
        }
        return MILPSolution(status: status, objective: status == .optimal || status == .stopped ? Cbc_getObjValue(cbc) : 0, values: values)
    }

    /// CBC's version string.
    package static var version: String {
        String(cString: Cbc_getVersion())
    }

    private static func finite(_ value: Double) -> Double {
        value.isInfinite ? (value > 0 ? 1e30 : -1e30) : value
    }

    private static func senseAndRightHandSide(_ constraint: MILPModel.Constraint) -> (CChar, Double) {
        switch (constraint.lower.isInfinite, constraint.upper.isInfinite) {
        case (true, false): (CChar(UInt8(ascii: "L")), constraint.upper)
        case (false, true): (CChar(UInt8(ascii: "G")), constraint.lower)
        case (false, false) where constraint.lower == constraint.upper: (CChar(UInt8(ascii: "E")), constraint.lower)
        case (false, false): (CChar(UInt8(ascii: "R")), constraint.upper)
        case (true, true): (CChar(UInt8(ascii: "N")), 0)
        }
    }
}

/// Owns one `Cbc_Model` (deleted in `deinit`).
private final class CBCHandle {
    let model: UnsafeMutableRawPointer

    init() {
        model = Cbc_newModel()
    }

    deinit {
        Cbc_deleteModel(model)
    }
}
