import Foundation
import FundingPlanner
import Hummingbird

/// The reviewer's desk's uploads (plans one by one or as a ZIP, a rubric, a call) and the two
/// plans side by side.
extension Workspace {
    /// Checks every uploaded file first and writes only when all pass: a ZIP within the limits
    /// `fundplan verify` applies (no link, no path leaving the archive, no bomb, not too many
    /// files), plan names reduced to safe file names, a rubric or call that `fundplan review` reads.
    func reviewUpload(_ request: Request, language: Language) async throws -> Response {
        let say = Say(language)
        let buffer = try await request.body.collect(upTo: WorkspaceContext.bodyLimit)
        let parts = MultipartFile.parts(
            Array(buffer.readableBytesView), contentType: request.headers[.contentType] ?? "")
        var plans: [(name: String, bytes: [UInt8])] = []
        var rules: [(name: String, bytes: [UInt8])] = []
        for part in parts where !part.bytes.isEmpty {
            switch part.name {
            case "plans":
                guard let name = Self.safeFileName(part.fileName) else { continue }
                plans.append((name, part.bytes))
            case "zip":
                let entries: [ZipPackage.Entry]
                do {
                    entries = try ZipPackage.entries(of: part.bytes, name: "zip", limits: .plans)
                } catch {
                    let refused = DiagnosticsError(
                        error.diagnostics.map {
                            Diagnostic(
                                severity: .error,
                                message: say("Het ZIP-bestand is geweigerd: ", "The ZIP file is refused: ")
                                    + $0.message(in: language), file: part.fileName)
                        })
                    return reviewProblem(refused, language: language, status: .unprocessableContent)
                }
                for entry in entries {
                    guard let name = Self.safeFileName(entry.path) else { continue }
                    plans.append((name, entry.bytes))
                }
            case "rubric", "call":
                guard let name = Self.safeFileName(part.fileName) else { continue }
                if let problem = checkRules(part.bytes, kind: part.name) {
                    return reviewProblem(problem, language: language)
                }
                rules.append(("\(part.name)-\(name)", part.bytes))
            default: continue
            }
        }
        guard plans.count <= ZipPackage.Limits.plans.maximumEntries else {
            return reviewProblem(
                DiagnosticsError([
                    Diagnostic(
                        severity: .error,
                        message: say(
                            "Meer dan \(ZipPackage.Limits.plans.maximumEntries) plannen tegelijk: stuur ze in delen.",
                            "More than \(ZipPackage.Limits.plans.maximumEntries) plans at once: send them in parts."),
                        file: "upload")
                ]), language: language, status: .contentTooLarge)
        }
        do {
            for folder in ["review", "review-rules"] {
                try FileManager.default.createDirectory(atPath: store.path(folder), withIntermediateDirectories: true)
            }
            for (name, bytes) in plans { try AtomicFile.write(bytes, to: store.path("review/\(name)")) }
            for (name, bytes) in rules { try AtomicFile.write(bytes, to: store.path("review-rules/\(name)")) }
        } catch {
            throw HTTPError(.internalServerError)
        }
        return Reply.redirect("/review")
    }

    /// What the columns of `review.csv` mean, in `language`: the fixed ones, and each criterion by
    /// its name in the rubric the last review used.
    private func criterionNames(_ language: Language) -> [String: String] {
        let say = Say(language)
        var names: [String: String] = [
            "rank": say("Rang", "Rank"), "network": say("Netwerk (id)", "Network (id)"), "name": say("Naam", "Name"),
            "score": say("Score", "Score"),
            "passes_gates": say("Voldoet aan de poortcriteria", "Passes the gates"),
            "failed_gates": say("Niet gehaalde poortcriteria", "Gates not passed"),
            "budget": say("Begroting", "Budget"),
            "requested": say("Gevraagd", "Requested"), "cofinancing": say("Cofinanciering", "Co-financing"),
            "own_share_bp": say("Eigen aandeel (basispunten)", "Own share (basis points)"),
        ]
        for criterion in chosenRules().rubric?.criteria ?? [] {
            names[criterion.id] = criterion.name.text(in: language)
        }
        return names
    }

    /// The rubric and call the last review used (`outputs/review/choice.txt`); the built-in rubric
    /// and no call when unknown.
    private func chosenRules() -> (rubric: Rubric?, call: CallRules?) {
        let chosen = (try? String(contentsOfFile: store.path("outputs/review/choice.txt"), encoding: .utf8)) ?? ""
        func key(_ name: String) -> String? {
            chosen.split(separator: "\n").first { $0.hasPrefix(name + "=") }.map {
                String($0.dropFirst(name.count + 1))
            }
        }
        let rules = reviewRules()
        let rubricPath = rules.rubrics.first { $0.key == key("rubric") }?.path
        let callPath = rules.calls.first { $0.key == key("call") }?.path
        let rubric = rubricPath.flatMap { try? Rubric.load(path: $0) } ?? (try? Rubric.builtIn())
        return (rubric, callPath.flatMap { try? CallRules.load(path: $0) })
    }

    /// Loads an uploaded rubric or call from a scratch file as `fundplan review` does; the problem, if any.
    private func checkRules(_ bytes: [UInt8], kind: String) -> DiagnosticsError? {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent(
            "fundplan-review-\(UUID().uuidString).xml"
        ).path
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        do {
            try AtomicFile.write(bytes, to: scratch)
            if kind == "rubric" { _ = try Rubric.load(path: scratch) } else { _ = try CallRules.load(path: scratch) }
            return nil
        } catch {
            return error
        }
    }

    /// Two reviewed plans side by side: their rows of `review.csv` (score, gates, each criterion)
    /// and `fundplan compare`'s table of their sources and figures.
    func reviewComparison(_ request: Request, language: Language) -> Response {
        let say = Say(language)
        let known = Set(reviewFiles())
        let chosen = FormBody(request.uri.query ?? "").all("plan").filter(known.contains)
        let table = reviewTable()
        guard chosen.count == 2, table.header.count > 4 else {
            return reviewProblem(
                DiagnosticsError([
                    Diagnostic(
                        severity: .error,
                        message: say(
                            "Kies twee beoordeelde plannen om naast elkaar te zetten.",
                            "Choose two reviewed plans to put side by side."), file: "review")
                ]), language: language, status: .badRequest)
        }
        let rows = chosen.map { file in
            table.rows.first { ($0.count > 3 ? ($0[3] as NSString).lastPathComponent : "") == file } ?? []
        }
        let names = criterionNames(language)
        var lines: [[String: Any]] = []
        func add(_ label: String, _ cells: [String]) {
            lines.append(["label": label, "cells": cells, "differs": cells.count == 2 && cells[0] != cells[1]])
        }
        // The ranking's figures (review.csv), then each criterion's score with its evidence and each
        // gate with its reason, as review.xml records them.
        let fixed = ["rank", "name", "score", "budget", "requested", "cofinancing", "own_share_bp"]
        for column in fixed {
            guard let index = table.header.firstIndex(of: column) else { continue }
            add(names[column] ?? column, rows.map { $0.indices.contains(index) ? $0[index] : "–" })
        }
        let (rubric, call) = chosenRules()
        let reviews = chosen.map { file in
            rubric.flatMap {
                try? PlanReview.review(path: store.path("review/\(file)"), rubric: $0, call: call, language: language)
            }
        }
        for criterion in rubric?.criteria ?? [] {
            add(
                names[criterion.id] ?? criterion.id,
                reviews.map { review in
                    guard let result = review?.criteria.first(where: { $0.id == criterion.id }) else { return "–" }
                    let score = result.score.map { "\($0)/5" } ?? say("niet van toepassing", "not applicable")
                    return ([score] + result.evidence).joined(separator: " · ")
                })
        }
        for (index, gate) in (reviews.compactMap { $0 }.first?.gates ?? []).enumerated() {
            add(
                say("Poortcriterium", "Gate") + " " + gate.id,
                reviews.map { review in
                    guard let result = review?.gates.indices.contains(index) == true ? review?.gates[index] : nil else {
                        return "–"
                    }
                    return (result.passed ? say("gehaald: ", "passed: ") : say("niet gehaald: ", "not passed: "))
                        + result.text
                })
        }
        let compared =
            (try? PlanComparison.text(paths: chosen.map { store.path("review/\($0)") }, language: language)) ?? ""
        let body = pages.render(
            "review-compare",
            ["t": PageTexts.texts(language), "columns": chosen, "lines": lines, "compared": compared])
        return Reply.html(
            pages.page(
                language: language, title: say("Twee plannen naast elkaar", "Two plans side by side"), body: body,
                current: "review", networkName: ""))
    }
}
