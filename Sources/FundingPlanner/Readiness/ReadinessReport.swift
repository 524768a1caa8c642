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

    /// The most serious severity among the findings.
    public var worstSeverity: FindingSeverity {
        findings.map(\.severity).max() ?? .ok
    }

    /// Runs every readiness check on `profile`, writing messages in `language`.
    ///
    /// - Complexity: O(p² · w) for p partners with statements of w words (pairwise comparison).
    public static func assess(_ profile: NetworkProfile, language: Language) -> ReadinessReport {
        let wording = Wording(language: language)
        let analyzer = TextAnalyzer()
        let consensus = ConsensusAnalysis.analyse(profile, analyzer: analyzer)
        var findings = PurposeClarity(wording: wording).findings(for: profile.purpose)
        findings += consensusFindings(consensus, profile: profile, wording: wording)
        let start = CalendarDate(year: profile.budget.startYear, month: 1, day: 1)
        let composition = CompositionCheck(wording: wording).findings(for: profile, ageInMonths: max(0, profile.founded.months(until: start)))
        findings += composition
        findings += MoneyAndPowerCheck(wording: wording).findings(for: profile)
        let maturity = MaturityAssessment.assess(profile, consensus: consensus, compositionFindings: composition, wording: wording)
        findings.append(ReadinessFinding(
            check: .maturity, severity: maturity.stage == .forming ? .advice : .ok, code: "maturity.\(maturity.stage.rawValue)",
            message: wording("Maturiteit: ", "Maturity: ") + maturity.stage.label(language),
            evidence: maturity.reasons,
            action: maturity.stage == .forming
                ? wording("Zoek snelle, zichtbare resultaten en reken in het eerste jaar niet op veel eigen inkomsten.",
                          "Look for quick, visible results and do not count on much earned income in the first year.")
                : ""
        ))
        return ReadinessReport(language: language, findings: findings, consensus: consensus, maturity: maturity)
    }

    private static func consensusFindings(_ consensus: ConsensusAnalysis, profile: NetworkProfile, wording: Wording) -> [ReadinessFinding] {
        var findings: [ReadinessFinding] = []
        let names = Dictionary(uniqueKeysWithValues: profile.partners.map { ($0.id, $0.name) })
        guard let score = consensus.score else {
            return [ReadinessFinding(
                check: .purposeConsensus, severity: .warning, code: "consensus.too-few-statements",
                message: wording("Te weinig partners gaven hun why", "Too few partners stated their why"),
                action: wording("Vraag elke partner in één zin waarom het netwerk bestaat.", "Ask every partner, in one sentence, why the network exists.")
            )]
        }
        let severity: FindingSeverity = score >= MaturityAssessment.sharedPurposeScore ? .ok : score >= 30 ? .warning : .problem
        findings.append(ReadinessFinding(
            check: .purposeConsensus, severity: severity, code: "consensus.score",
            message: wording("Consensus over het doel: \(score)/100", "Consensus on the purpose: \(score)/100"),
            evidence: [
                wording("gedeelde kernwoorden: ", "shared key terms: ") + (consensus.sharedTerms.isEmpty ? "–" : consensus.sharedTerms.joined(separator: ", ")),
                wording("woorden die maar sommigen gebruiken: ", "terms only some use: ") + (consensus.partialTerms.isEmpty ? "–" : consensus.partialTerms.joined(separator: ", ")),
            ],
            action: severity == .ok ? "" : wording("Bespreek samen de why tot iedereen zich in één zin herkent.", "Discuss the why together until everyone recognises it in one sentence.")
        ))
        for outlier in consensus.outliers {
            findings.append(ReadinessFinding(
                check: .purposeConsensus, severity: .warning, code: "consensus.outlier", partner: outlier,
                message: wording("De why van \(names[outlier] ?? outlier) wijkt af", "\(names[outlier] ?? outlier)'s why stands apart"),
                evidence: [wording("overeenstemming \(consensus.agreement[outlier] ?? 0)/100", "agreement \(consensus.agreement[outlier] ?? 0)/100")],
                action: wording("Vraag deze partner wat hij van het netwerk verwacht; het doel ligt op netwerkniveau, niet bij één organisatie.",
                                "Ask this partner what they expect of the network; the purpose sits at network level, not at one organisation's.")
            ))
        }
        for missing in consensus.missingStatements {
            findings.append(ReadinessFinding(
                check: .purposeConsensus, severity: .advice, code: "consensus.no-statement", partner: missing,
                message: wording("\(names[missing] ?? missing) gaf geen why", "\(names[missing] ?? missing) gave no why"),
                action: wording("Vraag ook deze partner naar de why van het netwerk.", "Ask this partner for the network's why too.")
            ))
        }
        return findings
    }
}
