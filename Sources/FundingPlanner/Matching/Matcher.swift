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
}

/// Scores every catalogue model for one network.
public enum Matcher {
    /// Matches `network` against `catalogue`.
    ///
    /// - Complexity: O(m · w) for m models of w words, plus O(p² · w) for the readiness checks.
    public static func match(_ network: NetworkProfile, catalogue: Catalogue, settings: MatchSettings = .standard, language: Language) -> MatchResult {
        let readiness = ReadinessReport.assess(network, language: language)
        let analyzer = TextAnalyzer()
        let purposeEntry = network.purpose.exactly(language).map { (language.rawValue, $0) }
            ?? network.purpose.entries.first.map { ($0.language, $0.text) } ?? (language.rawValue, "")
        let textLanguage = TextLanguage(tag: purposeEntry.0) ?? .dutch
        let modelLanguage: Language = textLanguage == .dutch ? .nl : .en
        let excluded = Set(network.preferences.excludedModels)
        let pinned = Set(network.preferences.pinnedModels)
        // Plan elements (a bridging loan) are not income: they are neither scored nor proposed.
        let models = catalogue.models.filter { !excluded.contains($0.id) && $0.countsAsIncome }.sorted { $0.id < $1.id }
        let documents = models.map { model -> [String] in
            let mechanismLabels = model.alignment.mechanisms.compactMap { catalogue.mechanism(id: $0)?.label.text(in: modelLanguage) }
            let text = ([model.name.text(in: modelLanguage), model.description.text(in: modelLanguage), model.example.text(in: modelLanguage)] + mechanismLabels)
                .joined(separator: " ")
            return analyzer.stems(text, language: textLanguage)
        }
        let purposeTerms = analyzer.terms(purposeEntry.1, language: textLanguage)
        let (relevance, reference) = BM25Index(documents: documents).scores(query: purposeTerms.map(\.stem))
        // A model whose texts hold the purpose's terms worth 40 % of the query's weight counts as
        // fully relevant: an absolute scale, so the part means the same for every catalogue.
        let fullRelevance = reference * Self.fullRelevanceShare
        let hourlyRate = settings.hourlyRate ?? network.preferences.hourlyRate
        let networkThemes = Set(network.themes)
        let wording = Wording(language: language)

        var matches: [ModelMatch] = []
        matches.reserveCapacity(models.count)
        for (index, model) in models.enumerated() {
            let text = fullRelevance > 0 ? relevance[index] / fullRelevance : 0
            let modelThemes = model.alignment.themes
            let matchedThemes = modelThemes.filter { networkThemes.contains($0) }
            let themes = modelThemes.isEmpty ? 0 : Double(matchedThemes.count) / Double(modelThemes.count)
            let mechanisms = MechanismFit.component(model, network: network)
            let checks = Feasibility.checks(model, network: network, stage: readiness.maturity.stage, language: language)
            let feasibility = Double(checks.filter(\.isMet).count) / Double(checks.count)
            let components = ModelMatch.Components(
                purposeText: points(text), themes: points(themes), mechanisms: points(mechanisms), feasibility: points(feasibility)
            )
            let weighted = settings.textWeight * components.purposeText + settings.themeWeight * components.themes
                + settings.mechanismWeight * components.mechanisms + settings.feasibilityWeight * components.feasibility
            let alignment = settings.totalWeight > 0 ? (weighted + settings.totalWeight / 2) / settings.totalWeight : 0
            let money = NetContribution(model: model, hourlyRate: hourlyRate)
            let quadrant: MatrixQuadrant = alignment >= settings.highImpactThreshold
                ? (money.net > .zero ? .star : .heart)
                : (money.net > .zero ? .moneyTree : .stopSign)
            let documentStems = Set(documents[index])
            var matchedTerms: [String] = []
            for term in purposeTerms where documentStems.contains(term.stem) && !matchedTerms.contains(term.word) {
                matchedTerms.append(term.word)
            }
            let strong = model.alignment.mechanisms.filter { MechanismFit.fit($0, network: network) >= 1.0 }
            var match = ModelMatch(
                modelID: model.id, modelName: model.name.text(in: language), alignment: alignment, components: components,
                expectedIncome: money.expected, directCosts: money.directCosts, effortCost: money.effort, netContribution: money.net,
                quadrant: quadrant, isInKind: model.category == .inKind || model.taxonomy.revenueMechanism == .contributionInKind,
                isPinned: pinned.contains(model.id), matchedTerms: matchedTerms, matchedThemes: matchedThemes,
                strongMechanisms: strong, prerequisites: checks, rationale: ""
            )
            match.rationale = rationale(match, catalogue: catalogue, wording: wording)
            matches.append(match)
        }
        matches.sort { ($0.alignment, $0.netContribution.cents, $1.modelID) > ($1.alignment, $1.netContribution.cents, $0.modelID) }
        return MatchResult(
            networkID: network.id, networkName: network.name.text(in: language), language: language, settings: settings,
            hourlyRate: hourlyRate, purpose: purposeEntry.1, purposeLanguage: purposeEntry.0, readiness: readiness,
            matches: matches, excluded: excluded.sorted()
        )
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
            parts.append(wording("past bij de thema's ", "fits the themes ")
                + match.matchedThemes.map { catalogue.theme(id: $0)?.label.text(in: language) ?? $0 }.joined(separator: ", "))
        }
        if !match.matchedTerms.isEmpty {
            parts.append(wording("deelt woorden met het doel: ", "shares words with the purpose: ") + match.matchedTerms.prefix(6).joined(separator: ", "))
        }
        if !match.strongMechanisms.isEmpty {
            parts.append(wording("de activiteit zelf dient het doel: ", "running it serves the purpose: ")
                + match.strongMechanisms.map { catalogue.mechanism(id: $0)?.label.text(in: language).lowercased() ?? $0 }.joined(separator: "; "))
        }
        let unmet = match.prerequisites.filter { !$0.isMet }.count
        if unmet > 0 {
            parts.append(wording("\(unmet) voorwaarde(n) nog te vervullen", "\(unmet) prerequisite(s) still to meet"))
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

    init(model: RevenueModel, hourlyRate: Money) {
        expected = Money(cents: (model.yield.likely.cents * Int64(model.success.probability.value) + 5_000) / 10_000)
        directCosts = Money(cents: (expected.cents * Int64(model.cost.directCostRatio.value) + 5_000) / 10_000)
        effort = Money(cents: Int64(model.effort.hoursPerMonth) * 12 * hourlyRate.cents)
        net = expected - directCosts - effort
    }
}
