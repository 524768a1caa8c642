internal import FundingPlannerText

/// How far the partners' own statements of the network's why agree with each other and with
/// the purpose (seed: "ask each organisation what the why of the network is").
///
/// Statements are reduced to Snowball stems without stop words (Dutch or English by their
/// `xml:lang`). A partner's agreement is the share of its statement's content stems that the
/// network's purpose or another partner's statement (same language) also uses: a partner who
/// talks about the same things as the others agrees, one who talks only about itself does not.
/// The consensus score is the mean agreement, 0–100.
public struct ConsensusAnalysis: Sendable, Hashable {
    /// 0–100; `nil` when fewer than two partners gave a statement.
    public var score: Int?
    /// Each partner's agreement, 0–100, by partner id (partners with a statement only).
    public var agreement: [String: Int]
    /// Partners whose statement stands apart (agreement below half the median, or below 30).
    public var outliers: [String]
    /// Words at least half of the statements use.
    public var sharedTerms: [String]
    /// Words only some statements use (fewer than half), most frequent first.
    public var partialTerms: [String]
    /// Partners without a statement.
    public var missingStatements: [String]

    static let outlierFloor = 30

    static func analyse(_ profile: NetworkProfile, analyzer: TextAnalyzer) -> ConsensusAnalysis {
        struct Statement {
            var partner: String
            var language: TextLanguage
            var stems: Set<String>
            var words: [String: String]
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
            statements.append(Statement(partner: partner.id, language: language, stems: Set(terms.map(\.stem)), words: words))
        }
        var purposeStems: [TextLanguage: Set<String>] = [:]
        for entry in profile.purpose.entries {
            if let language = TextLanguage(tag: entry.language) {
                purposeStems[language] = Set(analyzer.stems(entry.text, language: language))
            }
        }
        var agreement: [String: Int] = [:]
        for language in TextLanguage.allCases {
            let group = statements.filter { $0.language == language && !$0.stems.isEmpty }
            guard !group.isEmpty else { continue }
            let index = StemUsageIndex(statements: group.map(\.stems), purpose: purposeStems[language] ?? [])
            for (position, statement) in group.enumerated() {
                let shared = statement.stems.filter { index.isUsedElsewhere($0, byStatement: position) }.count
                agreement[statement.partner] = (100 * shared + statement.stems.count / 2) / statement.stems.count
            }
        }
        let values = agreement.values.sorted()
        let score = statements.count >= 2 && !values.isEmpty ? (values.reduce(0, +) + values.count / 2) / values.count : nil
        var outliers: [String] = []
        if values.count >= 3 {
            let median = values[values.count / 2]
            outliers = agreement.filter { $0.value < outlierFloor || Double($0.value) < Double(median) / 2 }.keys.sorted()
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
        return ConsensusAnalysis(
            score: score,
            agreement: agreement,
            outliers: outliers,
            sharedTerms: ranked.filter { $0.value >= half }.prefix(10).compactMap { surface[$0.key] },
            partialTerms: ranked.filter { $0.value < half }.prefix(10).compactMap { surface[$0.key] },
            missingStatements: missing
        )
    }

}
