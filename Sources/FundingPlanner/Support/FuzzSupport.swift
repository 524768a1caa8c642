internal import FundingPlannerText

/// Entry points for the fuzz targets into internal pipelines.
public enum FuzzSupport {
    /// Tokenises and stems `text` in Dutch and in English; returns the number of stems.
    public static func stems(_ text: String) -> Int {
        let analyzer = TextAnalyzer()
        return analyzer.stems(text, language: .dutch).count + analyzer.stems(text, language: .english).count
    }
}
