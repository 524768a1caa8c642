import Foundation

/// A value of a closed vocabulary as a person names it: its number in a shown list, its XML
/// token, or its Dutch or English label, in any case and with or without accents.
public enum VocabularyChoice {
    /// The token `typed` names, or a problem that lists the allowed values and the closest one.
    public static func pick<Token: Labelled & CaseIterable>(_ typed: String, among _: Token.Type) -> Result<
        Token, TypedInput.Problem
    > {
        let all = Array(Token.allCases)
        return pick(typed, options: all.map { ($0, $0.rawValue, [$0.label(.nl), $0.label(.en)]) })
    }

    /// Several tokens, separated by commas, semicolons or spaces after numbers (`1, 3` or
    /// `nieuwkomers; werkzoekenden`); at least one.
    public static func pickSeveral<Token: Labelled & CaseIterable>(
        _ typed: String, among type: Token.Type
    ) -> Result<[Token], TypedInput.Problem> {
        pickSeveral(typed) { pick($0, among: type) }
    }

    /// The option `typed` names among `(value, token, labels)`, numbered from 1 in that order.
    ///
    /// - Returns: the value, or a problem that lists the tokens and suggests the closest one.
    public static func pick<Value>(_ typed: String, options: [(Value, String, [String])]) -> Result<
        Value, TypedInput.Problem
    > {
        let text = fold(typed)
        if let number = Int(text), (1...options.count).contains(number) { return .success(options[number - 1].0) }
        // A label's words before a parenthesis count too: "trekker" for "trekker (vuurtoren)".
        let short = { (label: String) in fold(String(label.prefix { $0 != "(" })) }
        for option in options
        where fold(option.1) == text || option.2.contains(where: { fold($0) == text || short($0) == text }) {
            return .success(option.0)
        }
        // A word of exactly one option's label: "horeca" for "Horeca en gastvrijheid".
        let byWord = options.filter { option in
            option.2.contains { label in
                fold(label).split { !$0.isLetter && !$0.isNumber && $0 != "-" }.contains { $0 == text }
            }
        }
        if byWord.count == 1, let only = byWord.first { return .success(only.0) }
        let names = options.flatMap { [$0.1] + $0.2 }
        let closest = Suggestion.closest(to: text, among: Set(names.map(fold)))
        let suggestion = closest.flatMap { folded in
            options.first { fold($0.1) == folded || $0.2.contains { fold($0) == folded } }
        }
        let allowed = options.map { "\($0.1) (\($0.2.first ?? $0.1))" }.joined(separator: ", ")
        let hintNL = suggestion.map { "; bedoelt u '\($0.2.first ?? $0.1)'?" } ?? "."
        let hintEN = suggestion.map { "; did you mean '\($0.2.last ?? $0.1)'?" } ?? "."
        return .failure(
            TypedInput.Problem(
                "'\(typed)' staat niet in de lijst\(hintNL) Kies een nummer of een van: \(allowed)",
                "'\(typed)' is not in the list\(hintEN) Choose a number or one of: \(allowed)"))
    }

    /// Several values, each read by `pick`; the first problem stops the reading.
    static func pickSeveral<Value>(_ typed: String, _ pick: (String) -> Result<Value, TypedInput.Problem>) -> Result<
        [Value], TypedInput.Problem
    > {
        let parts = typed.split { $0 == "," || $0 == ";" || $0 == "\n" }.map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
        let pieces = parts.flatMap { part in
            part.split(separator: " ").allSatisfy { Int($0) != nil }
                ? part.split(separator: " ").map(String.init) : [part]
        }
        guard !pieces.isEmpty else {
            return .failure(TypedInput.Problem("kies er minstens één", "choose at least one"))
        }
        var values: [Value] = []
        for piece in pieces {
            switch pick(piece) {
            case .success(let value): values.append(value)
            case .failure(let problem): return .failure(problem)
            }
        }
        return .success(values)
    }

    /// Lower case, accents removed, inner spaces and hyphens unified.
    static func fold(_ text: String) -> String {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
            .trimmingCharacters(in: .whitespaces)
            .replacingOccurrences(of: "_", with: "-")
    }
}
