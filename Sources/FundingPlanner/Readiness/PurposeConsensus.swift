internal import FundingPlannerText

/// How far the partners' own statements of the network's why agree with each other and with
/// the purpose (seed: "ask each organisation what the why of the network is").
///
/// Statements are mapped to the lexicon's concepts (Dutch or English by their `xml:lang`), and
/// the words no concept covers are reduced to Snowball stems without stop words (the words
/// fallback). A concept counts as shared when the purpose or another partner names it, a
/// narrower concept, a broader one or a sibling under the same (non-theme, non-broad) parent:
/// the same why in other words agrees, in any language. A leftover word counts as shared when
/// another statement in its language or the purpose uses it (counted by `StemUsageIndex`). A partner's
/// agreement is (2 × shared concepts + shared words) / (2 × concepts + words), 0–100, where a
/// broad concept that no one else names is left out; the consensus score is the mean agreement.
///
/// A statement about the partner's own gain (visibility, subsidies, customers or staff for its
/// own organisation, or only staying informed) is self-interest: reported apart, and not as an
/// outlier.
///
/// - Complexity: linear in the total length of the statements: each concept is compared with
///   counts over all statements, never with each other statement.
public struct ConsensusAnalysis: Sendable, Hashable {
    /// 0–100; `nil` when fewer than two partners gave a statement.
    public var score: Int?
    /// Each partner's agreement, 0–100, by partner id (partners with a statement only).
    public var agreement: [String: Int]
    /// Partners whose statement stands apart (agreement below half the median, or below 30),
    /// self-interest left out.
    public var outliers: [String]
    /// Words at least half of the statements use.
    public var sharedTerms: [String]
    /// Words only some statements use (fewer than half), most frequent first.
    public var partialTerms: [String]
    /// Partners without a statement.
    public var missingStatements: [String]
    /// Concept ids at least half of the statements name (directly or through a related concept).
    public var sharedConcepts: [String] = []
    /// Per partner with a statement: the concepts it shares, the purpose's concepts it misses,
    /// and its self-interest.
    public var partners: [String: PartnerConcepts] = [:]
    /// Partners whose statement speaks of their own organisation's gain, by id.
    public var selfInterested: [String] = []

    /// What one partner's statement shares with the others and the purpose, in concepts.
    public struct PartnerConcepts: Sendable, Hashable {
        /// Concept ids of the statement that the purpose or another statement also names.
        public var shared: [String]
        /// Concept ids of the statement that no one else names.
        public var own: [String]
        /// The purpose's target groups and outcomes the statement does not name.
        public var missing: [String]
        /// Self-interest concept ids the statement names.
        public var selfInterest: [String]
    }

    static let outlierFloor = 30

    static func analyse(
        _ profile: NetworkProfile, analyzer: TextAnalyzer, lexicon: ConceptLexicon = ConceptLexicon(concepts: [])
    ) -> ConsensusAnalysis {
        struct Statement {
            var partner: String
            var language: TextLanguage
            var stems: Set<String>
            var words: [String: String]
            var leftover: Set<String>
            var concepts: [Int]
            var related: Set<Int>
        }
        /// A concept and its direct parents that are neither themes nor broad: what "the same
        /// thing in other words" may share.
        func relatives(_ position: Int) -> [Int] {
            lexicon.expanded(position, depth: 1, themes: false)
        }
        var statements: [Statement] = []
        var missing: [String] = []
        for partner in profile.partners.sorted(by: { $0.id < $1.id }) {
            guard let entry = partner.statement.entries.first, let language = TextLanguage(tag: entry.language) else {
                missing.append(partner.id)
                continue
            }
            let terms = analyzer.terms(entry.text, language: language)
            var words: [String: String] = [:]
            for term in terms where words[term.stem] == nil { words[term.stem] = term.word }
            let understood = lexicon.recognise(analyzer.tokens(entry.text, language: language), language: language)
            let concepts = understood.distinct
            var related = Set<Int>()
            for concept in concepts where lexicon.concept(at: concept).kind != .selfInterest {
                related.formUnion(relatives(concept))
            }
            statements.append(
                Statement(
                    partner: partner.id, language: language, stems: Set(terms.map(\.stem)), words: words,
                    leftover: Set(understood.leftover.map(\.stem)), concepts: concepts, related: related))
        }
        var purposeStems: [TextLanguage: Set<String>] = [:]
        var purposeConcepts: [Int] = []
        var purposeRelated = Set<Int>()
        for entry in profile.purpose.entries {
            if let language = TextLanguage(tag: entry.language) {
                purposeStems[language, default: []].formUnion(analyzer.stems(entry.text, language: language))
                for concept in lexicon.recognise(analyzer.tokens(entry.text, language: language), language: language)
                    .distinct
                {
                    if !purposeConcepts.contains(concept) { purposeConcepts.append(concept) }
                    purposeRelated.formUnion(relatives(concept))
                }
            }
        }
        // How many statements name each concept, or a narrower one.
        var relatedCounts: [Int: Int] = [:]
        for statement in statements {
            for concept in statement.related { relatedCounts[concept, default: 0] += 1 }
        }
        func isShared(_ concept: Int, by statement: Statement) -> Bool {
            relatives(concept).contains { other in
                purposeRelated.contains(other)
                    || (relatedCounts[other] ?? 0) - (statement.related.contains(other) ? 1 : 0) > 0
            }
        }
        var wordsShared: [String: (shared: Int, total: Int)] = [:]
        for language in TextLanguage.allCases {
            let group = statements.filter { $0.language == language && !$0.leftover.isEmpty }
            guard !group.isEmpty else { continue }
            let index = StemUsageIndex(statements: group.map(\.leftover), purpose: purposeStems[language] ?? [])
            for (position, statement) in group.enumerated() {
                let shared = statement.leftover.filter { index.isUsedElsewhere($0, byStatement: position) }.count
                wordsShared[statement.partner] = (shared, statement.leftover.count)
            }
        }
        var agreement: [String: Int] = [:]
        var partners: [String: PartnerConcepts] = [:]
        var selfInterested: [String] = []
        let core = purposeConcepts.filter {
            let concept = lexicon.concept(at: $0)
            return !concept.isBroad && (concept.kind == .targetGroup || concept.kind == .outcome)
        }
        for statement in statements {
            var shared: [String] = []
            var own: [String] = []
            var interest: [String] = []
            for concept in statement.concepts {
                let item = lexicon.concept(at: concept)
                if item.kind == .selfInterest {
                    interest.append(item.id)
                } else if isShared(concept, by: statement) {
                    shared.append(item.id)
                } else if !item.isBroad {
                    // A broad concept ("iedereen", "levenskwaliteit") neither agrees nor disagrees
                    // unless another statement names it too.
                    own.append(item.id)
                }
            }
            let missingConcepts = core.filter { concept in
                !relatives(concept).contains { statement.related.contains($0) }
            }.map { lexicon.concept(at: $0).id }
            partners[statement.partner] = PartnerConcepts(
                shared: shared, own: own, missing: missingConcepts, selfInterest: interest)
            if !interest.isEmpty { selfInterested.append(statement.partner) }
            let words = wordsShared[statement.partner] ?? (0, 0)
            let units = 2 * (shared.count + own.count) + words.total
            agreement[statement.partner] =
                units == 0 ? 0 : (100 * (2 * shared.count + words.shared) + units / 2) / units
        }
        let values = agreement.values.sorted()
        let score =
            statements.count >= 2 && !values.isEmpty ? (values.reduce(0, +) + values.count / 2) / values.count : nil
        var outliers: [String] = []
        if values.count >= 3 {
            let median = values[values.count / 2]
            let interested = Set(selfInterested)
            outliers = agreement.filter {
                ($0.value < outlierFloor || Double($0.value) < Double(median) / 2) && !interested.contains($0.key)
            }.keys.sorted()
        }
        var counts: [String: Int] = [:]
        var surface: [String: String] = [:]
        for statement in statements {
            for stem in statement.stems {
                counts[stem, default: 0] += 1
                if surface[stem] == nil { surface[stem] = statement.words[stem] }
            }
        }
        let half = max(2, (statements.count + 1) / 2)
        let ranked = counts.sorted { ($0.value, $1.key) > ($1.value, $0.key) }
        let sharedConcepts = relatedCounts.filter { $0.value >= half && lexicon.concept(at: $0.key).kind != .theme }
            .sorted { ($0.value, lexicon.concept(at: $1.key).id) > ($1.value, lexicon.concept(at: $0.key).id) }
            .prefix(10).map { lexicon.concept(at: $0.key).id }
        return ConsensusAnalysis(
            score: score,
            agreement: agreement,
            outliers: outliers,
            sharedTerms: ranked.filter { $0.value >= half }.prefix(10).compactMap { surface[$0.key] },
            partialTerms: ranked.filter { $0.value < half }.prefix(10).compactMap { surface[$0.key] },
            missingStatements: missing,
            sharedConcepts: Array(sharedConcepts),
            partners: partners,
            selfInterested: selfInterested.sorted()
        )
    }

}
