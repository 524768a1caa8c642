import Foundation

/// Text search over the catalogue: a model matches when its id, name or description, in Dutch or
/// English, holds every word of the query (case and accents ignored).
public enum CatalogueSearch {
    /// Whether `model` matches `query`.
    public static func matches(_ model: RevenueModel, _ query: String) -> Bool {
        let words = fold(query).split(separator: " ").map(String.init)
        guard !words.isEmpty else { return true }
        let haystack = fold(
            ([model.id] + model.name.entries.map(\.text) + model.description.entries.map(\.text)).joined(separator: " ")
        )
        return words.allSatisfy { haystack.contains($0) }
    }

    private static func fold(_ text: String) -> String {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    }
}
