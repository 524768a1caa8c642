/// A mixed-integer linear programme, independent of any solver.
///
/// It holds variables with bounds and objective coefficients, and ranged linear constraints.
/// Built by the planner, solved by ``CBCSolver``, written out by ``ModelFileWriter`` so anyone
/// can re-solve it elsewhere.
package struct MILPModel: Sendable {
    /// A decision variable.
    package struct Variable: Sendable, Hashable {
        package var name: String
        package var lower: Double
        package var upper: Double
        package var isInteger: Bool
        package var objective: Double
    }

    /// `lower ≤ Σ coefficient × variable ≤ upper` (either side may be infinite).
    package struct Constraint: Sendable, Hashable {
        package var name: String
        package var terms: [(variable: Int, coefficient: Double)]
        package var lower: Double
        package var upper: Double

        package static func == (lhs: Constraint, rhs: Constraint) -> Bool {
            lhs.name == rhs.name && lhs.lower == rhs.lower && lhs.upper == rhs.upper
                && lhs.terms.map(\.variable) == rhs.terms.map(\.variable)
                && lhs.terms.map(\.coefficient) == rhs.terms.map(\.coefficient)
        }

        package func hash(into hasher: inout Hasher) {
            hasher.combine(name)
        }
    }

    package var name: String
    /// Maximise (true) or minimise the objective.
    package var maximize: Bool
    package private(set) var variables: [Variable] = []
    package private(set) var constraints: [Constraint] = []

    package init(name: String, maximize: Bool) {
        self.name = name
        self.maximize = maximize
    }

    /// Adds a variable and returns its index.
    @discardableResult
    package mutating func addVariable(
        _ name: String, lower: Double = 0, upper: Double = .infinity, isInteger: Bool = false, objective: Double = 0
    ) -> Int {
        variables.append(Variable(name: name, lower: lower, upper: upper, isInteger: isInteger, objective: objective))
        return variables.count - 1
    }

    /// Adds a binary variable.
    @discardableResult
    package mutating func addBinary(_ name: String, objective: Double = 0) -> Int {
        addVariable(name, lower: 0, upper: 1, isInteger: true, objective: objective)
    }

    /// Adds `lower ≤ terms ≤ upper`; terms with a zero coefficient are dropped, repeated
    /// variables are summed.
    package mutating func addConstraint(
        _ name: String, _ terms: [(Int, Double)], lower: Double = -.infinity, upper: Double = .infinity
    ) {
        var merged: [Int: Double] = [:]
        for (variable, coefficient) in terms { merged[variable, default: 0] += coefficient }
        let cleaned = merged.filter { $0.value != 0 }.sorted { $0.key < $1.key }.map {
            (variable: $0.key, coefficient: $0.value)
        }
        constraints.append(Constraint(name: name, terms: cleaned, lower: lower, upper: upper))
    }

    /// Changes a variable's bounds (used to fix or relax decisions).
    package mutating func setBounds(_ variable: Int, lower: Double, upper: Double) {
        variables[variable].lower = lower
        variables[variable].upper = upper
    }

    /// Changes a constraint's bounds (used to relax a group of constraints).
    package mutating func setConstraintBounds(_ index: Int, lower: Double, upper: Double) {
        constraints[index].lower = lower
        constraints[index].upper = upper
    }

    /// The linear relaxation: every variable continuous.
    ///
    /// With `values`, each integer variable is instead fixed to its value there, rounded (what is left
    /// is the LP over the others).
    package func linearRelaxation(fixing values: [Double]? = nil) -> MILPModel {
        var copy = self
        for index in copy.variables.indices where copy.variables[index].isInteger {
            copy.variables[index].isInteger = false
            if let values {
                let value = values[index].rounded()
                copy.variables[index].lower = value
                copy.variables[index].upper = value
            }
        }
        return copy
    }

    /// The model without constraints that bound nothing (both sides infinite).
    package func withoutFreeRows() -> MILPModel {
        var copy = self
        copy.constraints = constraints.filter { !($0.lower.isInfinite && $0.upper.isInfinite) }
        return copy
    }

    /// The objective value of a given assignment.
    package func objectiveValue(_ values: [Double]) -> Double {
        zip(variables, values).reduce(0) { $0 + $1.0.objective * $1.1 }
    }
}

/// What a solver reports.
package struct MILPSolution: Sendable {
    package enum Status: String, Sendable {
        case optimal
        case infeasible
        case unbounded
        case stopped
        case failed
    }

    package var status: Status
    package var objective: Double
    package var values: [Double]
    /// Seconds spent in `Cbc_solve` alone (not loading the model).
    package var solveSeconds: Double = 0
}

extension MILPModel {
    /// The coefficients of `rows` column by column, as the COIN-OR loaders take them
    /// (`Cbc_loadProblem`, `Clp_loadProblem`): where each column starts, the row of each entry,
    /// and its value.
    func columnMatrix(of rows: [Constraint]) -> (starts: [Int32], indices: [Int32], values: [Double]) {
        var columns = Array(repeating: [(row: Int32, value: Double)](), count: variables.count)
        for (rowIndex, row) in rows.enumerated() {
            for term in row.terms { columns[term.variable].append((Int32(rowIndex), term.coefficient)) }
        }
        var starts: [Int32] = [0]
        var indices: [Int32] = []
        var values: [Double] = []
        for column in columns {
            for entry in column {
                indices.append(entry.row)
                values.append(entry.value)
            }
            starts.append(Int32(indices.count))
        }
        return (starts, indices, values)
    }
}
