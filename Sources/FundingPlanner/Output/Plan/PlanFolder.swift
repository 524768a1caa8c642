import Foundation

/// Writes a plan's folder, as `fundplan plan` does, for any caller of the library.
///
/// The folder holds `plan.xml`, `plan.html` (the network's own report, audience `team`),
/// `plan-funder.html` (the funder's version, audience `funder`), `budget.csv`, `milestones.ics`
/// and, when asked, `plan.pdf` and `plan-funder.pdf`.
///
/// Each file is replaced atomically; a failure leaves the files written before it complete and
/// no partial file. The HTML is rendered from the plan document in memory, validated against
/// `plan-1.xsd` exactly as `fundplan report` validates a file.
public enum PlanFolder {
    /// What to write besides the plan document.
    public struct Options: Sendable {
        /// The language of the HTML report.
        public var language: Language
        /// The spreadsheet convention of `budget.csv`.
        public var csvLocale: BudgetCSV.Locale
        /// Also print both reports to `plan.pdf` and `plan-funder.pdf` with a headless Chromium.
        public var printsPDF: Bool
        /// Start `budget.csv` with a UTF-8 byte-order mark, so that Excel shows "comité" correctly.
        public var csvByteOrderMark: Bool

        /// Options for a report in `language`, an international CSV with a byte-order mark and no
        /// PDF unless asked.
        public init(
            language: Language, csvLocale: BudgetCSV.Locale = .international, printsPDF: Bool = false,
            csvByteOrderMark: Bool = true
        ) {
            self.language = language
            self.csvLocale = csvLocale
            self.printsPDF = printsPDF
            self.csvByteOrderMark = csvByteOrderMark
        }
    }

    /// The names of the files a plan folder holds (without the optional PDF).
    public static let fileNames = ["plan.xml", "plan.html", "plan-funder.html", "budget.csv", "milestones.ics"]

    /// Writes `plan` into `folder` (created if needed).
    ///
    /// - Returns: the paths written, in order.
    /// - Throws: ``DiagnosticsError`` when a file cannot be written or the report cannot be made.
    public static func write(_ plan: FundingPlan, to folder: String, options: Options) throws(DiagnosticsError)
        -> [String]
    {
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw DiagnosticsError([
                Diagnostic(
                    severity: .error, message: "cannot create the folder; choose one you may write to", file: folder,
                    isInputOutput: true)
            ])
        }
        let file = { (name: String) in (folder as NSString).appendingPathComponent(name) }
        let document = PlanXMLWriter.document(plan)
        try AtomicFile.write(document, to: file("plan.xml"))
        try AtomicFile.write(
            ReportRenderer.html(planXML: document, displayName: file("plan.xml"), language: options.language),
            to: file("plan.html"))
        try AtomicFile.write(
            ReportRenderer.html(
                planXML: document, displayName: file("plan.xml"), language: options.language, audience: .funder),
            to: file("plan-funder.html"))
        try AtomicFile.write(
            (options.csvByteOrderMark ? CSVWriter.byteOrderMark : "") + BudgetCSV.text(plan, locale: options.csvLocale),
            to: file("budget.csv"))
        try AtomicFile.write(MilestoneCalendar.text(plan), to: file("milestones.ics"))
        var written = fileNames.map(file)
        if options.printsPDF {
            try PDFPrinter.print(htmlPath: file("plan.html"), to: file("plan.pdf"))
            try PDFPrinter.print(htmlPath: file("plan-funder.html"), to: file("plan-funder.pdf"))
            written += [file("plan.pdf"), file("plan-funder.pdf")]
        }
        return written
    }
}
