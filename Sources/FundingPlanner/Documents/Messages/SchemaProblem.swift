import Foundation
internal import FundingPlannerXML

/// A schema validator message taken apart: which element and attribute, and what is wrong.
///
/// libxml2 names the element, the attribute, the facet and the value inside its message text
/// (`Element 'group', attribute 'type': [facet 'enumeration'] The value 'x' is not an element of
/// the set {…}.`); this reads them back so that the message can be said again in plain words.
struct SchemaProblem: Sendable, Hashable {
    /// What kind of rule the value or the element breaks.
    enum Kind: Sendable, Hashable {
        /// The value is not one of a fixed list.
        case enumeration
        /// The value does not have the required form.
        case pattern
        /// The value is below the smallest (`minInclusive`, `minExclusive`) allowed.
        case tooSmall(limit: String)
        /// The value is above the largest allowed.
        case tooLarge(limit: String)
        /// The text is shorter than allowed.
        case tooShort(limit: String)
        /// The text is longer than allowed.
        case tooLong(limit: String)
        /// More decimals than allowed.
        case tooManyDecimals(limit: String)
        /// Not a value of the type at all (`'40%' is not a valid value of the atomic type …`).
        case invalidValue
        /// A child element is missing; `expected` lists what may come next.
        case missingChild(expected: [String])
        /// This element may not be here; `expected` lists what may come instead (may be empty).
        case unexpectedElement(expected: [String])
        /// A required attribute is missing.
        case missingAttribute(name: String)
        /// The attribute is not allowed on this element.
        case unexpectedAttribute
        /// Text where only elements are allowed.
        case textNotAllowed
        /// The same identifier twice where it must be unique.
        case duplicateKey(constraint: String)
        /// A reference to an identifier that is not defined.
        case unknownReference(constraint: String)
        /// Anything else the validator says.
        case other
    }

    var kind: Kind
    var element: String
    var attribute: String?
    /// The value as written, when the message quotes it.
    var value: String?
    /// The type libxml2 names (`Euros`, `xs:date`), when it names one.
    var typeName: String?

    /// Reads a (namespace-free, one-line) schema validator message, or `nil` for other messages.
    init?(message: String) {
        guard message.hasPrefix("Element '"), let element = Self.quoted(in: message, after: "Element '") else {
            return nil
        }
        self.element = String(element.split(separator: ":").last ?? Substring(element))
        let head = message.components(separatedBy: "': ").first ?? ""
        attribute = head.contains(", attribute '") ? Self.quoted(in: head + "'", after: ", attribute '") : nil
        value = Self.quoted(in: message, after: "The value '") ?? Self.quoted(in: message, after: "': '")
        typeName = Self.quoted(in: message, after: "type '")
        kind = Self.kind(of: message)
        if case .unexpectedAttribute = kind, attribute == nil {
            attribute = Self.quoted(in: message, after: "The attribute '")
        }
        if case .duplicateKey = kind { value = Self.keyValue(in: message) }
        if case .unknownReference = kind { value = Self.keyValue(in: message) }
    }

    private static func kind(of message: String) -> Kind {
        let limit = { (marker: String) in quoted(in: message, after: marker) ?? quotedParenthesis(in: message) ?? "" }
        if message.contains("[facet 'enumeration']") { return .enumeration }
        if message.contains("[facet 'pattern']") { return .pattern }
        if message.contains("[facet 'minInclusive']") || message.contains("[facet 'minExclusive']") {
            return .tooSmall(limit: limit("minimum value allowed ('"))
        }
        if message.contains("[facet 'maxInclusive']") || message.contains("[facet 'maxExclusive']") {
            return .tooLarge(limit: limit("maximum value allowed ('"))
        }
        if message.contains("[facet 'minLength']") { return .tooShort(limit: limit("allowed minimum length of '")) }
        if message.contains("[facet 'maxLength']") { return .tooLong(limit: limit("allowed maximum length of '")) }
        if message.contains("[facet 'length']") { return .tooLong(limit: limit("allowed length of '")) }
        if message.contains("[facet 'fractionDigits']") || message.contains("[facet 'totalDigits']") {
            return .tooManyDecimals(limit: limit("are allowed ('"))
        }
        if message.contains("is not a valid value of") { return .invalidValue }
        if message.contains("Missing child element(s)") { return .missingChild(expected: expectedNames(in: message)) }
        if message.contains("This element is not expected") {
            return .unexpectedElement(expected: expectedNames(in: message))
        }
        if message.contains("is required but missing") {
            return .missingAttribute(name: quoted(in: message, after: "The attribute '") ?? "")
        }
        if message.contains("is not allowed") && message.contains("The attribute '") { return .unexpectedAttribute }
        if message.contains("Character content other than whitespace is not allowed") { return .textNotAllowed }
        if message.contains("Duplicate key-sequence") {
            return .duplicateKey(constraint: quoted(in: message, after: "identity-constraint '") ?? "")
        }
        if message.contains("No match found for key-sequence") {
            return .unknownReference(constraint: quoted(in: message, after: "of keyref '") ?? "")
        }
        return .other
    }

    /// The text between `marker` and the next `'`.
    static func quoted(in text: String, after marker: String) -> String? {
        guard let start = text.range(of: marker) else { return nil }
        let rest = text[start.upperBound...]
        guard let end = rest.firstIndex(of: "'") else { return nil }
        return String(rest[..<end])
    }

    /// `('2')` at the end of a facet message.
    private static func quotedParenthesis(in text: String) -> String? {
        guard let start = text.range(of: "('", options: .backwards) else { return nil }
        let rest = text[start.upperBound...]
        return rest.firstIndex(of: "'").map { String(rest[..<$0]) }
    }

    /// The element names libxml2 lists as expected next.
    ///
    /// They come from `Expected is ( a, b ).` or `Expected is one of ( a, b ).`
    private static func expectedNames(in message: String) -> [String] {
        guard let start = message.range(of: "Expected is"), let open = message[start.upperBound...].firstIndex(of: "("),
            let close = message[open...].firstIndex(of: ")")
        else { return [] }
        return message[message.index(after: open)..<close].split(separator: ",").map {
            let name = String($0).trimmingWhitespace()
            return String(name.split(separator: ":").last ?? Substring(name))
        }.filter { !$0.isEmpty && $0 != "##other" }
    }

    /// `['coverrage']` in an identity-constraint message.
    private static func keyValue(in message: String) -> String? {
        quoted(in: message, after: "key-sequence ['")
    }
}
