internal import CCbc
import Dispatch
import Synchronization

/// Solves a ``MILPModel`` exactly with COIN-OR CBC through its C interface.
///
/// The only file that calls CBC. One `Cbc_Model` per solve, owned by ``CBCHandle`` and deleted
/// when the solve ends; CBC's log is switched off.
package enum CBCSolver {
    /// Solves `model` (`Cbc_addCol`, `Cbc_addRow`, `Cbc_solve`).
    ///
    /// - Parameters:
    ///   - model: The programme to solve.
    ///   - seconds: A time limit; a solve stopped by it reports `.stopped`.
    /// - Returns: The status, the objective and the value of every variable.
    package static func solve(_ model: MILPModel, seconds: Double = 60) -> MILPSolution {
        // CBC's solve driver keeps static state: concurrent solves in one process fail at
        // random (seen in the test suite). One solve at a time.
        solveLock.withLock { _ in solveAlone(model, seconds: seconds) }
    }

    private static let solveLock = Mutex<Void>(())

    private static func solveAlone(_ model: MILPModel, seconds: Double) -> MILPSolution {
        let handle = CBCHandle()
        let cbc = handle.model
        Cbc_setProblemName(cbc, model.name)
        Cbc_setLogLevel(cbc, 0)
        Cbc_setMaximumSeconds(cbc, seconds)
        Cbc_setParameter(cbc, "threads", "1")
        // CBC's preprocessing made these small portfolio models 3–4× slower to solve, with the
        // same optimum (measured with fundplan-bench plan): switch it off.
        Cbc_setParameter(cbc, "preprocess", "off")
        // Cutting planes cost more than they save on the covering programmes of real networks:
        // the whole `fundplan plan` of the technical-companies example (five solves) took 2.46 s
        // with CBC's default cuts and 0.40 s without, the social restaurant 1.13 s and 0.43 s,
        // with the same optimum on every example; the synthetic 200 models × 6 years of
        // `fundplan-bench plan` go from 2.0 s to 2.7 s, still well inside HiGHS's time.
        Cbc_setParameter(cbc, "cuts", "off")
        load(model, into: cbc)
        Cbc_setObjSense(cbc, model.maximize ? -1 : 1)
        let started = DispatchTime.now()
        let code = Cbc_solve(cbc)
        let solveSeconds = Double(DispatchTime.now().uptimeNanoseconds - started.uptimeNanoseconds) / 1e9
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
        return MILPSolution(
            status: status, objective: status == .optimal || status == .stopped ? Cbc_getObjValue(cbc) : 0,
            values: values, solveSeconds: solveSeconds)
    }

    /// Loads the whole matrix at once, column-wise (`Cbc_loadProblem`), then marks integers.
    private static func load(_ model: MILPModel, into cbc: UnsafeMutableRawPointer) {
        let rows = model.constraints.filter { !($0.lower.isInfinite && $0.upper.isInfinite) }
        var (starts, indices, values) = model.columnMatrix(of: rows)
        var columnLower = model.variables.map(\.lower)
        var columnUpper = model.variables.map { finite($0.upper) }
        var objective = model.variables.map(\.objective)
        var rowLower = rows.map { finite($0.lower) }
        var rowUpper = rows.map { finite($0.upper) }
        Cbc_loadProblem(
            cbc, Int32(model.variables.count), Int32(rows.count), &starts, &indices, &values,
            &columnLower, &columnUpper, &objective, &rowLower, &rowUpper)
        for (index, variable) in model.variables.enumerated() where variable.isInteger {
            Cbc_setInteger(cbc, Int32(index))
        }
    }

    /// CBC's version string.
    package static var version: String {
        String(cString: Cbc_getVersion())
    }

    private static func finite(_ value: Double) -> Double {
        value.isInfinite ? (value > 0 ? 1e30 : -1e30) : value
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
