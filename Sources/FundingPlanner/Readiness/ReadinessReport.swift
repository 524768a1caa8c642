internal import FundingPlannerText

/// Everything `fundplan check` finds about a network.
///
/// ``assess(_:language:)`` runs every check: purpose clarity, consensus on the purpose,
/// composition, money and power, and the maturity stage. ``Matcher`` runs it as well, so a
/// ``MatchResult`` and a ``FundingPlan`` carry the report.
public struct ReadinessReport: Sendable, Hashable {
    /// The language the findings' messages are written in.
    public var language: Language
    /// Every finding of every check, in the order of the checks.
    public var findings: [ReadinessFinding]
    /// How much the partners' own statements of the purpose agree.
    public var consensus: ConsensusAnalysis
    /// The network's maturity stage (forming, growing or mature), with the reasons.
    public var maturity: MaturityAssessment
    /// The concepts recognised in the purpose, in every language it is written in, labelled in
    /// ``language``.
    public var purposeConcepts: [RecognisedConcept] = []
    /// The label in ``language`` of every concept the report names, by id.
    public var conceptLabels: [String: String] = [:]

    /// The most serious severity among the findings.
    public var worstSeverity: FindingSeverity {
        findings.map(\.severity).max() ?? .ok
    }

    /// Runs every readiness check on `profile` with the built-in lexicon, writing messages in
    /// `language`.
    public static func assess(_ profile: NetworkProfile, language: Language) -> ReadinessReport {
        assess(profile, language: language, lexicon: .builtIn)
    }

    /// Runs every readiness check on `profile`, mapping texts to the concepts of `lexicon`,
    /// writing messages in `language`.
    ///
    /// The findings, scores and concepts do not depend on `language`: every language of the
    /// purpose and of the statements is read; only the messages' words change.
    ///
    /// - Complexity: linear in the number of partners and the length of their statements.
    public static func assess(_ profile: NetworkProfile, language: Language, lexicon: ConceptLexicon) -> ReadinessReport
    {
        let wording = Wording(language: language)
        let analyzer = TextAnalyzer()
        let consensus = ConsensusAnalysis.analyse(profile, analyzer: analyzer, lexicon: lexicon)
        let understood = profile.purpose.entries.map {
            lexicon.recognise($0.text, languageTag: $0.language, analyzer: analyzer)
        }
        var purposeConcepts: [RecognisedConcept] = []
        for text in understood {
            for position in text.distinct
            where !purposeConcepts.contains(where: { $0.id == lexicon.concept(at: position).id }) {
                purposeConcepts.append(lexicon.recognised(position, language: language))
            }
        }
        var labels: [String: String] = [:]
        for concept in purposeConcepts { labels[concept.id] = concept.label }
        for partner in consensus.partners.values {
            for id in partner.shared + partner.own + partner.missing + partner.selfInterest where labels[id] == nil {
                labels[id] = lexicon.concept(id: id)?.label.text(in: language) ?? id
            }
        }
        for id in consensus.sharedConcepts where labels[id] == nil {
            labels[id] = lexicon.concept(id: id)?.label.text(in: language) ?? id
        }
        var findings = PurposeClarity(wording: wording, lexicon: lexicon).findings(
            for: profile.purpose, understood: understood)
        findings += consensusFindings(consensus, profile: profile, wording: wording, labels: labels, lexicon: lexicon)
        let start = CalendarDate(year: profile.budget.startYear, month: 1, day: 1)
        let composition = CompositionCheck(wording: wording).findings(
            for: profile, ageInMonths: max(0, profile.founded.months(until: start)))
        findings += composition
        findings += MoneyAndPowerCheck(wording: wording).findings(for: profile)
        let maturity = MaturityAssessment.assess(
            profile, consensus: consensus, compositionFindings: composition, wording: wording)
        findings.append(
            ReadinessFinding(
                check: .maturity, severity: maturity.stage == .forming ? .advice : .ok,
                code: "maturity.\(maturity.stage.rawValue)",
                message: wording("Maturiteit: ", "Maturity: ") + maturity.stage.label(language),
                evidence: maturity.reasons,
                action: maturity.stage == .forming
                    ? wording(
                        "Zoek snelle, zichtbare resultaten en reken in het eerste jaar niet op veel eigen inkomsten.",
                        "Look for quick, visible results and do not count on much earned income in the first year.")
                    : ""
            ))
        return ReadinessReport(
            language: language, findings: findings, consensus: consensus, maturity: maturity,
            purposeConcepts: purposeConcepts, conceptLabels: labels)
    }

    private static func consensusFindings(
        _ consensus: ConsensusAnalysis, profile: NetworkProfile, wording: Wording, labels: [String: String],
        lexicon: ConceptLexicon
    ) -> [ReadinessFinding] {
        func list(_ ids: [String]) -> String {
            ids.isEmpty ? "–" : ids.map { labels[$0] ?? $0 }.joined(separator: ", ")
        }
        var findings: [ReadinessFinding] = []
        let names = Dictionary(uniqueKeysWithValues: profile.partners.map { ($0.id, $0.name) })
        guard let score = consensus.score else {
            return [
                ReadinessFinding(
                    check: .purposeConsensus, severity: .warning, code: "consensus.too-few-statements",
                    message: wording("Te weinig partners gaven hun why", "Too few partners stated their why"),
                    action: wording(
                        "Vraag elke partner in één zin waarom het netwerk bestaat.",
                        "Ask every partner, in one sentence, why the network exists.")
                )
            ]
        }
        let severity: FindingSeverity =
            score >= MaturityAssessment.sharedPurposeScore ? .ok : score >= 30 ? .warning : .problem
        let perPartner = consensus.partners.sorted { $0.key < $1.key }.map { id, concepts in
            "\(names[id] ?? id): " + wording("gedeeld: ", "shared: ") + list(concepts.shared)
                + wording("; mist: ", "; misses: ")
                + list(concepts.missing)
        }
        findings.append(
            ReadinessFinding(
                check: .purposeConsensus, severity: severity, code: "consensus.score",
                message: wording("Consensus over het doel: \(score)/100", "Consensus on the purpose: \(score)/100"),
                evidence: [
                    wording("gedeelde begrippen: ", "shared concepts: ") + list(consensus.sharedConcepts),
                    wording("gedeelde kernwoorden: ", "shared key terms: ")
                        + (consensus.sharedTerms.isEmpty ? "–" : consensus.sharedTerms.joined(separator: ", ")),
                    wording("woorden die maar sommigen gebruiken: ", "terms only some use: ")
                        + (consensus.partialTerms.isEmpty ? "–" : consensus.partialTerms.joined(separator: ", ")),
                ] + perPartner,
                action: severity == .ok
                    ? ""
                    : wording(
                        "Bespreek samen de why tot iedereen zich in één zin herkent.",
                        "Discuss the why together until everyone recognises it in one sentence.")
            ))
        for outlier in consensus.outliers {
            findings.append(
                ReadinessFinding(
                    check: .purposeConsensus, severity: .warning, code: "consensus.outlier", partner: outlier,
                    message: wording(
                        "De why van \(names[outlier] ?? outlier) wijkt af",
                        "\(names[outlier] ?? outlier)'s why stands apart"),
                    evidence: [
                        wording(
                            "overeenstemming \(consensus.agreement[outlier] ?? 0)/100",
                            "agreement \(consensus.agreement[outlier] ?? 0)/100")
                    ]
                        + partnerEvidence(consensus.partners[outlier], wording: wording, list: list),
                    action: wording(
                        "Vraag deze partner wat hij van het netwerk verwacht; het doel ligt op netwerkniveau, niet bij één organisatie.",
                        "Ask this partner what they expect of the network; the purpose sits at network level, not at one organisation's."
                    )
                ))
        }
        for partner in consensus.selfInterested {
            let agreement = consensus.agreement[partner] ?? 0
            let concepts = consensus.partners[partner]
            // It also shares the network's why when it shares what the network does or changes
            // (not only whom or where), more of it than its own gain, and agrees enough.
            let sharedWhat = (concepts?.shared ?? []).filter { id in
                let kind = lexicon.concept(id: id)?.kind
                return kind == .activity || kind == .outcome
            }
            let shares =
                agreement >= outlierAgreement(consensus) && !sharedWhat.isEmpty
                && (concepts?.shared.count ?? 0) > (concepts?.selfInterest.count ?? 0)
            findings.append(
                ReadinessFinding(
                    check: .purposeConsensus, severity: shares ? .advice : .warning, code: "consensus.self-interest",
                    partner: partner,
                    message: shares
                        ? wording(
                            "De why van \(names[partner] ?? partner) noemt ook het eigen voordeel",
                            "\(names[partner] ?? partner)'s why also names its own gain")
                        : wording(
                            "De why van \(names[partner] ?? partner) gaat vooral over het eigen voordeel",
                            "\(names[partner] ?? partner)'s why is mostly about its own gain"),
                    evidence: [
                        wording("eigenbelang: ", "self-interest: ") + list(concepts?.selfInterest ?? []),
                        wording("overeenstemming \(agreement)/100", "agreement \(agreement)/100"),
                    ]
                        + partnerEvidence(concepts, wording: wording, list: list),
                    action: wording(
                        "Bespreek open wat deze partner zelf uit het netwerk wil halen; dat mag, maar het doel ligt op netwerkniveau: pas op voor subsidiejagers en wie enkel komt kijken.",
                        "Discuss openly what this partner wants from the network for itself; that is fine, but the purpose sits at network level: beware of subsidy hunters and onlookers."
                    )
                ))
        }
        for missing in consensus.missingStatements {
            findings.append(
                ReadinessFinding(
                    check: .purposeConsensus, severity: .advice, code: "consensus.no-statement", partner: missing,
                    message: wording(
                        "\(names[missing] ?? missing) gaf geen why", "\(names[missing] ?? missing) gave no why"),
                    action: wording(
                        "Vraag ook deze partner naar de why van het netwerk.",
                        "Ask this partner for the network's why too.")
                ))
        }
        return findings
    }

    /// The agreement below which a statement stands apart: 30, or half the median.
    private static func outlierAgreement(_ consensus: ConsensusAnalysis) -> Int {
        let values = consensus.agreement.values.sorted()
        guard !values.isEmpty else { return ConsensusAnalysis.outlierFloor }
        return max(ConsensusAnalysis.outlierFloor, values[values.count / 2] / 2)
    }

    private static func partnerEvidence(
        _ concepts: ConsensusAnalysis.PartnerConcepts?, wording: Wording, list: ([String]) -> String
    ) -> [String] {
        guard let concepts else { return [] }
        return [
            wording("gedeelde begrippen: ", "concepts shared: ") + list(concepts.shared)
                + wording("; enkel bij deze partner: ", "; only this partner: ") + list(concepts.own)
                + wording("; mist uit het doel: ", "; misses from the purpose: ") + list(concepts.missing)
        ]
    }
}
