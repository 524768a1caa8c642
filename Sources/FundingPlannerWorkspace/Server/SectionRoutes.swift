import Foundation
import FundingPlanner
import Hummingbird

/// Home, the section pages and their saves, previews and autosaves.
extension Workspace {
    func addSectionRoutes(to router: Router<WorkspaceContext>) {
        router.get("/") { request, _ in await self.home(request) }
        router.get("/section/:name") { request, context in
            guard let section = Section(rawValue: context.parameters.get("name") ?? "") else {
                throw HTTPError(.notFound)
            }
            let language = Workspace.language(request)
            let form = await self.store.current()
            let checked = self.checker.check(form, language: language)
            let status =
                request.uri.queryParameters.get("saved") != nil
                ? Workspace.savedStatus(await self.store.lastSaved(), language: language) : ""
            return Reply.html(
                self.sectionPage(
                    section, form: form, checked: checked, language: language,
                    showErrors: request.uri.queryParameters.get("check") != nil, savedStatus: status,
                    plan: request.uri.queryParameters.get("plan") != nil))
        }
        router.post("/section/:name") { request, context in
            guard let section = Section(rawValue: context.parameters.get("name") ?? "") else {
                throw HTTPError(.notFound)
            }
            return try await self.save(section, request: request, context: context)
        }
        router.post("/section/:name/preview") { request, context in
            guard let section = Section(rawValue: context.parameters.get("name") ?? "") else {
                throw HTTPError(.notFound)
            }
            let language = Workspace.language(request)
            let body = try await Self.formBody(request, context: context)
            let form = SectionInput.apply(body, section: section, to: await self.store.current()).form
            let checked = self.checker.check(form, language: language)
            return Reply.html(
                self.advice(
                    checked, form: form, language: language, section: section.rawValue,
                    plan: request.uri.queryParameters.get("plan") != nil))
        }
        router.post("/section/:name/autosave") { request, context in
            guard let section = Section(rawValue: context.parameters.get("name") ?? "") else {
                throw HTTPError(.notFound)
            }
            let language = Workspace.language(request)
            let body = try await Self.formBody(request, context: context)
            let say = Say(language)
            do {
                let current = await self.store.current()
                let form = SectionInput.apply(body, section: section, to: current).form
                let saved = try await self.store.apply(form, expecting: Int(body["revision"] ?? "") ?? -1, xml: nil)
                return Reply.json([
                    "revision": saved.revision,
                    "status": Workspace.savedStatus(await self.store.lastSaved(), language: language),
                ])
            } catch StoreError.conflict {
                return Reply.json(
                    [
                        "status": say(
                            "Elders gewijzigd: niet bewaard. Open de pagina opnieuw.",
                            "Changed elsewhere: not saved. Open the page again.")
                    ],
                    status: .conflict)
            } catch {
                return Reply.json(["status": say("Bewaren mislukt", "Saving failed")], status: .internalServerError)
            }
        }
    }

    static func formBody(_ request: Request, context: WorkspaceContext) async throws -> FormBody {
        let buffer = try await request.body.collect(upTo: WorkspaceContext.bodyLimit)
        return FormBody(String(buffer: buffer))
    }

    private func save(_ section: Section, request: Request, context: WorkspaceContext) async throws -> Response {
        let language = Workspace.language(request)
        let body = try await Self.formBody(request, context: context)
        let current = await store.current()
        let (form, focus) = SectionInput.apply(body, section: section, to: current)
        let action = body["action"] ?? "save"
        let checked = checker.check(form, language: language)
        do {
            let saved = try await store.apply(form, expecting: Int(body["revision"] ?? "") ?? -1, xml: checked.xml)
            if action != "save" {
                // "Add another", "remove", "copy last year": the same page again, focus on the new row.
                return Reply.html(
                    sectionPage(
                        section, form: saved, checked: checked, language: language, showErrors: false, focus: focus))
            }
            let ownErrors = checked.errors.contains { $0.section == section }
            if ownErrors {
                return Reply.html(
                    sectionPage(section, form: saved, checked: checked, language: language, showErrors: true))
            }
            return Reply.redirect("/section/\(section.rawValue)?saved=1")
        } catch {
            guard let theirs = StoreError.theirs(error) else { throw error }
            return conflictPage(mine: form, theirs: theirs, back: "/section/\(section.rawValue)", language: language)
        }
    }

    /// The page shown when a form was loaded before another tab saved: nothing merged, the differences listed.
    func conflictPage(mine: ProfileForm, theirs: ProfileForm, back: String, language: Language) -> Response {
        let say = Say(language)
        let a = checker.check(theirs, language: language).profile
        let b = checker.check(mine, language: language).profile
        let changes = (a != nil && b != nil) ? ProfileDiff.changes(from: a!, to: b!, language: language) : []
        let body = pages.render(
            "conflict",
            ["changes": changes, "hasChanges": !changes.isEmpty, "back": back, "t": PageTexts.texts(language)])
        return Reply.html(
            pages.page(
                language: language, title: say("Elders gewijzigd", "Changed elsewhere"), body: body, current: "",
                networkName: theirs.name),
            status: .conflict)
    }

    private func home(_ request: Request) async -> Response {
        let language = Workspace.language(request)
        let say = Say(language)
        let form = await store.current()
        let checked = checker.check(form, language: language)
        let counts =
            checked.profile.map { LiveAdvice.counts($0, catalogue: catalogue, language: language, form: form) } ?? [:]
        let tasks = Section.allCases.map { section -> [String: Any] in
            let open = checked.errors.filter { $0.section == section }.count
            let findings = counts[section.rawValue] ?? 0
            return [
                "href": "/section/\(section.rawValue)", "label": section.title(language),
                "status": open == 0 ? say("ingevuld", "completed") : say("nog \(open) te doen", "\(open) to do"),
                "statusClass": open == 0 ? "done" : "todo",
                "hasFindings": findings > 0,
                "findings": findings == 0 ? "" : say("\(findings) bevinding(en)", "\(findings) finding(s)"),
            ]
        }
        let body = pages.render(
            "home",
            [
                "intro": say(
                    "Beschrijf je netwerk onderdeel per onderdeel, in de volgorde die jou past. Alles wordt bewaard in profile.xml in je werkmap.",
                    "Describe your network section by section, in any order. Everything is kept in profile.xml in your workspace folder."
                ),
                "tasks": tasks, "revision": form.revision, "t": PageTexts.texts(language),
            ])
        let notice =
            await store.recovered
            ? say(
                "Je niet-bewaarde concept van de vorige keer is teruggezet.",
                "Your unsaved draft from last time was recovered.") : nil
        return Reply.html(
            pages.page(
                language: language, title: say("Je netwerk", "Your network"), body: body, current: "home",
                networkName: form.name,
                advice: advice(
                    checked, form: form, language: language, section: "home",
                    plan: request.uri.queryParameters.get("plan") != nil),
                notice: notice))
    }
}
