import Foundation
import FundingPlanner
import Hummingbird

/// Scenarios: copy the profile into a variant, change its caps, pins, exclusions, reserves and
/// partners' ask ceilings (the variant's profile copy) and its models' yields and caps (its
/// `<scenario>` in `scenarios.xml`), compare up to three side by side with the profile, and
/// promote one.
extension Workspace {
    func addScenarioRoutes(to router: Router<WorkspaceContext>) {
        router.get("/scenarios") { request, _ in try await self.scenariosPage(request) }
        router.post("/scenarios") { request, context in
            let body = try await Self.formBody(request, context: context)
            guard let bytes = await self.store.profileBytes() else { return Reply.redirect("/scenarios") }
            let name = (body["name"] ?? "").trimmingCharacters(in: .whitespaces)
            let shown = name.isEmpty ? "Scenario" : String(name.prefix(200))
            let id = try await self.store.writeScenario(
                id: nil, name: shown, xml: String(decoding: bytes, as: UTF8.self))
            if case .success(let loaded) = self.checker.read(bytes) {
                let overrides = ScenarioOverrides(
                    id: id, name: LocalizedText([(Workspace.language(request).rawValue, shown)]))
                try await self.store.writeOverrides(overrides, networkID: loaded.profile.id, catalogue: self.catalogue)
            }
            return Reply.redirect("/scenarios/\(id)")
        }
        router.get("/scenarios/:id") { request, context in
            let id = context.parameters.get("id") ?? ""
            let language = Workspace.language(request)
            let (name, profile) = try await self.scenario(id)
            let (overrides, problems) = await self.variantOverridesOrProblems(
                id, profile: profile, language: language)
            let xml = String(decoding: (try? await self.store.scenarioBytes(id)) ?? [], as: UTF8.self)
            let preview = self.plans.context(
                profile, xml: xml, loaded: self.loaded, language: language, compute: true, overrides: overrides)
            return Reply.html(
                self.scenarioPage(
                    id: id, name: name, profile: profile, errors: [:], language: language,
                    rows: ScenarioOverridesForm(overrides), preview: problems.isEmpty ? preview : nil,
                    inFile: overrides != nil, problems: problems))
        }
        router.post("/scenarios/:id") { request, context in
            let id = context.parameters.get("id") ?? ""
            let language = Workspace.language(request)
            let body = try await Self.formBody(request, context: context)
            let (name, profile) = try await self.scenario(id)
            var form = ProfileForm(profile)
            form.maxShareOfOneSource = body["maxShareOfOneSource"] ?? form.maxShareOfOneSource
            form.maxPublicShare = body["maxPublicShare"] ?? form.maxPublicShare
            form.reserves = body["reserves"] ?? form.reserves
            let known = Set(self.catalogue.models.map(\.id))
            form.pinnedModels = body.all("pin[]").filter(known.contains)
            form.excludedModels = body.all("exclude[]").filter(known.contains)
            let asks = Dictionary(body.rows("vote").map { ($0.key, $0.fields) }, uniquingKeysWith: { a, _ in a })
            for index in form.partners.indices {
                guard let fields = asks[form.partners[index].key], fields["askCeiling"] != nil else { continue }
                form.partners[index].askCeiling = fields.text("askCeiling")
            }
            var rows = ScenarioOverridesForm(body: body)
            let typedName = (body["name"] ?? name).trimmingCharacters(in: .whitespaces)
            if let focus = rows.apply(action: body["action"] ?? "save") {
                return Reply.html(
                    self.scenarioPage(
                        id: id, name: typedName, profile: profile, errors: [:], language: language, typed: form,
                        rows: rows, focus: focus))
            }
            let checked = self.checker.check(form, language: language)
            let newName = typedName.isEmpty ? name : String(typedName.prefix(200))
            // A file made for another network id is rewritten with this one when the scenario is saved.
            var base =
                await self.variantOverridesOrProblems(id, profile: profile, language: language).0
                ?? ScenarioOverrides(id: id, name: .init())
            base.name = LocalizedText([(language.rawValue, newName)])
            let (overrides, overrideErrors) = rows.overrides(on: base, catalogue: self.catalogue, language: language)
            guard let xml = checked.xml, overrideErrors.isEmpty else {
                var errors: [String: String] = [:]
                for error in checked.errors + overrideErrors { errors[error.field] = error.message }
                return Reply.html(
                    self.scenarioPage(
                        id: id, name: typedName, profile: profile, errors: errors, language: language, typed: form,
                        rows: rows, ordered: checked.errors + overrideErrors),
                    status: .unprocessableContent)
            }
            _ = try await self.store.writeScenario(id: id, name: newName, xml: xml)
            try await self.store.writeOverrides(overrides, networkID: profile.id, catalogue: self.catalogue)
            return Reply.redirect("/scenarios?show=\(id)")
        }
        router.post("/scenarios/:id/promote") { request, context in
            let id = context.parameters.get("id") ?? ""
            let language = Workspace.language(request)
            let body = try await Self.formBody(request, context: context)
            let (_, profile) = try await self.scenario(id)
            let current = await self.store.current()
            var form = ProfileForm(profile)
            form.nextKey = max(form.nextKey, current.nextKey)
            let checked = self.checker.check(form, language: language)
            do {
                try await self.store.apply(form, expecting: Int(body["revision"] ?? "") ?? -1, xml: checked.xml)
            } catch {
                guard let theirs = StoreError.theirs(error) else { throw error }
                return self.conflictPage(mine: form, theirs: theirs, back: "/scenarios", language: language)
            }
            return Reply.redirect("/")
        }
    }

    private func scenario(_ id: String) async throws -> (String, NetworkProfile) {
        guard let entry = await store.scenarios().first(where: { $0.id == id }) else { throw HTTPError(.notFound) }
        let bytes: [UInt8]
        do { bytes = try await store.scenarioBytes(id) } catch { throw HTTPError(.notFound) }
        guard case .success(let loaded) = checker.read(bytes) else { throw HTTPError(.unprocessableContent) }
        return (entry.name, loaded.profile)
    }

    private func scenariosPage(_ request: Request) async throws -> Response {
        let language = Workspace.language(request)
        let say = Say(language)
        let scenarios = await store.scenarios()
        let wanted = FormBody(request.uri.query ?? "").all("show")
        let shown = (wanted.isEmpty ? Array(scenarios.prefix(3)) : scenarios.filter { wanted.contains($0.id) }).prefix(
            3)
        var context: [String: Any] = [
            "t": PageTexts.texts(language), "revision": await store.current().revision,
            "scenarios": scenarios.map { entry in
                ["id": entry.id, "name": entry.name, "shown": shown.contains { $0.id == entry.id }] as [String: Any]
            },
            "hasScenarios": !scenarios.isEmpty,
            "hasProfile": await store.profileBytes() != nil,
        ]
        if let bytes = await store.profileBytes(), case .success(let base) = checker.read(bytes), !shown.isEmpty {
            var profiles: [ScenarioComparison.Column] = [(say("Profiel nu", "Profile now"), base.profile, nil)]
            var fileProblems: [String] = []
            for entry in shown {
                guard let (name, profile) = try? await scenario(entry.id) else { continue }
                let (overrides, problems) = await variantOverridesOrProblems(
                    entry.id, profile: profile, language: language)
                fileProblems += problems
                profiles.append((name, profile, overrides))
            }
            context["fileProblems"] = Array(Set(fileProblems)).sorted()
            context.merge(ScenarioComparison.context(profiles, loaded: loaded, language: language)) { a, _ in a }
            context["compared"] = true
        }
        return Reply.html(
            pages.page(
                language: language, title: say("Scenario's", "Scenarios"), body: pages.render("scenarios", context),
                current: "scenarios", networkName: await store.current().name))
    }

    private func scenarioPage(
        id: String, name: String, profile: NetworkProfile, errors: [String: String], language: Language,
        typed: ProfileForm? = nil, rows: ScenarioOverridesForm, focus: String? = nil, ordered: [FieldError] = [],
        preview: [String: Any]? = nil, inFile: Bool = true, problems: [String] = []
    )
        -> String
    {
        let say = Say(language)
        let form = typed ?? ProfileForm(profile)
        let models = catalogue.models.sorted { $0.name.text(in: language) < $1.name.text(in: language) }
        func field(_ id: String, _ label: String, _ value: String) -> [String: Any] {
            FieldView(id: id, name: id, label: label, value: value, error: errors[id] ?? "", inputMode: "decimal")
                .context
        }
        let fields = [
            FieldView(
                id: "name", name: "name", label: say("Naam van het scenario", "Name of the scenario"), value: name
            ).context,
            field(
                "maxShareOfOneSource", say("Grootste aandeel van één bron (%)", "Largest share of one source (%)"),
                form.maxShareOfOneSource),
            field(
                "maxPublicShare", say("Grootste aandeel publiek geld (%)", "Largest share of public money (%)"),
                form.maxPublicShare),
            field("reserves", say("Reserves (euro)", "Reserves (euros)"), form.reserves),
        ]
        // A partner's ask ceiling: the most new money a year the plan may ask it for (empty: a fifth
        // of what it gives now, the planner's default).
        let asks = form.partners.map { row in
            FieldView(
                id: "vote-\(row.key)-askCeiling", name: "vote[\(row.key)][askCeiling]",
                label: "\(row.name): " + say("hoogste vraag per jaar (euro)", "most to ask a year (euros)"),
                hint: say(
                    "Leeg: een vijfde van wat de partner nu per jaar geeft.",
                    "Empty: a fifth of what the partner gives now a year."),
                value: row.askCeiling ?? "", error: errors["vote-\(row.key)-askCeiling"] ?? "", inputMode: "decimal"
            ).context
        }
        let choices = [
            FieldView(
                id: "pin", name: "pin[]",
                label: say("Verdienmodellen die er zeker in moeten", "Revenue models that must be in"),
                kind: .checkboxes,
                options: models.map {
                    .init(value: $0.id, label: $0.name.text(in: language), selected: form.pinnedModels.contains($0.id))
                }
            ).context,
            FieldView(
                id: "exclude", name: "exclude[]",
                label: say("Verdienmodellen die er niet in mogen", "Revenue models to leave out"),
                kind: .checkboxes,
                options: models.map {
                    .init(
                        value: $0.id, label: $0.name.text(in: language), selected: form.excludedModels.contains($0.id))
                }
            ).context,
        ]
        var context: [String: Any] = [
            "id": id, "fields": fields + asks + choices, "t": PageTexts.texts(language), "revision": 0,
            "fileProblems": problems,
            // A scenario made before `scenarios.xml` existed has no <scenario> there until it is saved.
            "command": "fundplan plan \(ShellWord.quoted(store.path("scenarios/\(id).xml"))) -o plan-\(id)"
                + (inFile
                    ? " --scenario \(id) --scenario-file \(ShellWord.quoted(store.path(WorkspaceStore.overridesFile)))"
                    : "")
                + " --lang \(language.rawValue)",
            "planOf": say("Het plan van dit scenario", "This scenario's plan"),
            "downloadPlan": say("plan.xml van dit scenario downloaden", "Download this scenario's plan.xml"),
            "sameAsCommand": say(
                "Dezelfde bytes als dit commando schrijft (10.000 simulaties):",
                "The same bytes as this command writes (10,000 simulation runs):"),
        ]
        context.merge(rows.context(catalogue: catalogue, language: language, errors: errors, focus: focus)) { a, _ in a
        }
        if let preview {
            context["preview"] = preview
        }
        let body = pages.render("scenario", context)
        let shown =
            ordered.isEmpty
            ? errors.map { FieldError(field: $0.key, section: .preferences, message: $0.value) } : ordered
        return pages.page(
            language: language, title: say("Scenario: ", "Scenario: ") + name, body: body, current: "scenarios",
            networkName: form.name, errors: shown.isEmpty ? [] : shown)
    }
}
