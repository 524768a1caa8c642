import Foundation
import FundingPlanner
import Hummingbird

/// The plan's files in `outputs/`, made with the functions the CLI calls: `fundplan plan` (the
/// folder), `fundplan report --docx` (the Word document), `fundplan dossier` (the ZIP) and
/// `fundplan report --pdf` (both audiences printed by a headless Chromium).
extension Workspace {
    /// Files made from one plan; all are removed before a new plan is written, so that no download
    /// belongs to an older plan.
    static let derivedFiles = ["plan.pdf", "plan-funder.pdf", "plan-funder.docx", "dossier.zip"]

    /// Writes the plan's folder, its Word document and its dossier, each atomically.
    func writePlanFiles(_ plan: FundingPlan, language: Language) throws {
        let outputs = store.path("outputs")
        for name in Self.derivedFiles { try? FileManager.default.removeItem(atPath: "\(outputs)/\(name)") }
        _ = try PlanFolder.write(
            plan, to: outputs,
            options: .init(
                language: language, csvLocale: language == .nl ? .dutch : .international, printsPDF: false,
                csvByteOrderMark: true))
        let planPath = "\(outputs)/plan.xml"
        try AtomicFile.write(
            WordDocument.data(planPath: planPath, language: language), to: "\(outputs)/plan-funder.docx")
        try AtomicFile.write(Dossier.make(planPath: planPath), to: "\(outputs)/dossier.zip")
    }

    /// `POST /pdf`: prints `plan.html` and `plan-funder.html` to PDF, or says why it cannot.
    func printPDFs(_ request: Request, context: WorkspaceContext) async throws -> Response {
        let language = Workspace.language(request)
        let say = Say(language)
        _ = try await Self.formBody(request, context: context)
        let outputs = store.path("outputs")
        func problem(_ lines: [String], status: HTTPResponse.Status) -> Response {
            let items = lines.map { "<li>" + Self.escape($0) + "</li>" }.joined()
            return Reply.html(
                pages.page(
                    language: language, title: say("Geen PDF gemaakt", "No PDF made"),
                    body: "<ul class=\"changes\">\(items)</ul><p><a href=\"/downloads\">"
                        + say("Terug naar de downloads", "Back to the downloads") + "</a></p>",
                    current: "downloads", networkName: ""),
                status: status)
        }
        guard FileManager.default.fileExists(atPath: "\(outputs)/plan.html") else {
            return problem(
                [say("Maak eerst het financieringsplan.", "Make the funding plan first.")], status: .conflict)
        }
        guard PDFPrinter.browser != nil else {
            return problem(
                [
                    say(
                        "Een PDF maken vraagt een headless Chromium (het Debian-pakket chromium), en dat is op deze computer niet gevonden. Installeer chromium, of open plan.html en druk het vanuit je browser af naar PDF.",
                        "Making a PDF needs a headless Chromium (the Debian package chromium), which is not found on this computer. Install chromium, or open plan.html and print it to PDF from your browser."
                    )
                ], status: .serviceUnavailable)
        }
        let failure = await withCheckedContinuation { (continuation: CheckedContinuation<DiagnosticsError?, Never>) in
            // Chromium runs for a second or two: off the server's threads.
            DispatchQueue.global().async {
                do {
                    try PDFPrinter.print(htmlPath: "\(outputs)/plan.html", to: "\(outputs)/plan.pdf")
                    try PDFPrinter.print(htmlPath: "\(outputs)/plan-funder.html", to: "\(outputs)/plan-funder.pdf")
                    continuation.resume(returning: nil)
                } catch {
                    continuation.resume(returning: error as? DiagnosticsError ?? DiagnosticsError([]))
                }
            }
        }
        if let failure {
            return problem(failure.diagnostics.map { $0.message(in: language) }, status: .internalServerError)
        }
        return Reply.redirect("/downloads")
    }
}
