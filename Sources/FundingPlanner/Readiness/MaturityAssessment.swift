/// Forming, growing or mature, with the reasons (seed: "it often takes two years of toil before a
/// network really functions"; diversity without starting too big; a few lighthouses; a simple
/// goal; a value framework or manifesto helps).
///
/// - forming: under 12 months old, or under 24 months without both a shared purpose
///   (consensus ≥ 50) and a manifesto;
/// - mature: at least 24 months old, shared purpose, a manifesto, at least one puller, and no
///   free rider or dominant partner;
/// - growing: everything in between.
public struct MaturityAssessment: Sendable, Hashable {
    /// The stage the network is in: forming, growing or mature.
    public var stage: MaturityStage
    /// Age at the start of the plan (1 January of its first year), in whole months.
    public var ageInMonths: Int
    /// Why this stage, in the report's language.
    public var reasons: [String]

    static let sharedPurposeScore = 50

    static func assess(
        _ profile: NetworkProfile, consensus: ConsensusAnalysis, compositionFindings: [ReadinessFinding],
        wording: Wording
    ) -> MaturityAssessment {
        let start = CalendarDate(year: profile.budget.startYear, month: 1, day: 1)
        let age = max(0, profile.founded.months(until: start))
        let shared = (consensus.score ?? 0) >= sharedPurposeScore
        let pullers = profile.partners.filter { $0.roles.contains(.puller) }.count
        let compositionTrouble = compositionFindings.contains {
            ["composition.free-rider", "composition.spy", "composition.dominant-partner"].contains($0.code)
        }
        var reasons = [
            wording(
                "\(age) maanden oud bij de start van het plan (een netwerk heeft vaak twee jaar nodig om te functioneren)",
                "\(age) months old when the plan starts (a network often needs two years to function)"),
            shared
                ? wording(
                    "gedeeld doel (consensus \(consensus.score ?? 0)/100)",
                    "shared purpose (consensus \(consensus.score ?? 0)/100)")
                : wording(
                    "doel nog niet gedeeld (consensus \(consensus.score.map(String.init) ?? "onbekend")/100)",
                    "purpose not yet shared (consensus \(consensus.score.map(String.init) ?? "unknown")/100)"),
            profile.hasManifesto
                ? wording("er is een waardenkader of manifest", "a value framework or manifesto exists")
                : wording("geen waardenkader of manifest", "no value framework or manifesto"),
            wording("\(pullers) trekker(s)", "\(pullers) puller(s)"),
        ]
        if compositionTrouble {
            reasons.append(
                wording(
                    "samenstelling vraagt aandacht (free rider, spion of dominante partner)",
                    "composition needs attention (free rider, spy or dominant partner)"))
        }
        let stage: MaturityStage
        if age < 12 || (age < 24 && !(shared && profile.hasManifesto)) {
            stage = .forming
        } else if age >= 24 && shared && profile.hasManifesto && pullers > 0 && !compositionTrouble {
            stage = .mature
        } else {
            stage = .growing
        }
        return MaturityAssessment(stage: stage, ageInMonths: age, reasons: reasons)
    }
}
