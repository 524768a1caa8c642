import Foundation
import Testing

/// `cbc` and `glpsol` are on the PATH, or this is CI (where their absence must fail).
let solverToolsAvailable: Bool = {
    let present = SolverInteropTests.tool("cbc") != nil && SolverInteropTests.tool("glpsol") != nil
    return present || ProcessInfo.processInfo.environment["CI"] == "true"
}()

/// The exported model of every example (`--export-model`, LP and free MPS) re-solved by the CBC command
/// line (Debian `coinor-cbc`) and GLPK (`glpsol`, `glpk-utils`): each must read both files without
/// complaint, reach the objective the plan records (the MPS states the maximisation as a minimisation
/// of the negated objective) and count exactly the model's columns (as many as the LP file's `Bounds`
/// lines).
///
/// `.ci/run` installs both tools; elsewhere the suite is skipped when they are missing.
@Suite(.enabled(if: solverToolsAvailable))
struct SolverInteropTests {
    @Test(arguments: Examples.names)
    func exportedModelsResolveToThePlansObjective(name: String) throws {
        try Self.resolve(name, extra: [])
    }

    /// The rows a call (its co-financing) and a scenario (its caps) add re-solve the same way.
    @Test(arguments: [
        ("rural-social-economy-kitchen", ["--call", "catalogues/calls/example-esf-network-formation.xml"]),
        (
            "social-restaurant",
            [
                "--scenario", "stad-vraagt-meer", "--scenario-file",
                "catalogues/scenarios/social-restaurant.scenarios.xml",
            ]
        ),
    ])
    func callAndScenarioModelsResolveToThePlansObjective(name: String, extra: [String]) throws {
        try Self.resolve(
            name,
            extra: extra.map {
                $0.hasPrefix("catalogues/") ? TestSupport.packageRoot.appendingPathComponent($0).path : $0
            })
    }

    /// Plans `name` with `extra` options, exports both formats and re-solves them with both tools.
    static func resolve(_ name: String, extra: [String]) throws {
        let folder = try TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var objective = 0.0
        var columns = 0
        for format in ["lp", "mps"] {
            let model = folder.appendingPathComponent("model.\(format)").path
            let run = try TestSupport.run(
                [
                    "plan", Examples.path(name), "-o", folder.path, "--runs", "200", "--force", "--export-model", model,
                ] + extra)
            #expect(run.status == 0, "\(run.standardError)")
            let plan = try String(contentsOf: folder.appendingPathComponent("plan.xml"), encoding: .utf8)
            objective = try #require(recordedObjective(plan), "no solver objective in plan.xml")
            if format == "lp" { columns = try boundsLines(String(contentsOfFile: model, encoding: .utf8)) }
        }
        #expect(columns > 0)
        for format in ["lp", "mps"] {
            let model = folder.appendingPathComponent("model.\(format)").path
            // Free MPS has no portable "maximise": the file minimises the negated objective.
            let expected = format == "mps" ? -objective : objective
            let cbc = try solveWithCBC(model, in: folder)
            #expect(
                cbc.objective.map { close($0, expected) } == true,
                "cbc \(format): \(String(describing: cbc.objective)) vs \(expected)\n\(cbc.log)")
            #expect(cbc.columns == columns, "cbc \(format): \(cbc.columns) columns vs \(columns)\n\(cbc.log)")
            let glpk = try solveWithGLPK(model, format: format, in: folder)
            #expect(
                glpk.objective.map { close($0, expected) } == true,
                "glpsol \(format): \(String(describing: glpk.objective)) vs \(expected)\n\(glpk.log)")
            #expect(glpk.columns == columns, "glpsol \(format): \(glpk.columns) columns vs \(columns)\n\(glpk.log)")
        }
    }

    /// The plan records its objective with three decimals, in thousands of euros.
    static func close(_ value: Double, _ expected: Double) -> Bool {
        abs(value - expected) <= 0.0006 + 1e-6 * abs(expected)
    }

    static func recordedObjective(_ plan: String) -> Double? {
        guard let solver = plan.range(of: #"<solver [^>]*objective="[^"]*""#, options: .regularExpression) else {
            return nil
        }
        let element = plan[solver]
        guard let start = element.range(of: #"objective=""#) else { return nil }
        return Double(element[start.upperBound...].dropLast())
    }

    /// One line per variable in the LP file's `Bounds` section.
    static func boundsLines(_ lp: String) -> Int {
        let lines = lp.split(separator: "\n")
        guard let start = lines.firstIndex(of: "Bounds") else { return 0 }
        return lines[(start + 1)...].prefix { !["General", "End"].contains($0) }.count
    }

    /// What a solver made of a file: its optimum (when it proved one), the columns it read, its log.
    struct Outcome {
        var objective: Double?
        var columns: Int
        var log: String
    }

    /// `cbc FILE solve`, all rows and columns printed to a solution file (rows first, then the
    /// columns, each section numbered from 0).
    static func solveWithCBC(_ model: String, in folder: URL) throws -> Outcome {
        let solution = folder.appendingPathComponent("cbc.txt").path
        try? FileManager.default.removeItem(atPath: solution)
        let run = try TestSupport.run(
            [model, "solve", "printingOptions", "all", "solution", solution], binary: try installed("cbc"))
        let log = run.standardOutput + run.standardError
        // CBC reads on after errors ("read with 64 errors", "model not valid"): that is a failure.
        let rejected =
            log.range(of: #"with [1-9][0-9]* errors|errors on input|not valid"#, options: .regularExpression) != nil
        guard run.status == 0, !rejected, let text = try? String(contentsOfFile: solution, encoding: .utf8),
            let header = text.split(separator: "\n").first, header.hasPrefix("Optimal - objective value ")
        else {
            return Outcome(objective: nil, columns: 0, log: log)
        }
        let indices = text.split(separator: "\n").dropFirst().compactMap {
            $0.split(separator: " ").first.flatMap { Int($0) }
        }
        let columns = indices.dropFirst().firstIndex(of: 0).map { indices.count - $0 } ?? 0
        return Outcome(
            objective: Double(header.dropFirst("Optimal - objective value ".count)), columns: columns, log: log)
    }

    /// `glpsol --lp FILE` or `glpsol --freemps FILE`, reading its report's `Columns:`,
    /// `Status:` and `Objective:` lines.
    static func solveWithGLPK(_ model: String, format: String, in folder: URL) throws -> Outcome {
        let report = folder.appendingPathComponent("glpk.txt").path
        try? FileManager.default.removeItem(atPath: report)
        let run = try TestSupport.run(
            [format == "mps" ? "--freemps" : "--lp", model, "-o", report], binary: try installed("glpsol"))
        let log = run.standardOutput + run.standardError
        guard run.status == 0, let text = try? String(contentsOfFile: report, encoding: .utf8) else {
            return Outcome(objective: nil, columns: 0, log: log)
        }
        func field(_ label: String) -> [Substring] {
            text.split(separator: "\n").first { $0.hasPrefix(label) }?.dropFirst(label.count).split(separator: " ")
                ?? []
        }
        let columns = field("Columns:").first.flatMap { Int($0) } ?? 0
        let optimal = field("Status:").joined(separator: " ") == "INTEGER OPTIMAL"
        // "Objective:  obj = -60.71208333 (MAXimum)"
        let objective = field("Objective:").dropFirst(2).first.flatMap { Double($0) }
        return Outcome(objective: optimal ? objective : nil, columns: columns, log: log + text.prefix(400))
    }

    /// A solver the suite found on `PATH`; the suite is disabled when it is missing.
    static func installed(_ name: String) throws -> URL {
        guard let url = tool(name) else { throw MissingTool(name: name) }
        return url
    }

    /// A solver that is not on `PATH`.
    struct MissingTool: Error {
        var name: String
    }

    static func tool(_ name: String) -> URL? {
        let paths = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin").split(separator: ":")
        return paths.map { URL(fileURLWithPath: "\($0)/\(name)") }.first {
            FileManager.default.isExecutableFile(atPath: $0.path)
        }
    }
}
