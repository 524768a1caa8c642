import Foundation

/// Checks that the purpose is one simple, clear sentence (seed: "maak deze simpel") that says who
/// it is for and what changes for them.
///
/// Form: counts words, sentences and goals, and looks for jargon. Thresholds: at most 25 words
/// (problem above 40), one sentence, at most two goals. Goals are the distinct outcome concepts
/// the purpose names, a concept and a broader one counting once (so "toestellen leren sorteren en
/// herstellen" is one goal); without any outcome concept, the parts joined by commas,
/// semicolons and "en"/"and" are counted instead.
///
/// Meaning, from the lexicon's concepts: a purpose that names no target group
/// (`purpose.no-target-group`), no concrete outcome (`purpose.no-concrete-result`), or only
/// everyone and only broad outcomes (`purpose.everything-to-everyone`: "alle inwoners van de
/// streek een leven lang laten bijleren"); a purpose short and plain but flagged so is
/// `purpose.short` rather than `purpose.clear`. A purpose in which no concept is recognised gets
/// the form checks only.
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
    var lexicon = ConceptLexicon(concepts: [])

    /// The findings for each entry of `purpose`; `understood` holds each entry's concepts, in
    /// the same order (empty: form checks only).
    func findings(for purpose: LocalizedText, understood: [ConceptText] = []) -> [ReadinessFinding] {
        var findings: [ReadinessFinding] = []
        for (position, entry) in purpose.entries.enumerated() {
            let text = entry.text
            let words = text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" })
            let sentences = Self.sentenceCount(text)
            let meaning = position < understood.count ? Meaning(understood[position].distinct, lexicon: lexicon) : nil
            let goals = meaning.flatMap { $0.goals > 0 ? $0.goals : nil } ?? Self.goalCount(text)
            let lowered = words.map {
                $0.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: ".,;:!?()\"'"))
            }
            let jargonFound = Array(Set(lowered.filter { Self.jargon.contains($0) })).sorted()
            let evidence =
                [
                    wording(
                        "\(words.count) woorden (richtwaarde: hoogstens \(Self.maximumWords))",
                        "\(words.count) words (guide: at most \(Self.maximumWords))"),
                    wording("\(sentences) zin(nen), \(goals) doel(en)", "\(sentences) sentence(s), \(goals) goal(s)"),
                ]
                + (jargonFound.isEmpty
                    ? [] : [wording("vakjargon: ", "jargon: ") + jargonFound.joined(separator: ", ")])
                + (meaning.map { self.evidence($0) } ?? [])
            let tag = " [\(entry.language)]"
            if words.count > Self.maximumWords || sentences > 1 || goals > Self.maximumGoals || !jargonFound.isEmpty {
                let severity: FindingSeverity =
                    words.count > Self.problemWords || goals > Self.maximumGoals + 1 ? .problem : .warning
                findings.append(
                    ReadinessFinding(
                        check: .purposeClarity, severity: severity, code: "purpose.unclear",
                        message: wording(
                            "Het doel is niet één eenvoudige, heldere zin",
                            "The purpose is not one simple, clear sentence") + tag,
                        evidence: evidence,
                        action: wording(
                            "Herschrijf het doel als één korte zin met één hoofddoel, in gewone woorden; vraag elke partner of die zin hun why dekt.",
                            "Rewrite the purpose as one short sentence with one main goal, in plain words; ask each partner whether it covers their why."
                        )
                    ))
                if let meaning, !meaning.isEmpty { findings += meaningFindings(meaning, tag: tag) }
            } else if let meaning, !meaning.isEmpty, case let flagged = meaningFindings(meaning, tag: tag),
                !flagged.isEmpty
            {
                // Short and plain, but not clear about whom or what: the form is fine, the meaning is not.
                findings.append(
                    ReadinessFinding(
                        check: .purposeClarity, severity: .ok, code: "purpose.short",
                        message: wording(
                            "Het doel is één korte, eenvoudige zin", "The purpose is one short, simple sentence") + tag,
                        evidence: evidence
                    ))
                findings += flagged
            } else {
                findings.append(
                    ReadinessFinding(
                        check: .purposeClarity, severity: .ok, code: "purpose.clear",
                        message: wording(
                            "Het doel is één eenvoudige, heldere zin", "The purpose is one simple, clear sentence")
                            + tag,
                        evidence: evidence
                    ))
            }
        }
        return findings
    }

    /// The concepts of one purpose entry, sorted by what they say about the purpose.
    struct Meaning {
        var who: [Int] = []
        var everyone: [Int] = []
        var results: [Int] = []
        var broadResults: [Int] = []
        var places: [Int] = []
        var activities: [Int] = []
        /// Distinct outcomes: a concrete outcome (or, without one, a broad one) whose broader
        /// concepts are not among them.
        var goals = 0
        var isEmpty = true

        init(_ concepts: [Int], lexicon: ConceptLexicon) {
            isEmpty = concepts.isEmpty
            for position in concepts {
                let concept = lexicon.concept(at: position)
                switch (concept.kind, concept.isBroad) {
                case (.targetGroup, false): who.append(position)
                case (.targetGroup, true): everyone.append(position)
                case (.outcome, false): results.append(position)
                case (.outcome, true): broadResults.append(position)
                case (.place, _): places.append(position)
                case (.activity, _): activities.append(position)
                default: break
                }
            }
            let counted = results.isEmpty ? broadResults : results
            let set = Set(counted)
            goals =
                counted.filter { outcome in
                    !lexicon.expanded(outcome, depth: 3, themes: false).dropFirst().contains { set.contains($0) }
                }.count
        }
    }

    private func labels(_ positions: [Int]) -> String {
        positions.isEmpty
            ? "–" : positions.map { lexicon.concept(at: $0).label.text(in: wording.language) }.joined(separator: ", ")
    }

    private func evidence(_ meaning: Meaning) -> [String] {
        guard !meaning.isEmpty else { return [] }
        return [
            wording("voor wie: ", "who: ") + labels(meaning.who + meaning.everyone)
                + wording("; wat verandert: ", "; what changes: ") + labels(meaning.results + meaning.broadResults)
                + wording("; waar: ", "; where: ") + labels(meaning.places)
        ]
    }

    private func meaningFindings(_ meaning: Meaning, tag: String) -> [ReadinessFinding] {
        let evidence = self.evidence(meaning)
        if meaning.who.isEmpty && !meaning.everyone.isEmpty && meaning.results.isEmpty {
            return [
                ReadinessFinding(
                    check: .purposeClarity, severity: .warning, code: "purpose.everything-to-everyone",
                    message: wording(
                        "Het doel belooft alles aan iedereen", "The purpose promises everything to everyone") + tag,
                    evidence: evidence,
                    action: wording(
                        "Kies voor wie het netwerk het eerst verschil maakt (bijvoorbeeld werkzoekenden uit de wijk) en wat er concreet voor hen verandert (bijvoorbeeld werk vinden).",
                        "Choose for whom the network makes a difference first (for example job seekers from the neighbourhood) and what concretely changes for them (for example finding work)."
                    )
                )
            ]
        }
        var findings: [ReadinessFinding] = []
        if meaning.who.isEmpty {
            findings.append(
                ReadinessFinding(
                    check: .purposeClarity, severity: .warning, code: "purpose.no-target-group",
                    message: wording(
                        "Het doel zegt niet voor wie het netwerk er is",
                        "The purpose does not say whom the network is for") + tag,
                    evidence: evidence,
                    action: wording(
                        "Noem de doelgroep in gewone woorden: wie merkt het verschil (werkzoekenden, nieuwkomers, jongeren zonder diploma…)?",
                        "Name the target group in plain words: who notices the difference (job seekers, newcomers, young people without a diploma…)?"
                    )
                ))
        }
        if meaning.results.isEmpty {
            findings.append(
                ReadinessFinding(
                    check: .purposeClarity, severity: .warning, code: "purpose.no-concrete-result",
                    message: wording("Het doel noemt geen concreet resultaat", "The purpose names no concrete result")
                        + tag,
                    evidence: evidence,
                    action: wording(
                        "Zeg wat er voor de doelgroep verandert, zodat je het kunt zien en tellen (werk vinden, een diploma halen, Nederlands spreken…).",
                        "Say what changes for the target group, so that you can see and count it (finding work, earning a diploma, speaking Dutch…)."
                    )
                ))
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
