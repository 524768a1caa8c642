import Foundation

/// Checks that the purpose is one simple, clear sentence (seed: "maak deze simpel").
///
/// Counts words, sentences and goals (parts joined by commas, semicolons, "en"/"and"), and looks
/// for jargon. Thresholds: at most 25 words (problem above 40), one sentence, at most two goals.
struct PurposeClarity {
    static let maximumWords = 25
    static let problemWords = 40
    static let maximumGoals = 2

    static let jargon: Set<String> = [
        "synergie", "synergieën", "co-creatie", "cocreatie", "empowerment", "holistisch", "holistische", "transversaal",
        "transversale", "stakeholders", "stakeholder", "leverage", "impactgedreven", "disruptief", "disruptieve",
        "paradigma", "geïntegreerde", "multidisciplinaire", "kwetsbare", "doelgroepen", "outcome", "outcomes",
        "synergy", "synergies", "co-creation", "cocreation", "holistic", "leverage", "stakeholders", "paradigm",
        "cross-sectoral", "transversal", "disruptive", "impact-driven", "target", "groups", "upscaling", "scalable",
    ]

    let wording: Wording

    func findings(for purpose: LocalizedText) -> [ReadinessFinding] {
        var findings: [ReadinessFinding] = []
        for entry in purpose.entries {
            let text = entry.text
            let words = text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" })
            let sentences = Self.sentenceCount(text)
            let goals = Self.goalCount(text)
            let lowered = words.map { $0.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: ".,;:!?()\"'")) }
            let jargonFound = Array(Set(lowered.filter { Self.jargon.contains($0) })).sorted()
            let evidence = [
                wording("\(words.count) woorden (richtwaarde: hoogstens \(Self.maximumWords))", "\(words.count) words (guide: at most \(Self.maximumWords))"),
                wording("\(sentences) zin(nen), \(goals) doel(en)", "\(sentences) sentence(s), \(goals) goal(s)"),
            ] + (jargonFound.isEmpty ? [] : [wording("vakjargon: ", "jargon: ") + jargonFound.joined(separator: ", ")])
            let tag = " [\(entry.language)]"
            if words.count > Self.maximumWords || sentences > 1 || goals > Self.maximumGoals || !jargonFound.isEmpty {
                let severity: FindingSeverity = words.count > Self.problemWords || goals > Self.maximumGoals + 1 ? .problem : .warning
                findings.append(ReadinessFinding(
                    check: .purposeClarity, severity: severity, code: "purpose.unclear",
                    message: wording("Het doel is niet één eenvoudige, heldere zin", "The purpose is not one simple, clear sentence") + tag,
                    evidence: evidence,
                    action: wording(
                        "Herschrijf het doel als één korte zin met één hoofddoel, in gewone woorden; vraag elke partner of die zin hun why dekt.",
                        "Rewrite the purpose as one short sentence with one main goal, in plain words; ask each partner whether it covers their why."
                    )
                ))
            } else {
                findings.append(ReadinessFinding(
                    check: .purposeClarity, severity: .ok, code: "purpose.clear",
                    message: wording("Het doel is één eenvoudige, heldere zin", "The purpose is one simple, clear sentence") + tag,
                    evidence: evidence
                ))
            }
        }
        return findings
    }

    static func sentenceCount(_ text: String) -> Int {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        let enders = trimmed.dropLast().filter { ".!?".contains($0) }.count
        return enders + 1
    }

    /// Parts of at least four words between commas, semicolons and "en" / "and": a list of
    /// target groups ("jongeren, werkzoekenden en werknemers") is one goal, two clauses are two.
    static func goalCount(_ text: String) -> Int {
        var parts = [" " + text.lowercased() + " "]
        for separator in [",", ";", " en ", " and "] {
            parts = parts.flatMap { $0.components(separatedBy: separator) }
        }
        let goals = parts.filter { $0.split(separator: " ").count >= 4 }.count
        return max(1, goals)
    }
}
