import Foundation
import FundingPlanner
import Hummingbird

/// Downloads (exactly the CLI's files, by fixed name only), making the plan, and opening a profile.
extension Workspace {
    /// The files a browser may download, by name; nothing else in the folder is reachable.
    static let downloads: [(name: String, type: String, nl: String, en: String)] = [
        ("profile.xml", "application/xml", "het netwerkprofiel", "the network profile"),
        ("plan.xml", "application/xml", "het financieringsplan", "the funding plan"),
        ("plan.html", "text/html; charset=utf-8", "het rapport voor het netwerk", "the network's own report"),
        (
            "plan-funder.html", "text/html; charset=utf-8", "de versie voor een financier",
            "the funder's version"
        ),
        ("plan.pdf", "application/pdf", "het rapport voor het netwerk als PDF", "the network's own report as PDF"),
        ("plan-funder.pdf", "application/pdf", "de versie voor een financier als PDF", "the funder's version as PDF"),
        (
            "plan-funder.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "de versie voor een financier als Word-document", "the funder's version as a Word document"
        ),
        (
            "dossier.zip", "application/zip", "het dossier: plan, invoer, rapporten en manifest in één bestand",
            "the dossier: plan, inputs, reports and manifest in one file"
        ),
        ("budget.csv", "text/csv; charset=utf-8", "de begroting voor rekenbladen", "the budget for spreadsheets"),
        (
            "milestones.ics", "text/calendar; charset=utf-8", "de acties en deadlines voor je agenda",
            "actions and deadlines for your calendar"
        ),
        ("review.html", "text/html; charset=utf-8", "de beoordeling van de plannen", "the review of the plans"),
        ("review.csv", "text/csv; charset=utf-8", "de beoordeling voor rekenbladen", "the review for spreadsheets"),
        ("review.xml", "application/xml", "de beoordeling als XML", "the review as XML"),
    ]

    func addDownloadRoutes(to router: Router<WorkspaceContext>) {
        router.get("/downloads") { request, _ in
            let language = Workspace.language(request)
            let form = await self.store.current()
            let present = Self.downloads.filter { FileManager.default.fileExists(atPath: self.filePath($0.name)) }
            let body = self.pages.render(
                "downloads",
                [
                    "files": present.map { ["name": $0.name, "label": language == .nl ? $0.nl : $0.en] },
                    "hasProfile": present.contains { $0.name == "profile.xml" }, "revision": form.revision,
                    "hasPlan": present.contains { $0.name == "plan.xml" }, "canPrint": PDFPrinter.browser != nil,
                    "t": PageTexts.texts(language),
                ])
            return Reply.html(
                self.pages.page(
                    language: language, title: Say(language)("Downloads en openen", "Downloads and open"), body: body,
                    current: "downloads", networkName: form.name))
        }
        router.get("/download/:name") { _, context in
            let name = context.parameters.get("name") ?? ""
            guard let entry = Self.downloads.first(where: { $0.name == name }),
                let data = FileManager.default.contents(atPath: self.filePath(entry.name))
            else { throw HTTPError(.notFound) }
            return Reply.file(Array(data), type: entry.type, name: entry.name)
        }
        router.post("/plan") { request, context in
            let language = Workspace.language(request)
            _ = try await Self.formBody(request, context: context)
            let path = self.store.path("profile.xml")
            do {
                let network = try NetworkProfile.load(path: path, catalogue: self.catalogue)
                var settings = PlanSettings.standard
                settings.language = language
                let plan = try Planner.plan(
                    Planner.Inputs(network: network.profile, networkSource: network.source, catalogue: self.loaded),
                    settings: settings)
                try self.writePlanFiles(plan, language: language)
            } catch {
                let lines: [String] =
                    switch error {
                    case let error as PlanningError: error.explanations(in: language)
                    case let error as DiagnosticsError: error.diagnostics.map { $0.message(in: language) }
                    default: ["\(error)"]
                    }
                let items = lines.map { "<li>" + Self.escape($0) + "</li>" }.joined()
                return Reply.html(
                    self.pages.page(
                        language: language, title: Say(language)("Geen plan mogelijk", "No plan possible"),
                        body: "<ul class=\"changes\">\(items)</ul><p><a href=\"/section/preferences\">"
                            + Say(language)(
                                "Pas de voorkeuren of de begroting aan", "Change the preferences or the budget")
                            + "</a></p>",
                        current: "downloads", networkName: ""),
                    status: .unprocessableContent)
            }
            return Reply.redirect("/downloads")
        }
        router.post("/pdf") { request, context in
            try await self.printPDFs(request, context: context)
        }
        router.post("/upload") { request, context in
            try await self.upload(request, context: context)
        }
    }

    /// `profile.xml` at the folder's top, the plan's files in `outputs/`.
    func filePath(_ name: String) -> String {
        name == "profile.xml"
            ? store.path("profile.xml")
            : store.path(name.hasPrefix("review.") ? "outputs/review/\(name)" : "outputs/\(name)")
    }

    private func upload(_ request: Request, context: WorkspaceContext) async throws -> Response {
        let language = Workspace.language(request)
        let say = Say(language)
        let buffer = try await request.body.collect(upTo: WorkspaceContext.bodyLimit)
        let bytes = Array(buffer.readableBytesView)
        guard
            let file = MultipartFile.extract(bytes, contentType: request.headers[.contentType] ?? "", field: "profile"),
            !file.isEmpty
        else {
            return Reply.html(
                pages.page(
                    language: language, title: say("Geen bestand", "No file"),
                    body: "<p>\(say("Kies een profielbestand.", "Choose a profile file."))</p>", current: "downloads",
                    networkName: ""),
                status: .badRequest)
        }
        let revision = MultipartFile.extract(bytes, contentType: request.headers[.contentType] ?? "", field: "revision")
            .map { String(decoding: $0, as: UTF8.self) }
        switch checker.read(file) {
        case .failure(let error):
            return try await openWithProblems(
                file, problems: error.diagnostics, revision: Int(revision ?? "") ?? -1, language: language)
        case .success(let loaded):
            let current = await store.current()
            var form = ProfileForm(loaded.profile)
            form.nextKey = max(form.nextKey, current.nextKey)
            let checked = checker.check(form, language: language)
            do {
                try await store.apply(form, expecting: Int(revision ?? "") ?? -1, xml: checked.xml)
            } catch {
                guard let theirs = StoreError.theirs(error) else { throw error }
                return conflictPage(mine: form, theirs: theirs, back: "/downloads", language: language)
            }
            return Reply.redirect("/")
        }
    }

    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }
}
