/// The sentence for one schema problem in one language: where, what is wrong, how to fix it.
struct SchemaPhrases {
    let model: SchemaModel
    let language: Language
    let trail: ElementTrail?
    /// The identifiers defined in the document (read only when a reference is unknown).
    let knownIds: () -> Set<String>

    private func say(_ dutch: String, _ english: String) -> String {
        language == .nl ? dutch : english
    }

    private var advice: TypeAdvice { TypeAdvice(model: model, language: language) }

    /// The parent of the element in question, from the trail.
    private var parent: String? {
        guard let steps = trail?.steps, steps.count >= 2 else { return nil }
        return String(steps[steps.count - 2].name.split(separator: ":").last ?? "")
    }

    /// The whole message for `problem`: the place in words, what is wrong and how to fix it.
    ///
    /// For example `partner 'stad-genk', bijdrage 2027: amount="10.000" is …; schrijf …`.
    func sentence(for problem: SchemaProblem) -> String {
        let place = trail.map { $0.described(language) } ?? ""
        let body = Self.joined([what(problem), fix(problem)])
        return place.isEmpty ? body : place + ": " + body
    }

    /// The type of the value in question: the attribute's, or the element's text.
    private func typeName(_ problem: SchemaProblem) -> String? {
        if let attribute = problem.attribute {
            return model.attributeType(element: problem.element, attribute: attribute, parent: parent)
        }
        return model.elements(named: problem.element, parent: parent).lazy.compactMap(\.textType).first
    }

    /// `amount="10.000"` or `<founded> "01/09/2024"`.
    private func subject(_ problem: SchemaProblem) -> String {
        let value = problem.value ?? ""
        if let attribute = problem.attribute { return "\(attribute)=\"\(value)\"" }
        return "<\(problem.element)> \"\(value)\""
    }

    private func what(_ problem: SchemaProblem) -> String {
        let subject = subject(problem)
        switch problem.kind {
        case .enumeration:
            return say("\(subject) is geen van de toegelaten waarden", "\(subject) is not one of the allowed values")
        case .pattern, .invalidValue:
            return say(
                "\(subject) is niet geschreven zoals dit bestand het verwacht",
                "\(subject) is not written the way this file expects")
        case .tooSmall(let limit):
            return say("\(subject) is kleiner dan het minimum \(limit)", "\(subject) is less than the minimum \(limit)")
        case .tooLarge(let limit):
            return say("\(subject) is groter dan het maximum \(limit)", "\(subject) is more than the maximum \(limit)")
        case .tooShort(let limit):
            return (problem.value ?? "").isEmpty || limit == "1"
                ? say("\(subject) is leeg; vul iets in", "\(subject) is empty; fill it in")
                : say("\(subject) is korter dan \(limit) tekens", "\(subject) is shorter than \(limit) characters")
        case .tooLong(let limit):
            return say(
                "de tekst is langer dan \(limit) tekens; maak hem korter",
                "the text is longer than \(limit) characters; shorten it")
        case .tooManyDecimals(let limit):
            return say(
                "\(subject) heeft meer dan \(limit) cijfers na het decimaalpunt",
                "\(subject) has more than \(limit) digits after the decimal point")
        case .missingChild(let expected):
            return say(
                "in <\(problem.element)> ontbreekt een element: hier moet nu \(alternatives(expected)) komen",
                "<\(problem.element)> is missing an element: \(alternatives(expected)) must come next")
        case .unexpectedElement(let expected):
            let instead =
                expected.isEmpty
                ? "" : say("; hier mag \(alternatives(expected)) komen", "; \(alternatives(expected)) may come here")
            return say("<\(problem.element)> hoort hier niet", "<\(problem.element)> is not allowed here") + instead
        case .missingAttribute(let name):
            return say(
                "<\(problem.element)> mist het verplichte attribuut \(name)",
                "<\(problem.element)> lacks the required attribute \(name)")
        case .unexpectedAttribute:
            let name = problem.attribute ?? ""
            return say(
                "<\(problem.element)> kent geen attribuut \(name)", "<\(problem.element)> has no attribute \(name)")
        case .textNotAllowed:
            return say(
                "<\(problem.element)> bevat tekst, maar hier horen alleen elementen",
                "<\(problem.element)> holds text where only elements belong")
        case .duplicateKey:
            return say(
                "'\(problem.value ?? "")' komt meer dan één keer voor; elke id moet uniek zijn",
                "'\(problem.value ?? "")' appears more than once; every id must be unique")
        case .unknownReference:
            return say(
                "'\(problem.value ?? "")' verwijst naar een id die in dit bestand niet bestaat",
                "'\(problem.value ?? "")' refers to an id that this file does not define")
        case .other where problem.value != nil:
            return say(
                "\(subject) is niet geschreven zoals dit bestand het verwacht",
                "\(subject) is not written the way this file expects")
        case .other:
            return say(
                "<\(problem.element)> volgt de regels van het schema niet",
                "<\(problem.element)> does not follow the schema")
        }
    }

    private func fix(_ problem: SchemaProblem) -> String {
        switch problem.kind {
        case .enumeration, .pattern, .invalidValue, .tooSmall, .tooLarge, .tooManyDecimals, .tooShort, .tooLong:
            guard let type = typeName(problem) else { return "" }
            var parts: [String] = []
            if let value = problem.value, let meant = advice.conversion(of: value, typeName: type) {
                parts.append(say("schrijf \(meant)", "write \(meant)"))
            } else if let value = problem.value, case (_, let values) = model.facets(of: enumerationType(type)),
                !values.isEmpty,
                let closest = VocabularyLabels.closest(to: value, type: enumerationType(type), values: values)
            {
                parts.append(say("bedoel je '\(closest)'?", "did you mean '\(closest)'?"))
            }
            if let advised = advice.advice(for: type) { parts.append(advised) }
            return Self.joined(parts)
        case .missingChild, .unexpectedElement:
            return allowedChildren(problem)
        case .missingAttribute(let name):
            guard let type = model.attributeType(element: problem.element, attribute: name, parent: parent),
                let advised = advice.advice(for: type)
            else { return "" }
            return "\(name): \(advised)"
        case .unexpectedAttribute:
            let names = model.elements(named: problem.element, parent: parent).first?.attributes.map(\.name) ?? []
            guard !names.isEmpty else { return say("verwijder het", "remove it") }
            let meant =
                Suggestion.closest(to: problem.attribute ?? "", among: Set(names)).map {
                    say("bedoel je \($0)?", "did you mean \($0)?")
                } ?? ""
            return Self.joined([meant, say("toegelaten: ", "allowed: ") + names.joined(separator: ", ")])
        case .textNotAllowed, .duplicateKey, .other:
            return ""
        case .unknownReference:
            let meant = Suggestion.closest(to: problem.value ?? "", among: knownIds())
            return meant.map { say("bedoel je '\($0)'?", "did you mean '\($0)'?") }
                ?? say("gebruik een id die hierboven gedefinieerd is", "use an id defined above")
        }
    }

    /// Joins parts with `; `, or with a space and a capital after a question.
    static func joined(_ parts: [String]) -> String {
        parts.filter { !$0.isEmpty }.reduce("") { text, part in
            guard !text.isEmpty else { return part }
            return text.hasSuffix("?")
                ? text + " " + part.prefix(1).uppercased() + part.dropFirst() : text + "; " + part
        }
    }

    /// The item type of a list type, else the type itself (for enumerations and labels).
    private func enumerationType(_ type: String) -> String {
        model.types[type]?.itemType ?? type
    }

    /// `<a>` or `<a>, <b> of <c>`.
    private func alternatives(_ names: [String]) -> String {
        let tags = names.map { "<\($0)>" }
        guard tags.count > 1 else { return tags.first ?? "" }
        return tags.dropLast().joined(separator: ", ") + say(" of ", " or ") + (tags.last ?? "")
    }

    /// What the parent allows, in order, and a hint when an end tag was probably forgotten.
    private func allowedChildren(_ problem: SchemaProblem) -> String {
        var parts: [String] = []
        if let steps = trail?.steps, steps.count >= 2, case .unexpectedElement = problem.kind {
            let container = steps[steps.count - 2]
            if String(container.name.split(separator: ":").last ?? "") == problem.element {
                parts.append(
                    say(
                        "de vorige <\(problem.element)> (regel \(container.line)) is niet gesloten: voeg </\(problem.element)> toe",
                        "the previous <\(problem.element)> (line \(container.line)) is not closed: add </\(problem.element)>"
                    ))
            }
        }
        let isMissing: Bool = if case .missingChild = problem.kind { true } else { false }
        let owner = isMissing ? problem.element : parent
        if let owner, let children = model.elements(named: owner).first?.children, !children.isEmpty {
            parts.append(
                say("in <\(owner)> staan, in deze volgorde: ", "<\(owner)> holds, in this order: ")
                    + children.map { "<\($0)>" }.joined(separator: ", "))
        }
        return parts.joined(separator: "; ")
    }
}
