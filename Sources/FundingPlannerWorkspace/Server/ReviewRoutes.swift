import Foundation
import FundingPlanner
import Hummingbird

/// The reviewer's desk: plans put in the workspace's `review/` folder (uploaded one by one or as a
/// ZIP) are reviewed as `fundplan review` does, against the rubric and the call chosen (shipped in
/// `catalogues/`, or uploaded); the ranking is shown, two plans side by side, and the review's
/// files are downloads.
extension Workspace {
    func addReviewRoutes(to router: Router<WorkspaceContext>) {
        router.get("/review") { request, _ in
            Reply.html(self.reviewPage(language: Workspace.language(request), outcome: nil))
        }
        router.post("/review") { request, context in
            let language = Workspace.language(request)
            let body = try await Self.formBody(request, context: context)
            let files = self.reviewFiles().map { self.store.path("review/\($0)") }
            guard !files.isEmpty else { return Reply.html(self.reviewPage(language: language, outcome: nil)) }
            do {
                let rules = self.reviewRules()
                let rubricPath = rules.rubrics.first { $0.key == body["rubric"] }?.path
                let callPath = rules.calls.first { $0.key == body["call"] }?.path
                let rubric = try rubricPath.map { path throws(DiagnosticsError) in try Rubric.load(path: path) }
                let call = try callPath.map { path throws(DiagnosticsError) in try CallRules.load(path: path) }
                let batch = ReviewBatch(
                    rubric: try rubric ?? Rubric.builtIn(), call: call, sheets: try ReviewerSheets.load(paths: []),
                    language: language)
                let outcome = try batch.run(files: files, folder: self.store.path("outputs/review"), progress: nil)
                try? AtomicFile.write(
                    "rubric=\(body["rubric"] ?? "")\ncall=\(body["call"] ?? "")\n",
                    to: self.store.path("outputs/review/choice.txt"))
                return Reply.html(self.reviewPage(language: language, outcome: outcome))
            } catch {
                return self.reviewProblem(error, language: language)
            }
        }
        router.post("/review/upload") { request, context in
            try await self.reviewUpload(request, language: Workspace.language(request))
        }
        router.get("/review/compare") { request, _ in
            self.reviewComparison(request, language: Workspace.language(request))
        }
    }

    /// A browser's file name reduced to letters, digits, `.`, `-`, `_`, ending in `.xml`; never a path.
    static func safeFileName(_ name: String) -> String? {
        let base = name.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last.map(String.init) ?? ""
        let cleaned = String(base.map { $0.isASCII && ($0.isLetter || $0.isNumber || "._-".contains($0)) ? $0 : "_" })
        guard cleaned.hasSuffix(".xml"), !cleaned.hasPrefix("."), cleaned.count <= 120 else { return nil }
        return cleaned
    }

    func reviewFiles() -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: store.path("review"))) ?? [])
            .filter { Self.safeFileName($0) == $0 }.sorted()
    }

    /// The rubrics and calls to choose from, by key: `built-in:NAME` (shipped) or `uploaded:NAME`
    /// (`review-rules/` in the workspace); a form names a key, never a path.
    func reviewRules() -> (
        rubrics: [(key: String, label: String, path: String)], calls: [(key: String, label: String, path: String)]
    ) {
        func uploaded(_ prefix: String) -> [(key: String, label: String, path: String)] {
            ((try? FileManager.default.contentsOfDirectory(atPath: store.path("review-rules"))) ?? [])
                .filter { $0.hasPrefix(prefix + "-") && Self.safeFileName($0) == $0 }.sorted()
                .map { ("uploaded:\($0)", $0, store.path("review-rules/\($0)")) }
        }
        func builtIn(_ paths: [String]) -> [(key: String, label: String, path: String)] {
            paths.map {
                let name = ($0 as NSString).lastPathComponent
                return ("built-in:\(name)", name, $0)
            }
        }
        return (
            builtIn(Rubric.builtInFiles()) + uploaded("rubric"), builtIn(CallRules.builtInFiles()) + uploaded("call")
        )
    }

    func reviewProblem(_ error: any Error, language: Language, status: HTTPResponse.Status = .unprocessableContent)
        -> Response
    {
        let messages: [String] =
            (error as? DiagnosticsError)?.diagnostics.filter { $0.severity == .error }.map { $0.message(in: language) }
            ?? ["\(error)"]
        let items = messages.map { "<li>" + Self.escape($0) + "</li>" }.joined()
        let say = Say(language)
        let page = pages.page(
            language: language, title: say("Beoordelen mislukt", "Review failed"),
            body: "<p>" + say("Niets is gewijzigd.", "Nothing was changed.") + "</p><ul class=\"changes\">" + items
                + "</ul><p><a href=\"/review\">" + say("Terug naar beoordelen", "Back to the review") + "</a></p>",
            current: "review", networkName: "")
        return Reply.html(page, status: status)
    }

    private func reviewPage(language: Language, outcome: ReviewBatch.Outcome?) -> String {
        let say = Say(language)
        var ranking: [[String: Any]] = []
        for row in reviewTable().rows {
            guard row.count >= 7 else { continue }
            ranking.append([
                "rank": row[0], "name": row[2], "score": row[4], "file": (row[3] as NSString).lastPathComponent,
                "passes": row[5] == "true" ? say("ja", "yes") : say("nee", "no"), "failed": row[6],
            ])
        }
        let chosen = (try? String(contentsOfFile: store.path("outputs/review/choice.txt"), encoding: .utf8)) ?? ""
        func choice(_ name: String) -> String? {
            chosen.split(separator: "\n").first { $0.hasPrefix(name + "=") }.map {
                String($0.dropFirst(name.count + 1))
            }
        }
        let rules = reviewRules()
        let rubricChoice = choice("rubric") ?? "built-in:default-rubric.xml"
        let context: [String: Any] = [
            "t": PageTexts.texts(language), "files": reviewFiles(), "hasFiles": !reviewFiles().isEmpty,
            "ranking": ranking, "hasRanking": !ranking.isEmpty, "ran": outcome != nil,
            "rubrics": rules.rubrics.map { ["key": $0.key, "label": $0.label, "selected": $0.key == rubricChoice] },
            "calls": rules.calls.map { ["key": $0.key, "label": $0.label, "selected": $0.key == choice("call")] },
            "summary": outcome.map {
                say(
                    "\($0.reviewed) plannen beoordeeld, \($0.rejected.count) geweigerd.",
                    "\($0.reviewed) plans reviewed, \($0.rejected.count) rejected.")
            } ?? "",
            "rejected": (outcome?.rejected ?? []).map {
                [
                    "file": ($0.file as NSString).lastPathComponent,
                    "reason": $0.errors.first?.message(in: language) ?? "",
                ]
            },
        ]
        return pages.page(
            language: language, title: say("Plannen beoordelen", "Review plans"), body: pages.render("review", context),
            current: "review", networkName: "")
    }

    /// The header and rows of the last review's `review.csv` (as `fundplan review` wrote it).
    func reviewTable() -> (header: [String], rows: [[String]]) {
        guard let data = FileManager.default.contents(atPath: store.path("outputs/review/review.csv")) else {
            return ([], [])
        }
        let lines = String(decoding: data, as: UTF8.self).replacingOccurrences(of: "\u{FEFF}", with: "")
            .split(whereSeparator: \.isNewline).map { Self.csvCells(String($0)) }
        return (lines.first ?? [], Array(lines.dropFirst()))
    }

    /// The cells of one line of the review's CSV (comma-separated, quoted when needed).
    static func csvCells(_ line: String) -> [String] {
        var cells: [String] = []
        var cell = ""
        var quoted = false
        var previous: Character = " "
        for character in line {
            if character == "\"" {
                if quoted && previous == "\"" { cell.append("\"") }
                quoted.toggle()
            } else if character == "," && !quoted {
                cells.append(cell)
                cell = ""
            } else {
                cell.append(character)
            }
            previous = character
        }
        cells.append(cell)
        return cells
    }
}
