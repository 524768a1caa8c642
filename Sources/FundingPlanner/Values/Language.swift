/// The languages FundingPlanner writes and reads: Dutch first, then English.
public enum Language: String, Sendable, Hashable, CaseIterable, Codable {
    /// Dutch (`nl`), the language of the Flemish networks and the default.
    case nl
    /// English (`en`).
    case en
}

/// A text in one or more languages, as written with `xml:lang`.
public struct LocalizedText: Sendable, Hashable {
    /// The texts in document order, each with its language tag as written (`nl`, `en`, `nl-BE`…).
    public var entries: [(language: String, text: String)] {
        get { storage.map { ($0.language, $0.text) } }
        set { storage = newValue.map { Entry(language: $0.language, text: $0.text) } }
    }

    private struct Entry: Sendable, Hashable {
        var language: String
        var text: String
    }

    private var storage: [Entry]

    /// A text with `entries` (language tag and text), in document order; no entries by default.
    public init(_ entries: [(language: String, text: String)] = []) {
        storage = entries.map { Entry(language: $0.language, text: $0.text) }
    }

    /// The text written exactly in `language` (or a regional variant such as `nl-BE`).
    public func exactly(_ language: Language) -> String? {
        storage.first { Self.primary($0.language) == language.rawValue }?.text
    }

    /// The text in `language`, else in the other supported language, else the first one.
    public func text(in language: Language) -> String {
        if let text = exactly(language) { return text }
        for other in Language.allCases where other != language {
            if let text = exactly(other) { return text }
        }
        return storage.first?.text ?? ""
    }

    /// The supported languages that have a text.
    public var languages: [Language] {
        Language.allCases.filter { exactly($0) != nil }
    }

    /// Whether no text is present at all.
    public var isEmpty: Bool { storage.isEmpty }

    static func primary(_ tag: String) -> String {
        String(tag.lowercased().prefix { $0 != "-" && $0 != "_" })
    }
}
