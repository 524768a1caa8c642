internal import FundingPlannerText

/// What a concept of the lexicon stands for: who, what is done, what changes, where, a theme, or
/// the partner's own gain.
public enum ConceptKind: String, Sendable, Hashable, CaseIterable {
    /// People a purpose serves (werkzoekenden, nieuwkomers, laaggeletterden…).
    case targetGroup = "target-group"
    /// Something participants do (koken, bedienen, herstellen, sorteren…).
    case activity
    /// What changes for the target group (werk vinden, Nederlands leren…).
    case outcome
    /// Where it happens (buurt, wijk, regio, ontmoetingsplek…).
    case place
    /// A field of work, as the catalogue's themes.
    case theme
    /// A partner's gain for its own organisation (visibility, subsidies, customers, staff).
    case selfInterest = "self-interest"

    /// The kind's name in `language`.
    public func label(_ language: Language) -> String {
        switch self {
        case .targetGroup: language == .nl ? "doelgroep" : "target group"
        case .activity: language == .nl ? "activiteit" : "activity"
        case .outcome: language == .nl ? "resultaat" : "outcome"
        case .place: language == .nl ? "plaats" : "place"
        case .theme: language == .nl ? "thema" : "theme"
        case .selfInterest: language == .nl ? "eigenbelang" : "self-interest"
        }
    }
}

/// One concept of the lexicon: its kind, labels, terms in Dutch and English, and broader concepts.
public struct Concept: Sendable, Hashable, Identifiable {
    /// The concept's identifier, for example `job-seekers`.
    public var id: String
    /// What the concept stands for.
    public var kind: ConceptKind
    /// Identifiers of broader concepts (SKOS `broader`); narrower links are their inverse.
    public var broader: [String]
    /// Whether the concept is too wide to say who or what a purpose is about ("iedereen").
    public var isBroad: Bool
    /// The concept's label in Dutch and English.
    public var label: LocalizedText
    /// The words and phrases that name the concept, each with its language tag.
    public var terms: [Term]
    /// Where the concept was defined.
    public var origin: SourcePosition

    /// A word or phrase of at most six words in one language.
    public struct Term: Sendable, Hashable {
        /// The language tag, `nl` or `en`.
        public var language: String
        /// The word or phrase as written.
        public var text: String

        /// A term `text` in the language tagged `language`.
        public init(language: String, text: String) {
            self.language = language
            self.text = text
        }
    }

    /// A concept with these fields.
    public init(
        id: String, kind: ConceptKind, broader: [String] = [], isBroad: Bool = false, label: LocalizedText,
        terms: [Term], origin: SourcePosition
    ) {
        self.id = id
        self.kind = kind
        self.broader = broader
        self.isBroad = isBroad
        self.label = label
        self.terms = terms
        self.origin = origin
    }
}

/// A concept recognised in a text, with its label in the output's language.
public struct RecognisedConcept: Sendable, Hashable {
    /// The concept's identifier.
    public var id: String
    /// The concept's kind.
    public var kind: ConceptKind
    /// The concept's label in the output's language.
    public var label: String
}

/// The concepts that texts are mapped to: target groups, activities, outcomes, places, themes and
/// self-interest, each with Dutch and English terms reduced by the Snowball stemmers.
///
/// Recognition is linear in the length of the text: at each word at most six phrase lengths are
/// looked up, both with the words as written and with stop words skipped (so "werk vinden" is
/// found in "werk te vinden"), the longest match wins, and a Dutch compound that no term names
/// is split into a known first and last part ("horecavaardigheden": horeca, vaardigheden) by
/// rolling hashes, without building a string per candidate part.
public struct ConceptLexicon: Sendable {
    /// Every concept, in the order first defined.
    public var concepts: [Concept] { storage.concepts }

    private let storage: Storage

    /// The built-in lexicon (`catalogues/lexicon/concepts.xml`), loaded on first use; empty when
    /// the installation lacks it.
    public static let builtIn: ConceptLexicon = (try? LexiconLoader().load().lexicon) ?? ConceptLexicon(concepts: [])

    /// A lexicon of `concepts`; a later concept with the id of an earlier one replaces it.
    public init(concepts: [Concept]) {
        storage = Storage(concepts: concepts)
    }

    /// The concept with this id.
    public func concept(id: String) -> Concept? {
        storage.index[id].map { storage.concepts[$0] }
    }

    /// This lexicon with the concepts of `other` added (replacing those with the same id).
    public func merging(_ other: ConceptLexicon) -> ConceptLexicon {
        ConceptLexicon(concepts: concepts + other.concepts)
    }

    /// The concept `id` as recognised, labelled in `language`.
    func recognised(_ position: Int, language: Language) -> RecognisedConcept {
        let concept = storage.concepts[position]
        return RecognisedConcept(id: concept.id, kind: concept.kind, label: concept.label.text(in: language))
    }

    /// The concept at `position`.
    func concept(at position: Int) -> Concept {
        storage.concepts[position]
    }

    /// The number of concepts.
    var count: Int { storage.concepts.count }

    /// The positions of the concepts directly broader than the concept at `position`.
    func parents(_ position: Int) -> [Int] {
        storage.parents[position]
    }

    /// The concept at `position` and its broader concepts up to `depth` steps up, leaving out
    /// broad concepts and, when `themes` is false, themes.
    func expanded(_ position: Int, depth: Int, themes: Bool = true) -> [Int] {
        var result = [position]
        var frontier = [position]
        for _ in 0..<depth {
            var next: [Int] = []
            for item in frontier {
                for parent in storage.parents[item] where !result.contains(parent) {
                    let concept = storage.concepts[parent]
                    guard !concept.isBroad, themes || concept.kind != .theme else { continue }
                    result.append(parent)
                    next.append(parent)
                }
            }
            frontier = next
        }
        return result
    }

    /// The concepts named in `text` (in the language tagged `tag`), in order and with repeats,
    /// and the content words no concept covers.
    func recognise(_ text: String, languageTag tag: String, analyzer: TextAnalyzer) -> ConceptText {
        guard let language = TextLanguage(tag: tag) else { return ConceptText() }
        return recognise(analyzer.tokens(text, language: language), language: language)
    }

    /// The concepts named in `tokens` of `language`, and the content words no concept covers.
    func recognise(_ tokens: [AnalyzedToken], language: TextLanguage) -> ConceptText {
        var result = ConceptText()
        guard let index = storage.languages[language] else {
            result.leftover = tokens.filter { !$0.isStopWord }.map { AnalyzedTerm(word: $0.word, stem: $0.stem) }
            return result
        }
        var position = 0
        while position < tokens.count {
            var bestEnd = position
            var bestConcepts: [Int] = []
            // One word as written: "ouderen" (older people) and "ouders" (parents) share a stem.
            if let found = index.words[tokens[position].word] {
                bestEnd = position + 1
                bestConcepts = found
            }
            // Words as written, stop words included.
            var key = ""
            for end in position..<min(tokens.count, position + Storage.maximumTermWords) {
                key += (end == position ? "" : Storage.separator) + tokens[end].stem
                guard index.rawPrefixes.contains(key) else { break }
                if let found = index.rawPhrases[key], end + 1 > bestEnd {
                    bestEnd = end + 1
                    bestConcepts = found
                }
            }
            // Content words only, stop words between them skipped.
            if !tokens[position].isStopWord {
                key = ""
                var words = 0
                var end = position
                while end < tokens.count && words < Storage.maximumTermWords {
                    if !tokens[end].isStopWord {
                        key += (words == 0 ? "" : Storage.separator) + tokens[end].stem
                        words += 1
                        guard index.contentPrefixes.contains(key) else { break }
                        if let found = index.contentPhrases[key], end + 1 > bestEnd {
                            bestEnd = end + 1
                            bestConcepts = found
                        }
                    }
                    end += 1
                }
            }
            if bestEnd > position {
                result.concepts += bestConcepts
                position = bestEnd
                continue
            }
            let token = tokens[position]
            position += 1
            guard !token.isStopWord else { continue }
            let parts = index.compoundParts(word: token.word, stem: token.stem)
            if parts.isEmpty {
                result.leftover.append(AnalyzedTerm(word: token.word, stem: token.stem))
            } else {
                result.concepts += parts
            }
        }
        return result
    }

    private final class Storage: Sendable {
        static let maximumTermWords = 6
        static let separator = "\u{1F}"

        let concepts: [Concept]
        let index: [String: Int]
        let parents: [[Int]]
        let languages: [TextLanguage: LanguageIndex]

        init(concepts given: [Concept]) {
            var concepts: [Concept] = []
            var index: [String: Int] = [:]
            for concept in given {
                if let known = index[concept.id] {
                    concepts[known] = concept
                } else {
                    index[concept.id] = concepts.count
                    concepts.append(concept)
                }
            }
            self.concepts = concepts
            self.index = index
            parents = concepts.map { concept in
                var seen: [Int] = []
                for id in concept.broader {
                    if let parent = index[id], parent != index[concept.id], !seen.contains(parent) {
                        seen.append(parent)
                    }
                }
                return seen
            }
            let analyzer = TextAnalyzer()
            var languages: [TextLanguage: LanguageIndex] = [:]
            for (position, concept) in concepts.enumerated() {
                for term in concept.terms {
                    guard let language = TextLanguage(tag: term.language) else { continue }
                    let tokens = analyzer.tokens(term.text, language: language)
                    guard !tokens.isEmpty, tokens.count <= Self.maximumTermWords else { continue }
                    languages[language, default: LanguageIndex()].add(tokens, concept: position)
                }
            }
            self.languages = languages
        }
    }

    /// The terms of one language, by their stems.
    private struct LanguageIndex: Sendable {
        /// Terms with a stop word, by all their stems.
        var rawPhrases: [String: [Int]] = [:]
        /// Terms without stop words, by their stems.
        var contentPhrases: [String: [Int]] = [:]
        /// Every key of ``rawPhrases`` and its leading words: a longer phrase is looked up only
        /// while its start is the start of a term, so a word no term starts with costs one lookup.
        var rawPrefixes: Set<String> = []
        /// Every key of ``contentPhrases`` and its leading words.
        var contentPrefixes: Set<String> = []
        /// One-word terms by the word as written, which wins over a shared stem.
        var words: [String: [Int]] = [:]
        /// One-word terms of at least ``minimumPart`` letters, as parts of compounds.
        var parts: [String: [Int]] = [:]
        var prefixHashes: Set<UInt64> = []
        var suffixHashes: Set<UInt64> = []

        static let minimumPart = 5
        static let maximumCompound = 32

        mutating func add(_ tokens: [AnalyzedToken], concept: Int) {
            let stems = tokens.map(\.stem)
            let key = stems.joined(separator: Storage.separator)
            let prefixes = stems.indices.map { stems[...$0].joined(separator: Storage.separator) }
            if tokens.contains(where: \.isStopWord) {
                Self.append(concept, to: &rawPhrases[key, default: []])
                rawPrefixes.formUnion(prefixes)
            } else {
                Self.append(concept, to: &contentPhrases[key, default: []])
                contentPrefixes.formUnion(prefixes)
            }
            guard tokens.count == 1, !tokens[0].isStopWord else { return }
            Self.append(concept, to: &words[tokens[0].word, default: []])
            for form in Set([tokens[0].word, tokens[0].stem]) where form.unicodeScalars.count >= Self.minimumPart {
                Self.append(concept, to: &parts[form, default: []])
                prefixHashes.insert(Self.forward(Array(form.unicodeScalars)[...]))
                suffixHashes.insert(Self.backward(Array(form.unicodeScalars)[...]))
            }
        }

        private static func append(_ concept: Int, to list: inout [Int]) {
            if !list.contains(concept) { list.append(concept) }
        }

        /// The concepts of the longest known first part of `word` and the longest known last
        /// part of `word` (or else of `stem`); none for words shorter than two parts or longer
        /// than a real word.
        func compoundParts(word: String, stem: String) -> [Int] {
            var found: [Int] = []
            let letters = Array(word.unicodeScalars)
            if letters.count > Self.minimumPart, letters.count <= Self.maximumCompound {
                var hash = ConceptLexicon.hashSeed
                var longest: [Int]?
                for end in 0..<(letters.count - 1) {
                    hash = ConceptLexicon.hash(hash, letters[end])
                    guard end + 1 >= Self.minimumPart, prefixHashes.contains(hash) else { continue }
                    var part = String.UnicodeScalarView()
                    part.append(contentsOf: letters[0...end])
                    if let concepts = parts[String(part)] { longest = concepts }
                }
                found += longest ?? []
            }
            // The last part as written ("horecavaardigheden": vaardigheden), else as stemmed.
            for form in [word, stem] {
                let formLetters = Array(form.unicodeScalars)
                guard formLetters.count > Self.minimumPart, formLetters.count <= Self.maximumCompound else { continue }
                var hash = ConceptLexicon.hashSeed
                var longest: [Int]?
                for start in stride(from: formLetters.count - 1, to: 0, by: -1) {
                    hash = ConceptLexicon.hash(hash, formLetters[start])
                    guard formLetters.count - start >= Self.minimumPart, suffixHashes.contains(hash) else { continue }
                    var part = String.UnicodeScalarView()
                    part.append(contentsOf: formLetters[start...])
                    if let concepts = parts[String(part)] { longest = concepts }
                }
                if let longest {
                    for concept in longest where !found.contains(concept) { found.append(concept) }
                    break
                }
            }
            return found
        }

        static func forward(_ letters: ArraySlice<Unicode.Scalar>) -> UInt64 {
            letters.reduce(ConceptLexicon.hashSeed, ConceptLexicon.hash)
        }

        static func backward(_ letters: ArraySlice<Unicode.Scalar>) -> UInt64 {
            letters.reversed().reduce(ConceptLexicon.hashSeed, ConceptLexicon.hash)
        }
    }

    fileprivate static let hashSeed: UInt64 = 0xCBF2_9CE4_8422_2325

    fileprivate static func hash(_ hash: UInt64, _ letter: Unicode.Scalar) -> UInt64 {
        (hash ^ UInt64(letter.value)) &* 0x0000_0100_0000_01B3
    }
}

/// A text mapped to concepts: the concepts named (positions in the lexicon, in order, with
/// repeats) and the content words no concept covers (the words fallback).
struct ConceptText {
    var concepts: [Int] = []
    var leftover: [AnalyzedTerm] = []

    /// The distinct concepts, in the order first named.
    var distinct: [Int] {
        var seen = Set<Int>()
        return concepts.filter { seen.insert($0).inserted }
    }
}
