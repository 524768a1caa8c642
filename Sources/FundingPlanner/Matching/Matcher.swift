internal import FundingPlannerText

/// The outcome of matching a network against the catalogue.
public struct MatchResult: Sendable, Hashable {
    /// The network's identifier, from its profile.
    public var networkID: String
    /// The network's name in the match's language.
    public var networkName: String
    /// The language of the match's texts (names, rationales, actions).
    public var language: Language
    /// The weights and thresholds the scores were computed with.
    public var settings: MatchSettings
    /// The hourly rate actually used for effort.
    public var hourlyRate: Money
    /// The purpose text the text relevance was computed from, and its language tag.
    public var purpose: String
    /// The language tag of ``purpose``, for example `nl`.
    public var purposeLanguage: String
    /// The readiness of the network, assessed as part of the match.
    public var readiness: ReadinessReport
    /// Every catalogue model not excluded, best first (alignment, then net contribution, then id).
    public var matches: [ModelMatch]
    /// Models the network excluded in its preferences.
    public var excluded: [String]
    /// The concepts recognised in the purpose (every language), labelled in ``language``.
    public var purposeConcepts: [RecognisedConcept] = []
    /// Models the network may not use, with the reasons: listed apart, never ranked (by id).
    public var ineligible: [IneligibleModel] = []
}

/// Scores every catalogue model for one network.
public enum Matcher {
    /// Matches `network` against `catalogue`.
    ///
    /// Every language of the purpose is read, and the models' texts in every language: the
    /// scores, ranks and concepts are the same whatever `language` is; only the words of the
    /// output change. The text part is 3/4 concepts (BM25 over the lexicon's concepts of the
    /// models' Dutch and English texts, each concept with its broader ones) and 1/4 words (BM25
    /// over Snowball stems, the mean over the purpose's languages); words only when the lexicon
    /// recognises no concept in the purpose.
    ///
    /// - Complexity: O(m · w) for m models of w words, plus the readiness checks (linear).
    public static func match(
        _ network: NetworkProfile, catalogue: Catalogue, settings: MatchSettings = .standard, language: Language
    ) -> MatchResult {
        let lexicon = catalogue.lexicon
        let readiness = ReadinessReport.assess(network, language: language, lexicon: lexicon)
        let analyzer = TextAnalyzer()
        let purposeEntry =
            network.purpose.exactly(language).map { (language.rawValue, $0) }
            ?? network.purpose.entries.first.map { ($0.language, $0.text) } ?? (language.rawValue, "")
        let excluded = Set(network.preferences.excludedModels)
        let pinned = Set(network.preferences.pinnedModels)
        // Plan elements (a bridging loan) are not income: they are neither scored nor proposed.
        let models = catalogue.models.filter { !excluded.contains($0.id) && $0.countsAsIncome }.sorted { $0.id < $1.id }

        // The purpose in every language the text pipeline reads, in document order.
        var purposeTerms: [(language: TextLanguage, terms: [AnalyzedTerm])] = []
        var purposeConcepts: [Int] = []
        for entry in network.purpose.entries {
            guard let textLanguage = TextLanguage(tag: entry.language) else { continue }
            let tokens = analyzer.tokens(entry.text, language: textLanguage)
            purposeTerms.append(
                (textLanguage, tokens.filter { !$0.isStopWord }.map { AnalyzedTerm(word: $0.word, stem: $0.stem) }))
            for concept in lexicon.recognise(tokens, language: textLanguage).distinct
            where !purposeConcepts.contains(concept) {
                purposeConcepts.append(concept)
            }
        }
        let purposeLanguages = TextLanguage.allCases.filter { language in
            purposeTerms.contains { $0.language == language }
        }
        let networkActivities = activityConcepts(
            network, lexicon: lexicon, analyzer: analyzer, purpose: purposeConcepts)

        var wordDocuments: [TextLanguage: [[String]]] = [:]
        var conceptDocuments: [[String]] = []
        var modelRelated: [Set<Int>] = []
        var modelActivities: [Set<Int>] = []
        conceptDocuments.reserveCapacity(models.count)
        for model in models {
            var concepts: [Int] = []
            var activities = Set<Int>()
            for textLanguage in TextLanguage.allCases {
                let modelLanguage: Language = textLanguage == .dutch ? .nl : .en
                let own = [
                    model.name.exactly(modelLanguage), model.description.exactly(modelLanguage),
                    model.example.exactly(modelLanguage),
                ].compactMap { $0 }
                let mechanismLabels = model.alignment.mechanisms.compactMap {
                    catalogue.mechanism(id: $0)?.label.exactly(modelLanguage)
                }
                if purposeLanguages.contains(textLanguage) {
                    wordDocuments[textLanguage, default: []].append(
                        analyzer.stems((own + mechanismLabels).joined(separator: " "), language: textLanguage))
                }
                let found = lexicon.recognise(
                    analyzer.tokens(own.joined(separator: " "), language: textLanguage), language: textLanguage
                ).concepts
                concepts += found
                for concept in found where lexicon.concept(at: concept).kind == .activity {
                    activities.formUnion(practised(concept, lexicon: lexicon))
                }
            }
            // Each concept as often as named, and each broader concept not named itself once.
            var related = Set(concepts)
            var document = concepts.map { lexicon.concept(at: $0).id }
            for concept in related.sorted() {
                for relative in lexicon.expanded(concept, depth: 1).dropFirst() where !related.contains(relative) {
                    document.append(lexicon.concept(at: relative).id)
                    related.insert(relative)
                }
            }
            conceptDocuments.append(document)
            modelRelated.append(related)
            modelActivities.append(activities)
        }
        var query: [String] = []
        for concept in purposeConcepts where lexicon.concept(at: concept).kind != .selfInterest {
            for relative in lexicon.expanded(concept, depth: 1) { query.append(lexicon.concept(at: relative).id) }
        }
        let (conceptRelevance, conceptReference) = BM25Index(documents: conceptDocuments).scores(query: query)
        let fullConceptRelevance = conceptReference * Self.fullRelevanceShare
        var wordRelevance = [Double](repeating: 0, count: models.count)
        for textLanguage in purposeLanguages {
            let stems = purposeTerms.filter { $0.language == textLanguage }.flatMap { $0.terms.map(\.stem) }
            let (relevance, reference) = BM25Index(documents: wordDocuments[textLanguage] ?? []).scores(query: stems)
            // A model whose texts hold the purpose's terms worth 40 % of the query's weight counts
            // as fully relevant: an absolute scale, so the part means the same for every catalogue.
            let full = reference * Self.fullRelevanceShare
            for index in models.indices where full > 0 {
                wordRelevance[index] += min(1, relevance[index] / full) / Double(purposeLanguages.count)
            }
        }
        var wordDocumentSets: [TextLanguage: [Set<String>]] = [:]
        for (textLanguage, documents) in wordDocuments { wordDocumentSets[textLanguage] = documents.map(Set.init) }
        let hourlyRate = settings.hourlyRate ?? network.effortHourValue
        let networkThemes = Set(network.themes)
        let wording = Wording(language: language)

        let stage = readiness.maturity.stage
        var matches: [ModelMatch] = []
        var ineligible: [IneligibleModel] = []
        var verdicts: [Eligibility: EligibilityVerdict] = [:]
        matches.reserveCapacity(models.count)
        for (index, model) in models.enumerated() {
            // The text index holds every model, so a model's score never depends on which others
            // the network may use; an ineligible one is listed apart instead of ranked.
            // The verdict depends on the rules alone: catalogues repeat a few sets of them.
            let verdict =
                verdicts[model.eligibility]
                ?? EligibilityCheck.verdict(
                    model, network: network, stage: stage, regions: catalogue.regions, language: language)
            verdicts[model.eligibility] = verdict
            if verdict.status == .ineligible {
                ineligible.append(
                    IneligibleModel(
                        modelID: model.id, modelName: model.name.text(in: language), reasons: verdict.reasons,
                        checks: verdict.checks))
                continue
            }
            let words = wordRelevance[index]
            let text =
                fullConceptRelevance > 0
                ? Self.conceptShare * min(1, conceptRelevance[index] / fullConceptRelevance) + (1 - Self.conceptShare)
                    * words
                : words
            let modelThemes = model.alignment.themes
            let matchedThemes = modelThemes.filter { networkThemes.contains($0) }
            let themes = modelThemes.isEmpty ? 0 : Double(matchedThemes.count) / Double(modelThemes.count)
            let practised = networkActivities.intersection(modelActivities[index])
            let practisesPurpose = !practised.isEmpty
            let mechanisms = MechanismFit.component(model, network: network, practisesPurpose: practisesPurpose)
            let checks = Feasibility.checks(
                model, network: network, stage: readiness.maturity.stage, language: language)
            let feasibility = Double(checks.filter(\.isMet).count) / Double(checks.count)
            let components = ModelMatch.Components(
                purposeText: points(text), themes: points(themes), mechanisms: points(mechanisms),
                feasibility: points(feasibility)
            )
            let weighted =
                settings.textWeight * components.purposeText + settings.themeWeight * components.themes
                + settings.mechanismWeight * components.mechanisms + settings.feasibilityWeight * components.feasibility
            let alignment = settings.totalWeight > 0 ? (weighted + settings.totalWeight / 2) / settings.totalWeight : 0
            let means = AssetMeans.yield(of: model, network: network)
            let money = NetContribution(
                model: model, likelyYield: means.likely, hourlyRate: hourlyRate,
                purposeHoursPerMonth: practisesPurpose ? model.effort.purposeHoursPerMonth : 0)
            let quadrant: MatrixQuadrant =
                alignment >= settings.highImpactThreshold
                ? (money.net > .zero ? .star : .heart)
                : (money.net > .zero ? .moneyTree : .stopSign)
            var matchedTerms: [String] = []
            for (textLanguage, terms) in purposeTerms {
                guard let stems = wordDocumentSets[textLanguage]?[index] else { continue }
                for term in terms where stems.contains(term.stem) && !matchedTerms.contains(term.word) {
                    matchedTerms.append(term.word)
                }
            }
            let related = modelRelated[index]
            let matchedConcepts = purposeConcepts.filter { concept in
                lexicon.concept(at: concept).kind != .theme
                    && lexicon.expanded(concept, depth: 1, themes: false).contains { related.contains($0) }
            }.map { lexicon.recognised($0, language: language) }
            let strong = model.alignment.mechanisms.filter {
                MechanismFit.fit(
                    $0, network: network, practisesPurpose: practisesPurpose, needsRoom: MechanismFit.needsRoom(model))
                    >= 1.0
            }
            var match = ModelMatch(
                modelID: model.id, modelName: model.name.text(in: language), alignment: alignment,
                components: components,
                expectedIncome: money.expected, directCosts: money.directCosts, effortCost: money.effort,
                netContribution: money.net,
                quadrant: quadrant,
                isInKind: model.category == .inKind || model.taxonomy.revenueMechanism == .contributionInKind,
                isPinned: pinned.contains(model.id), matchedTerms: matchedTerms, matchedThemes: matchedThemes,
                strongMechanisms: strong, prerequisites: checks, rationale: "", matchedConcepts: matchedConcepts
            )
            match.eligibilityChecks = verdict.checks
            match.practisedActivities = practised.sorted().map { lexicon.recognised($0, language: language) }
            match.yieldNote = means.note(language)
            match.rationale = rationale(match, catalogue: catalogue, wording: wording)
            match.practisesActivity = practisesPurpose
            matches.append(match)
        }
        matches.sort {
            ($0.alignment, $0.netContribution.cents, $1.modelID) > ($1.alignment, $1.netContribution.cents, $0.modelID)
        }
        return MatchResult(
            networkID: network.id, networkName: network.name.text(in: language), language: language, settings: settings,
            hourlyRate: hourlyRate, purpose: purposeEntry.1, purposeLanguage: purposeEntry.0, readiness: readiness,
            matches: matches, excluded: excluded.sorted(), purposeConcepts: readiness.purposeConcepts,
            ineligible: ineligible
        )
    }

    /// The share of the text part that comes from concepts when the purpose names any.
    static let conceptShare = 0.75

    /// Activities that partners do for participants rather than participants doing them: they
    /// do not make running a model the purpose itself.
    static let facilitating: Set<String> = ["teaching", "coaching"]

    /// An activity concept and its direct broader activities, facilitating ones left out.
    static func practised(_ concept: Int, lexicon: ConceptLexicon) -> [Int] {
        lexicon.expanded(concept, depth: 1, themes: false).filter {
            let item = lexicon.concept(at: $0)
            return item.kind == .activity && !facilitating.contains(item.id)
        }
    }

    /// What the network's participants do: the activity concepts of the purpose and of the
    /// partners' statements, with their direct broader activities.
    static func activityConcepts(
        _ network: NetworkProfile, lexicon: ConceptLexicon, analyzer: TextAnalyzer, purpose: [Int]
    ) -> Set<Int> {
        var concepts = purpose
        for partner in network.partners {
            for entry in partner.statement.entries {
                concepts += lexicon.recognise(entry.text, languageTag: entry.language, analyzer: analyzer).concepts
            }
        }
        var activities = Set<Int>()
        for concept in Set(concepts) where lexicon.concept(at: concept).kind == .activity {
            activities.formUnion(practised(concept, lexicon: lexicon))
        }
        return activities
    }

    /// The share of the purpose's term weight at which text relevance counts as full.
    static let fullRelevanceShare = 0.4

    /// A share 0…1 as whole points 0…100, rounded half up.
    static func points(_ share: Double) -> Int {
        Int((min(1, max(0, share)) * 100).rounded(.toNearestOrAwayFromZero))
    }

    static func rationale(_ match: ModelMatch, catalogue: Catalogue, wording: Wording) -> String {
        let language = wording.language
        var parts: [String] = []
        if !match.matchedThemes.isEmpty {
            parts.append(
                wording("past bij de thema's ", "fits the themes ")
                    + match.matchedThemes.map { catalogue.theme(id: $0)?.label.text(in: language) ?? $0 }.joined(
                        separator: ", "))
        }
        if !match.matchedConcepts.isEmpty {
            parts.append(
                wording("deelt begrippen met het doel: ", "shares concepts with the purpose: ")
                    + match.matchedConcepts.prefix(6).map(\.label).joined(separator: ", "))
        } else if !match.matchedTerms.isEmpty {
            parts.append(
                wording("deelt woorden met het doel: ", "shares words with the purpose: ")
                    + match.matchedTerms.prefix(6).joined(separator: ", "))
        }
        if !match.strongMechanisms.isEmpty {
            parts.append(
                wording("de activiteit zelf dient het doel: ", "running it serves the purpose: ")
                    + match.strongMechanisms.map {
                        catalogue.mechanism(id: $0)?.label.text(in: language).lowercased() ?? $0
                    }.joined(separator: "; "))
        }
        if match.strongMechanisms.contains("participants-practise-skills"), !match.practisedActivities.isEmpty {
            parts.append(
                wording(
                    "de deelnemers doen hier zelf wat het netwerk hen leert (",
                    "the participants do here what the network teaches them (")
                    + match.practisedActivities.prefix(4).map(\.label).joined(separator: ", ") + ")")
        }
        if let note = match.yieldNote { parts.append(note) }
        let unmet = match.prerequisites.filter { !$0.isMet }.count
        if unmet > 0 {
            parts.append(wording("\(unmet) voorwaarde(n) nog te vervullen", "\(unmet) prerequisite(s) still to meet"))
        }
        if !match.eligibilityChecks.isEmpty {
            parts.append(wording("of het netwerk in aanmerking komt, is nog na te gaan", "eligibility still to check"))
        }
        if parts.isEmpty {
            parts.append(wording("weinig aansluiting bij het doel", "little connection with the purpose"))
        }
        let sentence = parts.joined(separator: "; ")
        return sentence.prefix(1).uppercased() + sentence.dropFirst() + "."
    }
}

/// Expected income, direct costs, effort cost and net contribution of one model for one year of
/// steady running, in cents (rounded half up at each step).
struct NetContribution {
    var expected: Money
    var directCosts: Money
    var effort: Money
    var net: Money

    /// Only coordination and acquisition hours are charged.
    ///
    /// `purposeHoursPerMonth` (the activity itself, for a network whose participants practise
    /// it) are left out of the effort cost. `likelyYield` replaces the catalogue's likely yield where the network's means scale it.
    init(
        model: RevenueModel, likelyYield: Money? = nil, hourlyRate: Money, purposeHoursPerMonth: Int = 0,
        probability: BasisPoints? = nil
    ) {
        let likely = likelyYield ?? model.yield.likely
        let chance = probability ?? model.success.probability
        expected = Money(cents: (likely.cents * Int64(chance.value) + 5_000) / 10_000)
        directCosts = Money(cents: (expected.cents * Int64(model.cost.directCostRatio.value) + 5_000) / 10_000)
        let charged = max(0, model.effort.hoursPerMonth - max(0, purposeHoursPerMonth))
        effort = Money(cents: Int64(charged) * 12 * hourlyRate.cents)
        net = expected - directCosts - effort
    }
}
