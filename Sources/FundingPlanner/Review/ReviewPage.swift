import Foundation
internal import FundingPlannerXML
internal import FundingPlannerResources

/// Renders a review document with `reports/review-nl.xsl` or `review-en.xsl`.
enum ReviewPage {
    static func html(reviewPath: String, language: Language) throws(DiagnosticsError) -> String {
        guard let root = ResourceLocation.root else {
            throw DiagnosticsError([Diagnostic(severity: .error, message: "cannot find the report stylesheets", file: "fundplan", isInputOutput: true)])
        }
        let stylesheet = try ReportRenderer.compiledStylesheet(root.appendingPathComponent("reports/review-\(language.rawValue).xsl").path)
        let read = XMLRecordReader.readTree(path: reviewPath, displayName: reviewPath, schema: nil, expectedRoot: nil, limits: DocumentLimits.xml(.review))
        guard let document = read.document else { throw DiagnosticsError(read.diagnostics.map(Diagnostic.init)) }
        do {
            return try stylesheet.transform(document, displayName: reviewPath)
        } catch {
            throw DiagnosticsError(error.diagnostics.map(Diagnostic.init))
        }
    }
}
