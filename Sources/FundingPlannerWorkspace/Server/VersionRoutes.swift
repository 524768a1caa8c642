import Foundation
import FundingPlanner
import Hummingbird

/// Saved versions: save with a note, list, field-level difference, restore.
extension Workspace {
    func addVersionRoutes(to router: Router<WorkspaceContext>) {
        router.post("/versions") { request, context in
            let language = Workspace.language(request)
            let body = try await Self.formBody(request, context: context)
            let form = await self.store.current()
            let checked = self.checker.check(form, language: language)
            guard let xml = checked.xml else {
                let first = checked.errors.first.map { "/section/\($0.section.rawValue)" } ?? "/"
                return Reply.redirect(first)
            }
            let note = String((body["note"] ?? "").prefix(500))
            do {
                _ = try await self.store.saveVersion(xml: xml, note: note, expecting: Int(body["revision"] ?? "") ?? -1)
            } catch {
                guard let theirs = StoreError.theirs(error) else { throw error }
                return self.conflictPage(mine: form, theirs: theirs, back: "/", language: language)
            }
            return Reply.redirect("/history")
        }
        router.get("/history") { request, _ in
            let language = Workspace.language(request)
            let versions = await self.store.versions()
            let body = self.pages.render(
                "history",
                [
                    "hasVersions": !versions.isEmpty, "t": PageTexts.texts(language),
                    "versions": versions.enumerated().map { index, version in
                        [
                            "id": version.id, "when": VersionID.readable(version.id), "note": version.note,
                            "isFirst": index == 0, "isSecond": index == 1 || versions.count == 1,
                        ] as [String: Any]
                    },
                ])
            return Reply.html(
                self.pages.page(
                    language: language, title: Say(language)("Versies", "Versions"), body: body, current: "history",
                    networkName: await self.store.current().name))
        }
        router.get("/diff") { request, _ in
            let query = request.uri.queryParameters
            return try await self.diffPage(
                request, from: query.get("from") ?? "", to: query.get("to") ?? "", restore: nil)
        }
        router.get("/history/:id/restore") { request, context in
            let id = context.parameters.get("id") ?? ""
            return try await self.diffPage(request, from: "current", to: id, restore: id)
        }
        router.post("/history/:id/restore") { request, context in
            let language = Workspace.language(request)
            let body = try await Self.formBody(request, context: context)
            let id = context.parameters.get("id") ?? ""
            let bytes: [UInt8]
            do { bytes = try await self.store.versionBytes(id) } catch { throw HTTPError(.notFound) }
            guard case .success(let loaded) = self.checker.read(bytes) else { throw HTTPError(.unprocessableContent) }
            let current = await self.store.current()
            var restored = ProfileForm(loaded.profile)
            restored.nextKey = max(restored.nextKey, current.nextKey)
            let checked = self.checker.check(restored, language: language)
            do {
                try await self.store.apply(restored, expecting: Int(body["revision"] ?? "") ?? -1, xml: checked.xml)
            } catch {
                guard let theirs = StoreError.theirs(error) else { throw error }
                return self.conflictPage(mine: restored, theirs: theirs, back: "/history", language: language)
            }
            return Reply.redirect("/")
        }
    }

    private func profile(_ id: String, language: Language) async throws -> NetworkProfile {
        if id == "current" {
            guard let profile = checker.check(await store.current(), language: language).profile else {
                throw HTTPError(.unprocessableContent)
            }
            return profile
        }
        let bytes: [UInt8]
        do { bytes = try await store.versionBytes(id) } catch { throw HTTPError(.notFound) }
        guard case .success(let loaded) = checker.read(bytes) else { throw HTTPError(.unprocessableContent) }
        return loaded.profile
    }

    private func diffPage(_ request: Request, from: String, to: String, restore: String?) async throws -> Response {
        let language = Workspace.language(request)
        let say = Say(language)
        for id in [from, to] where id != "current" && !VersionID.isValid(id) { throw HTTPError(.notFound) }
        let old = try await profile(from, language: language)
        let new = try await profile(to, language: language)
        let changes = ProfileDiff.changes(from: old, to: new, language: language)
        let label = { (id: String) in
            id == "current" ? say("wat er nu staat", "what is there now") : VersionID.readable(id)
        }
        let body = pages.render(
            "diff",
            [
                "fromLabel": label(from), "toLabel": label(to), "changes": changes, "hasChanges": !changes.isEmpty,
                "restoreID": restore ?? "", "hasRestore": restore != nil, "revision": await store.current().revision,
                "t": PageTexts.texts(language),
            ])
        return Reply.html(
            pages.page(
                language: language,
                title: restore == nil
                    ? say("Verschillen", "Differences") : say("Versie terugzetten", "Restore a version"),
                body: body, current: "history", networkName: await store.current().name))
    }
}
