/// Writes XML text deterministically: elements and attributes exactly in the order given,
/// two-space indentation, one element per line, UTF-8, `\n` line ends.
///
/// Text and attribute values are escaped; characters that XML 1.0 cannot carry (control
/// characters other than tab, line feed and carriage return) become U+FFFD, so the output is
/// always well-formed whatever the input strings hold.
///
/// A writer either collects the document (``finish()`` returns it) or streams it: with a sink,
/// text is handed to the sink in pieces of about 64 KiB, so a large document never sits whole in
/// memory.
package struct XMLWriter {
    private var output: String
    private var openElements: [String] = []
    private let baseDepth: Int
    private let sink: ((String) -> Void)?

    /// A writer that collects a whole document, starting with the XML declaration.
    package init() {
        self.init(declaration: true, depth: 0, sink: nil)
    }

    /// A writer for a fragment of a larger document: no declaration, elements indented as if
    /// `depth` elements were open around them.
    package init(fragmentAtDepth depth: Int) {
        self.init(declaration: false, depth: depth, sink: nil)
    }

    /// A writer that streams a whole document to `emit`, starting with the XML declaration.
    package init(emit: @escaping (String) -> Void) {
        self.init(declaration: true, depth: 0, sink: emit)
    }

    private init(declaration: Bool, depth: Int, sink: ((String) -> Void)?) {
        output = declaration ? "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" : ""
        baseDepth = depth
        self.sink = sink
    }

    /// Opens an element that will contain elements.
    package mutating func open(_ name: String, _ attributes: [(String, String)] = []) {
        indent()
        output += "<" + name
        appendAttributes(attributes)
        output += ">\n"
        openElements.append(name)
        flushIfLarge()
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
        flushIfLarge()
    }

    /// Inserts markup another ``XMLWriter`` made (a fragment written with
    /// ``init(fragmentAtDepth:)`` at the current depth), verbatim.
    package mutating func insert(fragment: String) {
        output += fragment
        flushIfLarge()
    }

    /// Writes a comment (its text must not contain `--`; such pairs are split).
    package mutating func comment(_ text: String) {
        indent()
        output += "<!-- " + Self.clean(text).replacingDoubleHyphens() + " -->\n"
    }

    /// The document, with every open element closed; a streaming writer hands its last piece to
    /// the sink and returns an empty string.
    package mutating func finish() -> String {
        while !openElements.isEmpty { close() }
        guard let sink else { return output }
        sink(output)
        output = ""
        return ""
    }

    private mutating func indent() {
        output += String(repeating: "  ", count: baseDepth + openElements.count)
    }

    private mutating func flushIfLarge() {
        guard let sink, output.utf8.count >= 1 << 16 else { return }
        sink(output)
        output = ""
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

extension String {
    /// Puts a space between consecutive hyphens (`--` may not occur in comments; the writer's
    /// closing ` -->` keeps a final hyphen apart).
    fileprivate func replacingDoubleHyphens() -> String {
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
