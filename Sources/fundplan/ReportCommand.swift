public import ArgumentParser
import Foundation
public import FundingPlanner

/// `fundplan report PLAN.xml -o FILE.html`: re-render a plan as a web page (and PDF).
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Render a plan as one self-contained web page (and, with --pdf, an A4 PDF) or a Word document.",
        discussion: """
            The page needs no internet and no JavaScript; print it from any browser, or use --pdf. \
            --audience team (the default) is the network's own full report; --audience funder is the \
            version for a grant application, without internal diagnostics. --docx writes the funder's \
            version as an editable Word document instead.
            Example: fundplan report plan-output/plan.xml -o plan.html --lang en --audience funder --pdf
            Example: fundplan report plan-output/plan.xml -o plan.docx --docx
            """
    )

    @OptionGroup var language: LanguageOption

    @Argument(help: ArgumentHelp("The plan (plan.xml written by fundplan plan).", valueName: "plan"))
    var plan: String

    @Option(name: [.short, .customLong("output")], help: ArgumentHelp("The HTML file to write.", valueName: "file"))
    var output: String

    @Option(help: "Who the report is for: team (the network's full report) or funder (for a grant application).")
    var audience: ReportAudience?

    @Flag(help: "Write the funder's version as an editable Word document; -o then ends in .docx.")
    var docx = false

    @Option(help: ArgumentHelp("Your own XSLT 1.0 stylesheet instead of the built-in one.", valueName: "file.xsl"))
    var stylesheet: String?

    @Flag(help: "Also print the page to an A4 PDF next to it (needs a headless Chromium).")
    var pdf = false

    @Flag(help: "Replace the output files if they exist.")
    var force = false

    private var pdfPath: String { String(output.dropLast(output.hasSuffix(".htm") ? 4 : 5)) + ".pdf" }

    func validate() throws {
        if docx {
            guard output.hasSuffix(".docx") else {
                throw ValidationError("with --docx, -o needs a file name ending in .docx")
            }
            if pdf || stylesheet != nil || audience == .team {
                throw ValidationError(
                    "--docx writes the funder's version: leave out --pdf, --stylesheet and --audience team")
            }
        } else {
            guard output.hasSuffix(".html") || output.hasSuffix(".htm") else {
                throw ValidationError("-o needs a file name ending in .html (or .docx with --docx)")
            }
        }
        if output == plan || output == stylesheet {
            throw ValidationError("the output file would overwrite an input; choose another path")
        }
        for file in [output] + (pdf ? [pdfPath] : []) where FileManager.default.fileExists(atPath: file) && !force {
            throw ValidationError("\(file) exists already; add --force to replace it, or choose another file with -o")
        }
    }

    func run() throws {
        do {
            let report =
                docx
                ? try WordDocument.report(planPath: plan, language: language.lang)
                : try ReportRenderer.report(
                    planPath: plan, language: language.lang, audience: audience ?? .team, stylesheet: stylesheet)
            try AtomicFile.write(report.bytes, to: output)
            if pdf {
                try PDFPrinter.print(htmlPath: output, to: pdfPath)
            }
            let written = [output] + (pdf ? [pdfPath] : [])
            StandardOutput.write(
                (language.lang == .nl ? "Geschreven: " : "Written: ") + written.joined(separator: ", ") + "\n")
            if let notice = report.languageNotice(file: plan) { Terminal.report([notice]) }
        } catch {
            throw Terminal.fail(error)
        }
    }
}

extension ReportAudience: ExpressibleByArgument {}
