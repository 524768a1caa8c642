import Foundation
internal import FundingPlannerXML
import Synchronization

/// Who a report is for: the network itself, or a funder reading a grant application.
public enum ReportAudience: String, Sendable, Hashable, CaseIterable {
    /// The network's own full report: findings, risks, simulation, solver and input digests.
    case team
    /// What a grant application needs: partners, activities, budget per category, income
    /// requested and expected, co-financing, indicators and added value; no internal diagnostics.
    case funder
}

/// Renders a plan file as one self-contained HTML page with the XSLT stylesheets in `reports/`
/// (or a funder's own stylesheet), in-process with libxslt.
///
/// The plan is validated against `plan-1.xsd` while it is read; stylesheets are compiled once
/// and reused; transformations may run on several threads at once.
public enum ReportRenderer {
    /// The HTML page for the plan at `planPath`.
    ///
    /// - Parameters:
    ///   - planPath: The `plan.xml` file to render.
    ///   - language: The labels' language (ignored with a custom stylesheet).
    ///   - audience: Who the report is for (ignored with a custom stylesheet).
    ///   - stylesheet: A custom XSLT 1.0 stylesheet; it may include the files of `reports/`.
    /// - Returns: The HTML page the stylesheet makes from the plan.
    /// - Throws: ``DiagnosticsError`` when the plan is invalid or the stylesheet fails.
    public static func html(
        planPath: String, language: Language, audience: ReportAudience = .team, stylesheet: String? = nil
    ) throws(DiagnosticsError) -> String {
        try render(
            DocumentReader.tree(path: planPath, kind: .plan), named: planPath, language: language,
            audience: audience, stylesheet: stylesheet)
    }

    /// The HTML page for the plan at `planPath` as the UTF-8 bytes to write to a file: the same
    /// page as ``html(planPath:language:audience:stylesheet:)``, without making a `String` of it.
    ///
    /// - Parameters:
    ///   - planPath: The `plan.xml` file to render.
    ///   - language: The labels' language (ignored with a custom stylesheet).
    ///   - audience: Who the report is for (ignored with a custom stylesheet).
    ///   - stylesheet: A custom XSLT 1.0 stylesheet; it may include the files of `reports/`.
    /// - Returns: The page's bytes, in the stylesheet's output encoding (UTF-8 for the shipped ones).
    /// - Throws: ``DiagnosticsError`` when the plan is invalid or the stylesheet fails.
    public static func htmlBytes(
        planPath: String, language: Language, audience: ReportAudience = .team, stylesheet: String? = nil
    ) throws(DiagnosticsError) -> [UInt8] {
        try report(planPath: planPath, language: language, audience: audience, stylesheet: stylesheet).bytes
    }

    /// The page of ``htmlBytes(planPath:language:audience:stylesheet:)``, with the language the
    /// plan's own texts are in (to tell the reader when it is not the labels').
    ///
    /// - Parameters:
    ///   - planPath: The `plan.xml` file to render.
    ///   - language: The labels' language (ignored with a custom stylesheet).
    ///   - audience: Who the report is for (ignored with a custom stylesheet).
    ///   - stylesheet: A custom XSLT 1.0 stylesheet; it may include the files of `reports/`.
    /// - Returns: The page's bytes and the plan's text language (`nil` with a custom stylesheet).
    /// - Throws: ``DiagnosticsError`` when the plan is invalid or the stylesheet fails.
    public static func report(
        planPath: String, language: Language, audience: ReportAudience = .team, stylesheet: String? = nil
    ) throws(DiagnosticsError) -> RenderedReport {
        let document = try DocumentReader.tree(path: planPath, kind: .plan)
        let bytes = try render(
            document, named: planPath, language: language, audience: audience, stylesheet: stylesheet
        ) { compiled, document, name throws(XMLDiagnosticList) in
            try compiled.transformedBytes(document, displayName: name)
        }
        return RenderedReport(
            bytes: bytes, labelLanguage: language,
            planLanguage: stylesheet == nil ? RenderedReport.planLanguage(of: document) : nil)
    }

    /// The HTML page for a plan document held in memory (`planXML`, as ``PlanXMLWriter`` wrote
    /// it), validated exactly as a file would be.
    ///
    /// - Parameters:
    ///   - planXML: The plan document's text.
    ///   - displayName: How diagnostics name the document.
    ///   - language: The labels' language (ignored with a custom stylesheet).
    ///   - audience: Who the report is for (ignored with a custom stylesheet).
    ///   - stylesheet: A custom XSLT 1.0 stylesheet; it may include the files of `reports/`.
    /// - Returns: The HTML page the stylesheet makes from the plan.
    /// - Throws: ``DiagnosticsError`` when the plan is invalid or the stylesheet fails.
    public static func html(
        planXML: String, displayName: String, language: Language, audience: ReportAudience = .team,
        stylesheet: String? = nil
    ) throws(DiagnosticsError) -> String {
        let document = try DocumentReader.tree(path: displayName, bytes: Array(planXML.utf8), kind: .plan)
        return try render(
            document, named: displayName, language: language, audience: audience, stylesheet: stylesheet)
    }

    /// Transforms `document` with the custom or built-in stylesheet, serialised by `serialise`
    /// (the page as a string unless told otherwise).
    private static func render<Output>(
        _ document: OwnedXMLDocument, named displayName: String, language: Language, audience: ReportAudience,
        stylesheet: String?,
        serialise: (CompiledStylesheet, OwnedXMLDocument, String) throws(XMLDiagnosticList) -> Output = {
            compiled, document, name throws(XMLDiagnosticList) in try compiled.transform(document, displayName: name)
        }
    ) throws(DiagnosticsError) -> Output {
        let compiled =
            if let stylesheet { try custom(stylesheet) } else { try builtIn(language, audience: audience) }
        do {
            return try serialise(compiled, document, displayName)
        } catch {
            throw DiagnosticsError(error.diagnostics.map(Diagnostic.init))
        }
    }

    private static let cache = Mutex<[String: CompiledStylesheet]>([:])

    /// The shipped stylesheet for `language` and `audience`, compiled on first use.
    static func builtIn(_ language: Language, audience: ReportAudience = .team) throws(DiagnosticsError)
        -> CompiledStylesheet
    {
        try compiledStylesheet(BuiltInResources.path(stylesheetPath(language, audience: audience)))
    }

    /// The shipped stylesheet's path under the resources for `language` and `audience`.
    static func stylesheetPath(_ language: Language, audience: ReportAudience) -> String {
        switch audience {
        case .team: "reports/plan-\(language.rawValue).xsl"
        case .funder: "reports/plan-funder-\(language.rawValue).xsl"
        }
    }

    static func custom(_ path: String) throws(DiagnosticsError) -> CompiledStylesheet {
        guard FileManager.default.isReadableFile(atPath: path) else {
            throw DiagnosticsError([
                Diagnostic(
                    severity: .error, message: "cannot read the stylesheet; check the path given to --stylesheet",
                    file: path, isInputOutput: true)
            ])
        }
        return try compiledStylesheet(URL(fileURLWithPath: path).standardizedFileURL.path)
    }

    static func compiledStylesheet(_ path: String) throws(DiagnosticsError) -> CompiledStylesheet {
        if let known = cache.withLock({ $0[path] }) { return known }
        if let folder = try? BuiltInResources.path("reports") {
            LibXML2Runtime.allowExternalFiles(BuiltInResources.files(in: folder, endingIn: ".xsl"))
        }
        do {
            let stylesheet = try CompiledStylesheet.compile(path: path)
            cache.withLock { $0[path] = stylesheet }
            return stylesheet
        } catch {
            throw DiagnosticsError(error.diagnostics.map(Diagnostic.init))
        }
    }
}
