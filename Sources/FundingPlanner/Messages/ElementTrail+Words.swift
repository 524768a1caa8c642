extension ElementTrail {
    /// The trail in words, without the root: `partner 'stad-genk', bijdrage 2027`.
    ///
    /// Each element is named by its Dutch word (when it has one) or its XML name, followed by
    /// the attribute that tells it apart from its siblings (`id`, `ref`, `year`…). Containers
    /// without such an attribute (`partners`, `budget`) are left out, except the element itself.
    func described(_ language: Language) -> String {
        let inner = steps.dropFirst()
        return inner.enumerated().filter { index, step in
            index == inner.count - 1 || Self.identifyingAttributes.contains { step.attributes[$0] != nil }
        }.map(\.element).map { step in
            let word = Self.word(for: step.name, language)
            guard let key = Self.identifyingAttributes.first(where: { step.attributes[$0] != nil }),
                  let value = step.attributes[key] else { return word }
            return value.allSatisfy(\.isNumber) ? "\(word) \(value)" : "\(word) '\(value)'"
        }.joined(separator: ", ")
    }

    /// The attributes that identify an element, most telling first.
    static let identifyingAttributes = ["id", "ref", "model", "plan", "criterion", "year", "type", "category", "code", "value"]

    /// The word people use for an element, or its XML name.
    static func word(for element: String, _ language: Language) -> String {
        let name = String(element.split(separator: ":").last ?? Substring(element))
        guard language == .nl else { return name }
        return dutchWords[name] ?? name
    }

    private static let dutchWords: [String: String] = [
        "asset": "middel", "assets": "middelen", "budget": "budget", "capacity": "capaciteit",
        "contribution": "bijdrage", "cost": "kost", "criterion": "criterium", "description": "beschrijving",
        "founded": "oprichtingsdatum", "gate": "poort", "governance": "bestuur", "group": "doelgroep",
        "legalForm": "rechtsvorm", "manifesto": "manifest", "model": "model", "name": "naam",
        "partner": "partner", "partners": "partners", "preferences": "voorkeuren", "purpose": "doel",
        "region": "regio", "score": "score", "source": "bron", "statement": "verklaring",
        "targetGroups": "doelgroepen", "theme": "thema", "themes": "thema's", "threshold": "drempel",
        "title": "titel", "year": "jaar", "yield": "opbrengst", "milestone": "mijlpaal",
        "exclude": "uitsluiting", "pin": "vastgezet model", "rule": "regel", "deadline": "deadline",
    ]
}
