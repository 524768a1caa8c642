/// Writes XML text deterministically: elements and attributes exactly in the order given,
/// two-space indentation, one element per line, UTF-8, `\n` line ends.
///
/// Text and attribute values are escaped; characters that XML 1.0 cannot carry (control
/// characters other than tab, line feed and carriage return) become U+FFFD, so the output is
/// always well-formed whatever the input strings hold.
package struct XMLWriter {
    private var output = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    private var openElements: [String] = []

    package init() {}

    /// Opens an element that will contain elements.
    package mutating func open(_ name: String, _ attributes: [(String, String)] = []) {
        indent()
        output += "<" + name
        appendAttributes(attributes)
        output += ">\n"
        openElements.append(name)
    }

    /// Closes the innermost open element.
    package mutating func close() {
        guard let name = openElements.popLast() else { return }
        indent()
        output += "</" + name + ">\n"
    }

    /// Writes an element with only attributes, or with text content.
    package mutating func element(_ name: String, _ attributes: [(String, String)] = [], text: String? = nil) {
        indent()
        output += "<" + name
        appendAttributes(attributes)
        if let text {
            output += ">" + Self.escapeText(text) + "</" + name + ">\n"
        } else {
            output += "/>\n"
        }
    }

    /// Writes a comment (its text must not contain `--`; such pairs are split).
    package mutating func comment(_ text: String) {
        indent()
        output += "<!-- " + Self.clean(text).replacingDoubleHyphens() + " -->\n"
    }

    /// The document, with every open element closed.
    package mutating func finish() -> String {
        while !openElements.isEmpty { close() }
        return output
    }

    private mutating func indent() {
        output += String(repeating: "  ", count: openElements.count)
    }

    private mutating func appendAttributes(_ attributes: [(String, String)]) {
        for (name, value) in attributes {
            output += " " + name + "=\"" + Self.escapeAttribute(value) + "\""
        }
    }

    /// Escapes `&`, `<` and `>` in character data.
    package static func escapeText(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in clean(text).unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\r": result += "&#13;"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// Escapes an attribute value for double quotes, keeping tabs and line breaks as references.
    package static func escapeAttribute(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in clean(text).unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "\t": result += "&#9;"
            case "\n": result += "&#10;"
            case "\r": result += "&#13;"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// Replaces characters XML 1.0 forbids with U+FFFD.
    static func clean(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { !isAllowed($0) }) else { return text }
        var result = ""
        for scalar in text.unicodeScalars {
            result.unicodeScalars.append(isAllowed(scalar) ? scalar : "\u{FFFD}")
        }
        return result
    }

    private static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x9, 0xA, 0xD, 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: true
        default: false
        }
    }
}

private extension String {
    /// Puts a space between consecutive hyphens (`--` may not occur in comments; the writer's
    /// closing ` -->` keeps a final hyphen apart).
    func replacingDoubleHyphens() -> String {
        var result = ""
        var previousWasHyphen = false
        for character in self {
            if character == "-" && previousWasHyphen { result += " " }
            result.append(character)
            previousWasHyphen = character == "-"
        }
        return result
    }
}
