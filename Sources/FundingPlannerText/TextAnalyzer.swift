/// The languages the text pipeline stems.
package enum TextLanguage: String, Sendable, Hashable, CaseIterable {
    case dutch = "nl"
    case english = "en"

    var snowballAlgorithm: String {
        switch self {
        case .dutch: "dutch"
        case .english: "english"
        }
    }
}

/// One analysed word: the word as written (lower case) and its stem.
package struct AnalyzedTerm: Sendable, Hashable {
    package var word: String
    package var stem: String

    package init(word: String, stem: String) {
        self.word = word
        self.stem = stem
    }
}

/// One word of a text with its stem, and whether it is a stop word.
package struct AnalyzedToken: Sendable, Hashable {
    package var word: String
    package var stem: String
    package var isStopWord: Bool
}

/// Turns text into stems for comparison: tokenise, lower-case, drop stop words, stem.
///
/// Holds one Snowball stemmer per language, so an analyzer must not be shared between threads
/// (make one per thread; they are cheap).
package final class TextAnalyzer {
    private var stemmers: [TextLanguage: SnowballStemmer] = [:]
    private var cache: [TextLanguage: [String: String]] = [:]

    package init() {}

    /// The content terms of `text`, in order, stop words removed.
    package func terms(_ text: String, language: TextLanguage) -> [AnalyzedTerm] {
        Tokenizer.words(in: text).compactMap { word in
            guard word.count >= 2, !StopWords.contains(word, language: language) else { return nil }
            return AnalyzedTerm(word: word, stem: stem(word, language: language))
        }
    }

    /// Every word of `text` in order, stop words included and marked, each with its stem.
    ///
    /// Words of one letter count as stop words, as ``terms(_:language:)`` leaves them out.
    package func tokens(_ text: String, language: TextLanguage) -> [AnalyzedToken] {
        Tokenizer.words(in: text).map { word in
            AnalyzedToken(
                word: word, stem: stem(word, language: language),
                isStopWord: word.count < 2 || StopWords.contains(word, language: language))
        }
    }

    /// The stems of `text`'s content words.
    package func stems(_ text: String, language: TextLanguage) -> [String] {
        terms(text, language: language).map(\.stem)
    }

    private func stem(_ word: String, language: TextLanguage) -> String {
        if let known = cache[language]?[word] { return known }
        let stemmer: SnowballStemmer? =
            stemmers[language]
            ?? {
                let made = SnowballStemmer(algorithm: language.snowballAlgorithm)
                stemmers[language] = made
                return made
            }()
        let result = stemmer?.stem(word) ?? word
        if (cache[language]?.count ?? 0) < 50_000 { cache[language, default: [:]][word] = result }
        return result
    }
}

/// Splits text into lower-case words: runs of letters and digits; hyphens and apostrophes
/// inside a word split it (co-creatie → co, creatie).
package enum Tokenizer {
    package static func words(in text: String) -> [String] {
        var words: [String] = []
        var current = ""
        for character in text.lowercased() {
            if character.isLetter || character.isNumber {
                current.append(character)
            } else if !current.isEmpty {
                words.append(current)
                current = ""
            }
        }
        if !current.isEmpty { words.append(current) }
        return words
    }
}
