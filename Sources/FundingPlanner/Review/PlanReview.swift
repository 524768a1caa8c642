/// The review of one plan: each criterion's measure, score and evidence, the gates, the
/// weighted score.
///
/// ``ReviewBatch`` makes one review per plan file it reads.
public struct PlanReview: Sendable, Hashable {
    /// The outcome of one rubric criterion for one plan.
    public struct CriterionResult: Sendable, Hashable {
        /// The criterion's identifier in the rubric (``Rubric/Criterion/id``).
        public var id: String
        /// The automatic measure the criterion uses.
        public var measure: ReviewMeasure
        /// The measure, 0–100; `nil` when it does not apply to this plan.
        public var value: Int?
        /// 0–5; `nil` for "not applicable".
        public var score: Int?
        /// The criterion's weight in the weighted score, from the rubric.
        public var weight: Int
        /// Short sentences, in the review's language, with the numbers behind the measure.
        public var evidence: [String]
    }

    /// The outcome of one gate, of the rubric or of the call, for one plan.
    public struct GateResult: Sendable, Hashable {
        /// The gate's identifier: a rubric gate's id, or `call-…` for a call's rule.
        public var id: String
        /// Whether the plan passes the gate.
        public var passed: Bool
        /// What was checked, with the numbers.
        public var text: String
    }

    /// The identifier of the plan's network, as `plan.xml` gives it.
    public var networkID: String
    /// The name of the plan's network, as `plan.xml` gives it.
    public var networkName: String
    /// The plan file the review was made from, as the review names it.
    public var file: String
    /// The SHA-256 of the plan file's bytes, as 64 lower-case hexadecimal digits.
    public var sha256: String
    /// One result per rubric criterion, in the rubric's order.
    public var criteria: [CriterionResult]
    /// The rubric's gates, then the call's gates when a call was given.
    public var gates: [GateResult]
    /// The plan's budget, amounts asked, co-financing and own-income share (`nil` when unknown).
    public var amounts: PlanAmounts? = nil

    /// The weighted mean of the numeric scores, in hundredths (0–500).
    public var scoreHundredths: Int {
        let scored = criteria.filter { $0.score != nil }
        let weights = scored.reduce(0) { $0 + $1.weight }
        guard weights > 0 else { return 0 }
        let total = scored.reduce(0) { $0 + $1.weight * ($1.score ?? 0) * 100 }
        return (total + weights / 2) / weights
    }

    /// Whether the plan passes every gate, of the rubric and of the call.
    public var passesGates: Bool { gates.allSatisfy(\.passed) }
}

/// Scores plans against a rubric and a call.
struct ReviewScorer {
    let rubric: Rubric
    let call: CallRules?
    let language: Language
    var wording: Wording { Wording(language: language) }

    func review(_ facts: PlanFacts, file: String, sha256: String) -> PlanReview {
        let criteria = rubric.criteria.map { criterion -> PlanReview.CriterionResult in
            let (value, evidence) = measure(criterion.measure, facts)
            return PlanReview.CriterionResult(
                id: criterion.id, measure: criterion.measure, value: value, score: value.map(criterion.score(for:)),
                weight: criterion.weight, evidence: evidence)
        }
        var gates: [PlanReview.GateResult] = rubric.gates.map { gate in
            let score = criteria.first { $0.id == gate.criterion }?.score
            let passed = score.map { $0 >= gate.minimumScore } ?? true
            return PlanReview.GateResult(
                id: gate.id, passed: passed,
                text: gate.name.text(in: language) + " (" + wording("score", "score")
                    + " \(score.map(String.init) ?? "–") ≥ \(gate.minimumScore))")
        }
        if let call { gates += CallChecks(call: call, wording: wording).gates(facts) }
        return PlanReview(
            networkID: facts.networkID, networkName: facts.networkName, file: file, sha256: sha256, criteria: criteria,
            gates: gates, amounts: PlanAmounts(facts))
    }

    func percent(_ basisPoints: Int) -> String {
        BasisPoints(basisPoints).formatted(language)
    }

    func sourceName(_ id: String, _ facts: PlanFacts) -> String {
        facts.sources.first { $0.modelID == id }?.name
            ?? (id.hasPrefix("partner:")
                ? wording("partner ", "partner ")
                    + (facts.partnerNames[String(id.dropFirst(8))] ?? String(id.dropFirst(8)))
                : id)
    }

    func measure(_ measure: ReviewMeasure, _ facts: PlanFacts) -> (Int?, [String]) {
        switch measure {
        case .coverage:
            return (
                facts.allYearsCovered / 100,
                [
                    wording("kans dat alle jaren gedekt zijn: ", "chance that every year is covered: ")
                        + percent(facts.allYearsCovered)
                ]
            )
        case .diversification:
            guard let worst = facts.topShares.max(by: { $0.share < $1.share }) else {
                return (0, [wording("geen inkomsten", "no income")])
            }
            let top = facts.sources.first { $0.modelID == worst.source }
            let reciprocity = top?.resourceType == .reciprocity
            let value = max(0, 100 - worst.share / 100 - (reciprocity ? 10 : 0))
            var evidence = [
                wording("grootste bron: ", "largest source: ") + sourceName(worst.source, facts) + " "
                    + percent(worst.share)
            ]
            if reciprocity {
                evidence.append(
                    top?.funderType == .partners
                        ? wording(
                            "nieuw geld van partners, nog af te spreken: 10 punten minder",
                            "new partner money, still to be agreed: 10 points less")
                        : wording("giften of sponsoring: 10 punten minder", "gifts or sponsorship: 10 points less"))
            }
            return (value, evidence)
        case .alignment:
            let total = facts.sources.reduce(Int64(0)) { $0 + $1.income.reduce(0, +) }
            guard total > 0 else { return (0, [wording("geen gekozen bronnen", "no chosen sources")]) }
            let weighted = facts.sources.reduce(Int64(0)) { $0 + Int64($1.alignment) * $1.income.reduce(0, +) }
            let value = Int((weighted + total / 2) / total)
            let best = facts.sources.max { $0.income.reduce(0, +) < $1.income.reduce(0, +) }
            return (
                value,
                [wording("aansluiting gewogen naar inkomsten: \(value)/100", "income-weighted alignment: \(value)/100")]
                    + (best.map {
                        [
                            wording(
                                "grootste bron \($0.name): \($0.alignment)/100",
                                "largest source \($0.name): \($0.alignment)/100")
                        ]
                    } ?? [])
            )
        case .moneyAndPower:
            let power = facts.findings.filter { $0.check == .moneyAndPower }
            let worst = power.map(\.severity).max() ?? .ok
            let value = worst == .problem ? 0 : worst == .warning ? 50 : 100
            let named = power.filter { $0.severity != .ok }.map { wording.powerFinding($0.code, severity: $0.severity) }
            return (value, named.isEmpty ? [wording("geld en macht gescheiden", "money and power separated")] : named)
        case .purpose:
            let unclear = facts.findings.contains { $0.check == .purposeClarity && $0.severity >= .warning }
            guard let consensus = facts.consensus else {
                return (
                    unclear ? 0 : nil,
                    [wording("te weinig partners gaven hun why", "too few partners stated their why")]
                )
            }
            let value = unclear ? min(consensus, 40) : consensus
            return (
                value,
                [wording("consensus \(consensus)/100", "consensus \(consensus)/100")]
                    + (unclear ? [wording("doel niet helder: hoogstens 40", "purpose unclear: at most 40")] : [])
            )
        case .maturityRealism:
            guard facts.stage == .forming else {
                return (100, [wording("netwerk ", "network ") + facts.stage.label(language)])
            }
            let value = max(0, 100 - 2 * facts.earnedShareFirstYear / 100)
            return (
                value,
                [
                    wording(
                        "netwerk in opbouw; eigen verdiende inkomsten in het eerste jaar: ",
                        "forming network; earned income in the first year: ") + percent(facts.earnedShareFirstYear)
                ]
            )
        case .addedValue:
            // A funder sees added value when its money itself serves the purpose: the alignment of
            // its sources, weighted by income, and 0 where the plan does not describe the added value.
            let funded = facts.sources.filter { $0.funderType.isPublicOrCorporate && $0.income.reduce(0, +) > 0 }
            guard !funded.isEmpty else {
                return (
                    nil,
                    [
                        wording(
                            "geen publieke of bedrijfsfinanciers in het plan",
                            "no public or corporate funders in the plan")
                    ]
                )
            }
            let total = funded.reduce(Int64(0)) { $0 + $1.income.reduce(0, +) }
            let weighted = funded.reduce(Int64(0)) { sum, source in
                sum
                    + (facts.addedValueFunders.contains(source.funderType)
                        ? Int64(source.alignment) * source.income.reduce(0, +) : 0)
            }
            let value = Int((weighted + total / 2) / total)
            let funders = Set(funded.map(\.funderType))
            let covered = funders.intersection(facts.addedValueFunders)
            var evidence = [
                wording(
                    "aansluiting van de publieke en bedrijfsbronnen, gewogen naar inkomsten: \(value)/100",
                    "alignment of the public and corporate sources, weighted by income: \(value)/100"),
                wording(
                    "meerwaarde beschreven voor \(covered.count) van \(funders.count) financiers",
                    "added value described for \(covered.count) of \(funders.count) funders"),
            ]
            if let weakest = funded.min(by: { ($0.alignment, $0.modelID) < ($1.alignment, $1.modelID) }) {
                evidence.append(
                    wording(
                        "zwakste: \(weakest.name) \(weakest.alignment)/100",
                        "weakest: \(weakest.name) \(weakest.alignment)/100"))
            }
            return (value, evidence)
        case .ownIncomeTrend:
            let value =
                switch facts.ownShareTrend {
                case .rising: 100
                case .flat: 60
                case .falling: 20
                }
            return (
                value, [wording("trend eigen inkomsten: ", "own-income trend: ") + facts.ownShareTrend.label(language)]
            )
        case .continuation:
            guard let worst = facts.cliffs.max(by: { ($0.share, $1.model) < ($1.share, $0.model) }) else {
                return (100, [wording("geen subsidie die wegvalt binnen het plan", "no grant ends within the plan")])
            }
            let value = max(0, 100 - worst.share / 100)
            return (
                value,
                facts.cliffs.map { cliff in
                    wording(
                        "\(cliff.year): \(sourceName(cliff.model, facts)) valt weg, \(percent(cliff.share)) van de inkomsten",
                        "\(cliff.year): \(sourceName(cliff.model, facts)) ends, \(percent(cliff.share)) of income")
                }
            )
        case .partnership:
            let composition = facts.findings.filter { $0.check == .composition }
            let problems = composition.filter { $0.severity == .problem }
            let warnings = composition.filter { $0.severity == .warning }
            let value = max(0, 100 - 40 * problems.count - 20 * warnings.count)
            let codes = (problems + warnings).map(\.code)
            return (
                value,
                codes.isEmpty ? [wording("samenstelling zonder waarschuwingen", "composition without warnings")] : codes
            )
        case .securedIncome:
            let pledged = facts.partnerCash.reduce(0, +)
            let sources = facts.sources.reduce(Int64(0)) { $0 + $1.income.reduce(0, +) }
            let total = pledged + sources
            guard total > 0 else { return (0, [wording("geen inkomsten", "no income")]) }
            let expected = facts.sources.reduce(Int64(0)) {
                $0 + $1.income.reduce(0, +) * Int64($1.probability) / 10_000
            }
            let value = Int((pledged * 100 + total / 2) / total)
            return (
                value,
                [
                    wording(
                        "toegezegd door de partners: \(Money(cents: pledged).formatted(.nl)) van \(Money(cents: total).formatted(.nl))",
                        "pledged by the partners: \(Money(cents: pledged).formatted(.en)) of \(Money(cents: total).formatted(.en))"
                    ),
                    wording(
                        "verwacht naar slaagkans: \(Money(cents: pledged + expected).formatted(.nl))",
                        "expected at the chances of success: \(Money(cents: pledged + expected).formatted(.en))"),
                ]
            )
        case .costRealism:
            let costs = facts.costLines.reduce(Int64(0)) { $0 + $1.values.reduce(0, +) }
            guard costs > 0 else { return (nil, [wording("geen kosten", "no costs")]) }
            let coordination = facts.costLines.reduce(Int64(0)) { $0 + ($1[.coordination] ?? 0) }
            let share = Int((coordination * 10_000 + costs / 2) / costs)
            var value = 100 - max(0, (share - 5_000) / 50)
            var evidence = [
                wording("coördinatie: \(percent(share)) van de kosten", "coordination: \(percent(share)) of the costs")
            ]
            if let rate = facts.hourlyRate {
                let realistic = rate >= Money(euros: 40) && rate <= Money(euros: 60)
                if !realistic { value -= 20 }
                evidence.append(
                    wording("uurtarief \(rate.formatted(.nl))", "hourly rate \(rate.formatted(.en))")
                        + (realistic ? "" : wording(": buiten 40 tot 60 euro", ": outside 40 to 60 euros")))
            }
            return (max(0, value), evidence)
        case .quickWins:
            let count = facts.quickWins.count
            let value = count == 0 ? 0 : count == 1 ? 60 : count == 2 ? 80 : 100
            return (
                value,
                [
                    wording("snelle successen in het eerste jaar: ", "quick wins in the first year: ")
                        + (count == 0
                            ? wording("geen", "none")
                            : facts.quickWins.map { sourceName($0, facts) }.joined(separator: ", "))
                ]
            )
        case .policyFit:
            let publicSources = facts.sources.filter { $0.resourceType == .public && $0.income.reduce(0, +) > 0 }
            guard !publicSources.isEmpty else {
                return (nil, [wording("geen publieke bronnen in het plan", "no public sources in the plan")])
            }
            let total = publicSources.reduce(Int64(0)) { $0 + $1.income.reduce(0, +) }
            let weighted = publicSources.reduce(Int64(0)) {
                $0 + Int64(facts.themeScores[$1.modelID] ?? 0) * $1.income.reduce(0, +)
            }
            let value = Int((weighted + total / 2) / total)
            return (
                value,
                [
                    wording(
                        "thema's van de publieke bronnen, gewogen naar inkomsten: \(value)/100",
                        "themes of the public sources, weighted by income: \(value)/100")
                ]
                    + publicSources.map {
                        wording(
                            "\($0.name): \(facts.themeScores[$0.modelID] ?? 0)/100",
                            "\($0.name): \(facts.themeScores[$0.modelID] ?? 0)/100")
                    }
            )
        }
    }
}
