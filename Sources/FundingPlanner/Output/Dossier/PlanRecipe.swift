import Foundation
internal import FundingPlannerXML

/// What a plan records about how it was made: its input files with their digests and the
/// settings of the run (language, years, seed, runs, limits, pins and exclusions), read from
/// `plan.xml` so that the plan can be made again.
struct PlanRecipe: Sendable {
    /// The recorded input files, in the plan's order.
    var inputs: [PlanInput] = []
    /// The planner's settings as the plan records them.
    var settings = PlanSettings.standard
    /// The id of the scenario the plan was made with, if any (its file is an input).
    var scenarioID: String?

    /// Reads the recipe of the plan at `path` (validated against `plan-1.xsd`).
    ///
    /// - Throws: ``DiagnosticsError`` when the plan is invalid.
    static func read(path: String, displayName: String) throws(DiagnosticsError) -> PlanRecipe {
        var recipe = PlanRecipe()
        var problems: [Diagnostic] = []
        var firstYear = 0
        var lastYear = 0
        let outcome = DocumentReader.stream(
            path: path, displayName: displayName, kind: .plan, fingerprint: false,
            onRoot: { root in
                if let language = root.attribute("language").flatMap(Language.init(rawValue:)) {
                    recipe.settings.language = language
                }
            },
            onRecord: { element in
                do throws(DecodingProblem) {
                    switch element.name {
                    case "inputs":
                        recipe.inputs = try element.children(named: "input").map { input throws(DecodingProblem) in
                            PlanInput(
                                role: try input.required("role", token: InputRole.self),
                                file: try input.required("file"), sha256: try input.required("sha256"))
                        }
                    case "network":
                        firstYear = try element.required("firstYear") { Int($0) }
                        lastYear = try element.required("lastYear") { Int($0) }
                    case "limits":
                        recipe.settings.maximumNewModelsPerYear = try element.required("maxNewModelsPerYear") {
                            Int($0)
                        }
                        recipe.settings.shortfallPenalty = try element.required("shortfallPenalty") { Double($0) }
                    case "options":
                        recipe.settings.pinned = try element.children(named: "pin").map { pin throws(DecodingProblem) in
                            try pin.required("model")
                        }
                        recipe.settings.excluded = try element.children(named: "exclude").map {
                            exclude throws(DecodingProblem) in try exclude.required("model")
                        }
                        recipe.scenarioID = element.child(named: "scenario")?.attribute("id")
                    case "target":
                        recipe.settings.reserveMonths = try element.required("reserveMonths") { Int($0) }
                        recipe.settings.coverage = try element.required("coverage") { BasisPoints(text: $0) }
                    case "simulation":
                        recipe.settings.seed = try element.required("seed") { UInt64($0) }
                        recipe.settings.runs = try element.required("runs") { Int($0) }
                    default:
                        break
                    }
                } catch {
                    problems.append(
                        Diagnostic(severity: .error, message: error.message, file: displayName, line: error.line))
                }
            })
        let diagnostics = outcome.diagnostics + problems
        if diagnostics.containsErrors { throw DiagnosticsError(diagnostics) }
        recipe.settings.years = lastYear - firstYear + 1
        return recipe
    }
}

extension PlanInput {
    /// An input as a plan records it.
    init(role: InputRole, file: String, sha256: String) {
        self.role = role
        self.file = file
        self.sha256 = sha256
    }
}
