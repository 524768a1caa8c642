import Foundation
internal import FundingPlannerXML

/// Renders a review document with `reports/review-nl.xsl` or `review-en.xsl`.
enum ReviewPage {
    /// The HTML page for a review document held in memory (as ``ReviewOutputWriter`` wrote it).
    static func html(reviewXML: String, displayName: String, language: Language) throws(DiagnosticsError) -> String {
        let stylesheet = try ReportRenderer.compiledStylesheet(
            BuiltInResources.path("reports/review-\(language.rawValue).xsl"))
        let document = try DocumentReader.tree(
            path: displayName, bytes: Array(reviewXML.utf8), kind: .review, validated: false)
        do {
            return try stylesheet.transform(document, displayName: displayName)
        } catch {
            throw DiagnosticsError(error.diagnostics.map(Diagnostic.init))
        }
    }
}
