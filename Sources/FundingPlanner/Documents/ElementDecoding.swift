internal import FundingPlannerXML

/// A field that could not be decoded (only possible in a document that skipped the schema).
struct DecodingProblem: Error {
    var message: String
    var element: String
    var line: Int
}

extension XMLElement {
    /// The value of a required attribute.
    func required(_ attributeName: String) throws(DecodingProblem) -> String {
        guard let value = attribute(attributeName) else {
            throw DecodingProblem(message: "<\(name)> needs the attribute \(attributeName)", element: name, line: line)
        }
        return value
    }

    /// A required attribute parsed by `parse`.
    func required<Value>(_ attributeName: String, as parse: (String) -> Value?) throws(DecodingProblem) -> Value {
        let text = try required(attributeName)
        guard let value = parse(text) else {
            throw DecodingProblem(
                message: "<\(name)> has an invalid \(attributeName) \"\(text)\"", element: name, line: line)
        }
        return value
    }

    /// Whether an optional `xs:boolean` attribute is true (`true` or `1`); absent is false.
    func flag(_ attributeName: String) -> Bool {
        switch attribute(attributeName)?.trimmingWhitespace() {
        case "true", "1": true
        default: false
        }
    }

    /// A required child element.
    func requiredChild(_ childName: String) throws(DecodingProblem) -> XMLElement {
        guard let child = child(named: childName) else {
            throw DecodingProblem(message: "<\(name)> needs a <\(childName)> element", element: name, line: line)
        }
        return child
    }

    /// The texts of the children called `childName`, keyed by their `xml:lang`.
    func localized(_ childName: String) -> LocalizedText {
        LocalizedText(
            children.compactMap { child in
                child.name == childName ? (child.language ?? "", child.text.trimmingWhitespace()) : nil
            })
    }

    /// A closed-vocabulary attribute.
    func required<Token: RawRepresentable>(_ attributeName: String, token: Token.Type) throws(DecodingProblem) -> Token
    where Token.RawValue == String {
        try required(attributeName) { Token(rawValue: $0.trimmingWhitespace()) }
    }
}

extension Optional {
    /// The wrapped value, or a thrown `error`.
    func orThrow<Failure: Error>(_ error: Failure) throws(Failure) -> Wrapped {
        guard let self else { throw error }
        return self
    }
}
