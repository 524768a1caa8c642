import Foundation

/// Writes a ``MILPModel`` as text that other solvers read: CPLEX LP format or free MPS.
///
/// Numbers are written with up to 12 significant digits (`%.12g`), names as given; the output
/// is deterministic.
package enum ModelFileWriter {
    /// The model in CPLEX LP format.
    package static func lp(_ model: MILPModel) -> String {
        var lines = ["\\ \(model.name)", model.maximize ? "Maximize" : "Minimize"]
        lines.append(" obj: " + expression(model.variables.indices.map { ($0, model.variables[$0].objective) }, model))
        lines.append("Subject To")
        for constraint in model.constraints {
            let body = expression(constraint.terms.map { ($0.variable, $0.coefficient) }, model)
            switch (constraint.lower.isInfinite, constraint.upper.isInfinite) {
            case (true, false): lines.append(" \(constraint.name): \(body) <= \(number(constraint.upper))")
            case (false, true): lines.append(" \(constraint.name): \(body) >= \(number(constraint.lower))")
            case (false, false) where constraint.lower == constraint.upper:
                lines.append(" \(constraint.name): \(body) = \(number(constraint.lower))")
            case (false, false):
                lines.append(" \(constraint.name)_lo: \(body) >= \(number(constraint.lower))")
                lines.append(" \(constraint.name)_hi: \(body) <= \(number(constraint.upper))")
            case (true, true): continue
            }
        }
        lines.append("Bounds")
        for variable in model.variables {
            let upper = variable.upper.isInfinite ? "+inf" : number(variable.upper)
            lines.append(" \(number(variable.lower)) <= \(variable.name) <= \(upper)")
        }
        let integers = model.variables.filter(\.isInteger).map(\.name)
        if !integers.isEmpty {
            lines.append("General")
            lines.append(contentsOf: integers.map { " \($0)" })
        }
        lines.append("End")
        return lines.joined(separator: "\n") + "\n"
    }

    /// The model in free MPS format, as CBC, GLPK and HiGHS read it.
    ///
    /// MPS has no portable way to say "maximise" (an `OBJSENSE` section is an extension GLPK
    /// rejects), so a maximisation is written as the minimisation of the negated objective, with
    /// a comment saying so: the optimum other solvers report is then minus the plan's objective.
    /// Integer columns sit between the standard quoted `'MARKER'` lines.
    package static func mps(_ model: MILPModel) -> String {
        let sign = model.maximize ? -1.0 : 1.0
        var lines = ["* \(model.name)"]
        if model.maximize {
            lines.append(
                "* Maximisation written as minimisation of the negated objective: the optimum here is minus the plan's."
            )
        }
        lines += ["NAME \(model.name)", "ROWS", " N obj"]
        let model = model.withoutFreeRows()
        for constraint in model.constraints {
            let kind: String
            switch (constraint.lower.isInfinite, constraint.upper.isInfinite) {
            case (true, false): kind = "L"
            case (false, true): kind = "G"
            case (false, false): kind = constraint.lower == constraint.upper ? "E" : "L"
            case (true, true): kind = "N"
            }
            lines.append(" \(kind) \(constraint.name)")
        }
        var columns: [[(row: String, value: Double)]] = Array(repeating: [], count: model.variables.count)
        for (index, variable) in model.variables.enumerated() where variable.objective != 0 {
            columns[index].append(("obj", sign * variable.objective))
        }
        for constraint in model.constraints {
            for term in constraint.terms { columns[term.variable].append((constraint.name, term.coefficient)) }
        }
        lines.append("COLUMNS")
        var inIntegerBlock = false
        var markers = 0
        for (index, variable) in model.variables.enumerated() {
            if variable.isInteger != inIntegerBlock {
                lines.append("    MARKER\(markers) 'MARKER' '\(variable.isInteger ? "INTORG" : "INTEND")'")
                markers += 1
                inIntegerBlock = variable.isInteger
            }
            if columns[index].isEmpty { lines.append("    \(variable.name) obj 0") }
            for entry in columns[index] { lines.append("    \(variable.name) \(entry.row) \(number(entry.value))") }
        }
        if inIntegerBlock { lines.append("    MARKER\(markers) 'MARKER' 'INTEND'") }
        lines.append("RHS")
        for constraint in model.constraints {
            let rhs: Double
            switch (constraint.lower.isInfinite, constraint.upper.isInfinite) {
            case (true, false): rhs = constraint.upper
            case (false, true): rhs = constraint.lower
            case (false, false): rhs = constraint.lower == constraint.upper ? constraint.lower : constraint.upper
            case (true, true): continue
            }
            if rhs != 0 { lines.append("    RHS \(constraint.name) \(number(rhs))") }
        }
        let ranged = model.constraints.filter { !$0.lower.isInfinite && !$0.upper.isInfinite && $0.lower != $0.upper }
        if !ranged.isEmpty {
            lines.append("RANGES")
            for constraint in ranged {
                lines.append("    RNG \(constraint.name) \(number(constraint.upper - constraint.lower))")
            }
        }
        // Every bound that differs from MPS's default [0, +inf) is written, and every integer
        // column's always: readers disagree on the default upper bound of marked columns.
        lines.append("BOUNDS")
        for variable in model.variables {
            let name = variable.name
            if variable.isInteger && variable.lower == 0 && variable.upper == 1 {
                lines.append(" BV BND \(name)")
            } else if variable.lower == variable.upper {
                lines.append(" FX BND \(name) \(number(variable.lower))")
            } else {
                if variable.lower.isInfinite {
                    lines.append(" MI BND \(name)")
                } else if variable.lower != 0 || variable.isInteger {
                    lines.append(" LO BND \(name) \(number(variable.lower))")
                }
                if !variable.upper.isInfinite {
                    lines.append(" UP BND \(name) \(number(variable.upper))")
                } else if variable.isInteger {
                    lines.append(" PL BND \(name)")
                }
            }
        }
        lines.append("ENDATA")
        return lines.joined(separator: "\n") + "\n"
    }

    private static func expression(_ terms: [(Int, Double)], _ model: MILPModel) -> String {
        let parts = terms.filter { $0.1 != 0 }.map { term -> String in
            let coefficient = term.1
            let sign = coefficient < 0 ? "- " : "+ "
            return sign + number(abs(coefficient)) + " " + model.variables[term.0].name
        }
        guard !parts.isEmpty else { return "0 \(model.variables.first?.name ?? "x")" }
        var text = parts.joined(separator: " ")
        if text.hasPrefix("+ ") { text.removeFirst(2) }
        return text
    }

    static func number(_ value: Double) -> String {
        if value == value.rounded() && abs(value) < 1e15 { return String(Int64(value)) }
        var text = String(format: "%.12g", value)
        if text.contains("e") { text = String(format: "%.12f", value) }
        return text
    }
}

#if canImport(Glibc)
    import Glibc
#endif
