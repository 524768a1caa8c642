import Foundation
internal import FundingPlannerXML

/// Where an interview asks its questions: a terminal, a pipe of prepared answers, a test.
public protocol InterviewConsole: AnyObject {
    /// Shows a line of text (a list of choices, a problem with the last answer).
    func show(_ text: String)
    /// Asks `prompt` and returns the answer line, or `nil` when there is no more input.
    func ask(_ prompt: String) -> String?
    /// Whether a person answers (a refused answer is asked again) or a script does (a refused
    /// answer stops the interview, so that later answers are never taken for other questions).
    var isInteractive: Bool { get }
}

/// Why an interview stopped without a profile.
public enum InterviewError: Error, Sendable, Hashable {
    /// The answers ran out while this question (worded in the interview's language) was open.
    case answersEnded(question: String)
    /// A prepared (piped) answer was refused: the question, the answer and why.
    case answerRefused(question: String, problem: TypedInput.Problem)

    /// What happened and what to do, in `language`.
    public func message(in language: Language) -> String {
        switch self {
        case .answerRefused(let question, let problem):
            language == .nl
                ? "het antwoord op '\(question)' werd geweigerd: \(problem.text(language)); er is niets geschreven."
                : "the answer to '\(question)' was refused: \(problem.text(language)); nothing was written."
        case .answersEnded(let question):
            language == .nl
                ? "de antwoorden stopten bij de vraag '\(question)'; er is niets geschreven. Beantwoord alle vragen (of geef een leeg antwoord om een standaardwaarde te nemen)."
                : "the answers ended at the question '\(question)'; nothing was written. Answer every question (or give an empty answer to take a default)."
        }
    }
}

/// Asks one question at a time until the answer is accepted, showing the problem and how to
/// write it after each refused answer.
struct Asker {
    let console: any InterviewConsole
    let language: Language

    var wording: Wording { Wording(language: language) }

    /// Asks until `parse` accepts the answer; an empty answer takes `defaultAnswer` when there is one.
    func ask<Value>(
        _ dutch: String, _ english: String, default defaultAnswer: String? = nil,
        _ parse: (String) -> Result<Value, TypedInput.Problem>
    ) throws(InterviewError) -> Value {
        let question = wording(dutch, english)
        let prompt = question + (defaultAnswer.map { " [\($0)]" } ?? "") + ": "
        while true {
            guard let line = console.ask(prompt) else { throw .answersEnded(question: question) }
            let answer = line.trimmingWhitespace()
            let typed = answer.isEmpty ? (defaultAnswer ?? "") : answer
            switch parse(typed) {
            case .success(let value): return value
            case .failure(let problem):
                guard console.isInteractive else { throw .answerRefused(question: question, problem: problem) }
                console.show("  ✗ " + problem.text(language))
            }
        }
    }

    /// An answer that may be empty (`nil`), else checked by `parse`.
    func optional<Value>(
        _ dutch: String, _ english: String, default defaultAnswer: String? = nil,
        _ parse: @escaping (String) -> Result<Value, TypedInput.Problem>
    ) throws(InterviewError) -> Value? {
        try ask(dutch, english, default: defaultAnswer) { typed in
            typed.isEmpty ? .success(nil) : parse(typed).map { Optional($0) }
        }
    }

    /// A short text of 1 to `maximum` characters (names, descriptions).
    func text(_ typed: String, maximum: Int = 200) -> Result<String, TypedInput.Problem> {
        let text = typed.trimmingWhitespace()
        guard !text.isEmpty else { return .failure(.init("dit mag niet leeg zijn", "this cannot be empty")) }
        guard text.count <= maximum else {
            return .failure(
                .init(
                    "hoogstens \(maximum) tekens (nu \(text.count))",
                    "at most \(maximum) characters (now \(text.count))"))
        }
        return .success(text)
    }

    /// Shows the numbered choices of a vocabulary with their labels.
    func list<Token: Labelled & CaseIterable>(_ type: Token.Type) {
        for (index, token) in Token.allCases.enumerated() {
            console.show("  \(index + 1). \(token.label(language)) (\(token.rawValue))")
        }
    }

    /// Asks the short id of what was just named `name` (suggested from the name), refusing one of
    /// `taken`.
    func newIdentifier(for name: String, taken: Set<String>) throws(InterviewError) -> String {
        try ask("  Korte id", "  Short id", default: Asker.slug(name)) { typed in
            Asker.identifier(typed).flatMap { id in
                taken.contains(id)
                    ? .failure(
                        .init("'\(id)' is al gebruikt; kies een andere id", "'\(id)' is taken; choose another id"))
                    : .success(id)
            }
        }
    }

    /// An identifier as the schemas accept it: lower-case letters and digits in groups joined by hyphens.
    static func identifier(_ typed: String) -> Result<String, TypedInput.Problem> {
        let text = typed.trimmingWhitespace()
        guard text.wholeMatch(of: /[a-z0-9]+(-[a-z0-9]+)*/) != nil else {
            return .failure(
                .init(
                    "'\(typed)' is geen geldige id: gebruik kleine letters, cijfers en streepjes, bijvoorbeeld \(slug(typed))",
                    "'\(typed)' is not a valid id: use lower-case letters, digits and hyphens, for example \(slug(typed))"
                ))
        }
        return .success(text)
    }

    /// A suggested identifier for a name: `Stad Genk, dienst werk` → `stad-genk-dienst-werk`.
    static func slug(_ name: String) -> String {
        let folded = name.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
        let words = folded.split { !($0.isASCII && ($0.isLetter || $0.isNumber)) }.map(String.init)
        let slug = words.prefix(5).joined(separator: "-")
        return slug.isEmpty ? "netwerk" : slug
    }
}
