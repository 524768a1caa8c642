import Foundation
import FundingPlanner
import Hummingbird

/// The reviewer's desk: plans put in the workspace's `review/` folder (or uploaded there) are
/// reviewed as `fundplan review` does, with the built-in rubric; the ranking is shown and the
/// review's files are downloads.
extension Workspace {
    func addReviewRoutes(to router: Router<WorkspaceContext>) {
        router.get("/review") { request, _ in
            Reply.html(self.reviewPage(language: Workspace.language(request), outcome: nil))
        }
        router.post("/review") { request, context in
            let language = Workspace.language(request)
            _ = try await Self.formBody(request, context: context)
            let files = self.reviewFiles().map { self.store.path("review/\($0)") }
            guard !files.isEmpty else { return Reply.html(self.reviewPage(language: language, outcome: nil)) }
            do {
                let batch = ReviewBatch(
                    rubric: try Rubric.builtIn(), call: nil, sheets: try ReviewerSheets.load(paths: []),
                    language: language)
                let outcome = try batch.run(files: files, folder: self.store.path("outputs/review"), progress: nil)
                return Reply.html(self.reviewPage(language: language, outcome: outcome))
            } catch {
                let messages: [String] =
                    (error as? DiagnosticsError)?.diagnostics.map { $0.message(in: language) } ?? ["\(error)"]
                let items = messages.map { "<li>" + Self.escape($0) + "</li>" }.joined()
                let title = Say(language)("Beoordelen mislukt", "Review failed")
                let page = self.pages.page(
                    language: language, title: title, body: "<ul class=\"changes\">" + items + "</ul>",
                    current: "review", networkName: "")
                return Reply.html(page, status: .unprocessableContent)
            }
        }
        router.post("/review/upload") { request, context in
            let buffer = try await request.body.collect(upTo: WorkspaceContext.bodyLimit)
            let parts = MultipartFile.parts(
                Array(buffer.readableBytesView), contentType: request.headers[.contentType] ?? "")
            for part in parts.prefix(100) where part.name == "plans" && !part.bytes.isEmpty {
                guard let name = Self.safeFileName(part.fileName) else { continue }
                try? FileManager.default.createDirectory(
                    atPath: self.store.path("review"), withIntermediateDirectories: true)
                do { try AtomicFile.write(part.bytes, to: self.store.path("review/\(name)")) } catch {
                    throw HTTPError(.internalServerError)
                }
            }
            return Reply.redirect("/review")
        }
    }

    /// A browser's file name reduced to letters, digits, `.`, `-`, `_`, ending in `.xml`; never a path.
    static func safeFileName(_ name: String) -> String? {
        let base = name.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last.map(String.init) ?? ""
        let cleaned = String(base.map { $0.isASCII && ($0.isLetter || $0.isNumber || "._-".contains($0)) ? $0 : "_" })
        guard cleaned.hasSuffix(".xml"), !cleaned.hasPrefix("."), cleaned.count <= 120 else { return nil }
        return cleaned
    }

    private func reviewFiles() -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: store.path("review"))) ?? [])
            .filter { Self.safeFileName($0) == $0 }.sorted()
    }

    private func reviewPage(language: Language, outcome: ReviewBatch.Outcome?) -> String {
        let say = Say(language)
        var ranking: [[String: Any]] = []
        if let data = FileManager.default.contents(atPath: store.path("outputs/review/review.csv")) {
            let lines = String(decoding: data, as: UTF8.self).replacingOccurrences(of: "\u{FEFF}", with: "")
                .split(whereSeparator: \.isNewline).dropFirst()
            for line in lines {
                let cells = Self.csvCells(String(line))
                guard cells.count >= 7 else { continue }
                ranking.append([
                    "rank": cells[0], "name": cells[2], "score": cells[4],
                    "passes": cells[5] == "true" ? say("ja", "yes") : say("nee", "no"), "failed": cells[6],
                ])
            }
        }
        let context: [String: Any] = [
            "t": PageTexts.texts(language), "files": reviewFiles(), "hasFiles": !reviewFiles().isEmpty,
            "ranking": ranking, "hasRanking": !ranking.isEmpty, "ran": outcome != nil,
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
