import Foundation
internal import FundingPlannerXML

/// The funder's version of a plan as an editable Word document (Office Open XML, `.docx`).
///
/// `word/document.xml` and `word/header1.xml` come from the plan through the XSLT stylesheets
/// `reports/plan-docx-LANG.xsl` and `reports/plan-docx-header-LANG.xsl`; styles (with real
/// Heading 1 and Heading 2), settings, the footer with page numbers, the relationships and the
/// content types are the static files of `reports/docx/`. The parts are zipped by ``ZipPackage``
/// in a fixed order with fixed dates, so the same plan gives the same bytes.
public enum WordDocument {
    /// The Word document of the plan at `planPath`, in `language`.
    ///
    /// - Throws: ``DiagnosticsError`` when the plan is invalid or a part cannot be made.
    public static func data(planPath: String, language: Language) throws(DiagnosticsError) -> [UInt8] {
        try report(planPath: planPath, language: language).bytes
    }

    /// The Word document of the plan at `planPath`, in `language`, with the language the plan's
    /// own texts are in (to tell the reader when it is not the labels').
    ///
    /// - Throws: ``DiagnosticsError`` when the plan is invalid or a part cannot be made.
    public static func report(planPath: String, language: Language) throws(DiagnosticsError) -> RenderedReport {
        let document = try DocumentReader.tree(path: planPath, kind: .plan)
        return RenderedReport(
            bytes: try package(document, named: planPath, language: language), labelLanguage: language,
            planLanguage: RenderedReport.planLanguage(of: document))
    }

    /// The Word document of a plan held in memory (`planXML`, as ``PlanXMLWriter`` wrote it).
    ///
    /// - Throws: ``DiagnosticsError`` when the plan is invalid or a part cannot be made.
    public static func data(planXML: String, displayName: String, language: Language) throws(DiagnosticsError)
        -> [UInt8]
    {
        try package(
            DocumentReader.tree(path: displayName, bytes: Array(planXML.utf8), kind: .plan), named: displayName,
            language: language)
    }

    /// The archive's parts: (path in the archive, file under `reports/docx/`) for the static ones.
    static let staticParts = [
        ("[Content_Types].xml", "content-types.xml"), ("_rels/.rels", "package-rels.xml"),
        ("word/_rels/document.xml.rels", "document-rels.xml"), ("word/styles.xml", "styles.xml"),
        ("word/settings.xml", "settings.xml"), ("word/footer1.xml", "footer1.xml"),
    ]

    private static func package(_ document: OwnedXMLDocument, named name: String, language: Language)
        throws(DiagnosticsError) -> [UInt8]
    {
        func transform(_ stylesheet: String) throws(DiagnosticsError) -> [UInt8] {
            let compiled = try ReportRenderer.compiledStylesheet(
                BuiltInResources.path("reports/\(stylesheet)-\(language.rawValue).xsl"))
            do {
                return Array(try compiled.transform(document, displayName: name).utf8)
            } catch {
                throw DiagnosticsError(error.diagnostics.map(Diagnostic.init))
            }
        }
        var entries: [ZipPackage.Entry] = []
        for (path, file) in staticParts.prefix(3) {
            entries.append(ZipPackage.Entry(path: path, bytes: try resource(file)))
        }
        entries.append(ZipPackage.Entry(path: "word/document.xml", bytes: try transform("plan-docx")))
        for (path, file) in staticParts.dropFirst(3) {
            entries.append(ZipPackage.Entry(path: path, bytes: try resource(file)))
        }
        entries.append(ZipPackage.Entry(path: "word/header1.xml", bytes: try transform("plan-docx-header")))
        return try ZipPackage.archive(entries, name: name)
    }

    private static func resource(_ file: String) throws(DiagnosticsError) -> [UInt8] {
        let path = try BuiltInResources.path("reports/docx/\(file)")
        guard let data = FileManager.default.contents(atPath: path) else {
            throw DiagnosticsError([
                Diagnostic(
                    severity: .error, message: "cannot read a part of the Word template; reinstall fundplan",
                    file: path, isInputOutput: true)
            ])
        }
        return Array(data)
    }
}
