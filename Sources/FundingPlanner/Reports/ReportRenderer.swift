import Foundation
internal import FundingPlannerXML
internal import FundingPlannerResources
import Synchronization

/// Renders a plan file as one self-contained HTML page with the XSLT stylesheets in `reports/`
/// (or a funder's own stylesheet), in-process with libxslt.
///
/// The plan is validated against `plan-1.xsd` while it is read; stylesheets are compiled once
/// and reused; transformations may run on several threads at once.
public enum ReportRenderer {
    /// The HTML page for the plan at `planPath`.
    ///
    /// - Parameters:
    ///   - language: the labels' language (ignored with a custom stylesheet).
    ///   - stylesheet: a custom XSLT 1.0 stylesheet; it may include the files of `reports/`.
    /// - Throws: ``DiagnosticsError`` when the plan is invalid or the stylesheet fails.
    public static func html(planPath: String, language: Language, stylesheet: String? = nil) throws(DiagnosticsError) -> String {
        let compiled: CompiledStylesheet
        if let stylesheet {
            compiled = try custom(stylesheet)
        } else {
            compiled = try builtIn(language)
        }
        let schemas = try SchemaSet.load()
        let kind = DocumentKind.plan
        let read = XMLRecordReader.readTree(
            path: planPath, displayName: planPath, schema: try schemas.schema(for: kind),
            expectedRoot: XMLName(namespace: kind.namespace, localName: kind.rootElement),
            limits: DocumentLimits.xml(kind)
        )
        guard let document = read.document else { throw DiagnosticsError(read.diagnostics.map(Diagnostic.init)) }
        do {
            return try compiled.transform(document, displayName: planPath)
        } catch {
            throw DiagnosticsError(error.diagnostics.map(Diagnostic.init))
        }
    }

    private static let cache = Mutex<[String: CompiledStylesheet]>([:])

    /// The shipped stylesheet for `language`, compiled on first use.
    static func builtIn(_ language: Language) throws(DiagnosticsError) -> CompiledStylesheet {
        guard let root = ResourceLocation.root else {
            throw DiagnosticsError([Diagnostic(severity: .error, message: "cannot find the report stylesheets; keep the folder \(ResourceLocation.bundleFolderName) next to the fundplan binary", file: "fundplan", isInputOutput: true)])
        }
        return try compiledStylesheet(root.appendingPathComponent("reports/plan-\(language.rawValue).xsl").path)
    }

    static func custom(_ path: String) throws(DiagnosticsError) -> CompiledStylesheet {
        guard FileManager.default.isReadableFile(atPath: path) else {
            throw DiagnosticsError([Diagnostic(severity: .error, message: "cannot read the stylesheet; check the path given to --stylesheet", file: path, isInputOutput: true)])
        }
        return try compiledStylesheet(URL(fileURLWithPath: path).standardizedFileURL.path)
    }

    static func compiledStylesheet(_ path: String) throws(DiagnosticsError) -> CompiledStylesheet {
        if let known = cache.withLock({ $0[path] }) { return known }
        if let root = ResourceLocation.root {
            let folder = root.appendingPathComponent("reports")
            let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
            LibXML2Runtime.allowExternalFiles(names.filter { $0.hasSuffix(".xsl") }.map { folder.appendingPathComponent($0).path })
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
