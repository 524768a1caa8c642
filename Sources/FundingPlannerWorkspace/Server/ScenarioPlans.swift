import Foundation
import FundingPlanner
import Hummingbird

/// A scenario variant's plan, made as `fundplan plan scenarios/s1.xml --scenario s1
/// --scenario-file scenarios.xml` makes it: the variant's profile copy, its `<scenario>` of the
/// workspace's scenario file applied with ``PlanSettings/apply(_:)``, and that file as an input.
extension Workspace {
    func addScenarioPlanRoutes(to router: Router<WorkspaceContext>) {
        router.get("/scenarios/:id/plan.xml") { request, context in
            let id = context.parameters.get("id") ?? ""
            let language = Workspace.language(request)
            guard await self.store.scenarios().contains(where: { $0.id == id }) else { throw HTTPError(.notFound) }
            do {
                let plan = try await self.variantPlan(id, language: language)
                return Reply.file(
                    Array(PlanXMLWriter.document(plan).utf8), type: "application/xml", name: "plan-\(id).xml")
            } catch {
                let lines: [String] =
                    switch error {
                    case let error as PlanningError: error.explanations(in: language)
                    case let error as DiagnosticsError: error.diagnostics.map { $0.message(in: language) }
                    case StoreError.io(let error): error.diagnostics.map { $0.message(in: language) }
                    default: ["\(error)"]
                    }
                let items = lines.map { "<li>" + Self.escape($0) + "</li>" }.joined()
                return Reply.html(
                    self.pages.page(
                        language: language, title: Say(language)("Geen plan mogelijk", "No plan possible"),
                        body: "<ul class=\"changes\">\(items)</ul><p><a href=\"/scenarios/\(id)\">"
                            + Say(language)("Terug naar het scenario", "Back to the scenario") + "</a></p>",
                        current: "scenarios", networkName: ""),
                    status: .unprocessableContent)
            }
        }
    }

    /// The variant's `<scenario>` in `scenarios.xml`, checked against its profile copy; `nil` when
    /// the file has none for it (a variant made before the file existed).
    func variantOverrides(_ id: String, profile: NetworkProfile) async throws -> ScenarioOverrides? {
        try await store.overridesFile(catalogue: catalogue, network: profile)?.scenarios.first { $0.id == id }
    }

    /// The variant's overrides, or why `scenarios.xml` cannot be read (edited by hand, or made for
    /// another network id), in `language`, so a page says so instead of planning without them.
    func variantOverridesOrProblems(_ id: String, profile: NetworkProfile, language: Language) async -> (
        ScenarioOverrides?, [String]
    ) {
        do {
            return (try await variantOverrides(id, profile: profile), [])
        } catch StoreError.io(let error) {
            return (nil, error.diagnostics.map { "scenarios.xml: " + $0.message(in: language) })
        } catch {
            return (nil, ["scenarios.xml: \(error)"])
        }
    }

    /// The variant's plan with the command line's settings (10 000 runs, seed 42) in `language`.
    func variantPlan(_ id: String, language: Language) async throws -> FundingPlan {
        let network = try NetworkProfile.load(path: store.path("scenarios/\(id).xml"), catalogue: catalogue)
        var inputs = Planner.Inputs(network: network.profile, networkSource: network.source, catalogue: loaded)
        var settings = PlanSettings.standard
        settings.language = language
        if let file = try await store.overridesFile(catalogue: catalogue, network: network.profile),
            let overrides = file.scenarios.first(where: { $0.id == id })
        {
            settings.apply(overrides)
            inputs.files.append(PlanInput(role: .scenario, source: file.source))
        }
        return try Planner.plan(inputs, settings: settings)
    }
}
