/// The elements open around a place in a document, found by scanning its text: used to say
/// where a problem is in words ("partner 'stad-genk', bijdrage 2027").
///
/// The scan only has to understand tags, comments, processing instructions and CDATA, since it
/// looks at the part of the file the parser already accepted.
struct ElementTrail: Sendable, Hashable {
    /// One open element: its name, attributes and start position.
    struct Step: Sendable, Hashable {
        var name: String
        var attributes: [String: String]
        var line: Int
        var column: Int
    }

    /// From the root to the element itself.
    var steps: [Step]

    /// The trail to the first start tag called `element` on `line`, or, when `line` is 0, to the
    /// first one with an attribute of `value` after `skipping` earlier ones.
    static func find(in bytes: [UInt8], element: String, line targetLine: Int, value: String? = nil, skipping: Int = 0)
        -> ElementTrail?
    {
        var skipped = 0
        var stack: [Step] = []
        var line = 1
        var lineStart = 0
        var index = 0
        let count = bytes.count
        func skip(past terminator: [UInt8]) {
            while index < count {
                if bytes[index] == 0x0A {
                    line += 1
                    lineStart = index + 1
                }
                if bytes[index] == terminator[0], index + terminator.count <= count,
                    Array(bytes[index..<index + terminator.count]) == terminator
                {
                    index += terminator.count
                    return
                }
                index += 1
            }
        }
        while index < count {
            let byte = bytes[index]
            if byte == 0x0A {
                line += 1
                lineStart = index + 1
            }
            if targetLine > 0, line > targetLine { return nil }
            guard byte == UInt8(ascii: "<"), index + 1 < count else {
                index += 1
                continue
            }
            let next = bytes[index + 1]
            if next == UInt8(ascii: "!") {
                let isComment = index + 3 < count && bytes[index + 2] == UInt8(ascii: "-")
                let isData = index + 2 < count && bytes[index + 2] == UInt8(ascii: "[")
                index += 2
                skip(past: isComment ? Array("-->".utf8) : isData ? Array("]]>".utf8) : [UInt8(ascii: ">")])
                continue
            }
            if next == UInt8(ascii: "?") {
                index += 2
                skip(past: Array("?>".utf8))
                continue
            }
            if next == UInt8(ascii: "/") {
                index += 2
                skip(past: [UInt8(ascii: ">")])
                if !stack.isEmpty { stack.removeLast() }
                continue
            }
            let start = (line: line, column: index - lineStart + 1)
            index += 1
            let tag = readTag(bytes, &index, line: &line, lineStart: &lineStart)
            let step = Step(name: tag.name, attributes: tag.attributes, line: start.line, column: start.column)
            let localName = String(tag.name.split(separator: ":").last ?? Substring(tag.name))
            let matchesLine = targetLine > 0 && start.line == targetLine
            let matchesValue = targetLine == 0 && value.map { tag.attributes.values.contains($0) } == true
            if localName == element, matchesLine || matchesValue {
                if matchesValue, skipped < skipping {
                    skipped += 1
                } else {
                    return ElementTrail(steps: stack + [step])
                }
            }
            if !tag.selfClosing { stack.append(step) }
        }
        return nil
    }

    /// Reads a start tag's name and attributes, leaving `index` after its `>`.
    private static func readTag(
        _ bytes: [UInt8], _ index: inout Int, line: inout Int, lineStart: inout Int
    ) -> (name: String, attributes: [String: String], selfClosing: Bool) {
        func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D }
        func word() -> String {
            let start = index
            while index < bytes.count, !isSpace(bytes[index]),
                ![UInt8(ascii: ">"), UInt8(ascii: "/"), UInt8(ascii: "=")].contains(bytes[index])
            {
                index += 1
            }
            return String(decoding: bytes[start..<index], as: UTF8.self)
        }
        let name = word()
        var attributes: [String: String] = [:]
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x0A {
                line += 1
                lineStart = index + 1
            }
            if byte == UInt8(ascii: ">") {
                index += 1
                return (name, attributes, false)
            }
            if byte == UInt8(ascii: "/"), index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: ">") {
                index += 2
                return (name, attributes, true)
            }
            if isSpace(byte) {
                index += 1
                continue
            }
            let attribute = word()
            guard !attribute.isEmpty else {
                index += 1
                continue
            }
            while index < bytes.count, isSpace(bytes[index]) || bytes[index] == UInt8(ascii: "=") { index += 1 }
            guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") || bytes[index] == UInt8(ascii: "'") else {
                continue
            }
            let quote = bytes[index]
            index += 1
            let start = index
            while index < bytes.count, bytes[index] != quote {
                if bytes[index] == 0x0A {
                    line += 1
                    lineStart = index + 1
                }
                index += 1
            }
            attributes[attribute] = String(decoding: bytes[start..<min(index, bytes.count)], as: UTF8.self)
            index += 1
        }
        return (name, attributes, false)
    }
}

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
                let value = step.attributes[key]
            else { return word }
            return value.allSatisfy(\.isNumber) ? "\(word) \(value)" : "\(word) '\(value)'"
        }.joined(separator: ", ")
    }

    /// The attributes that identify an element, most telling first.
    static let identifyingAttributes = [
        "id", "ref", "model", "plan", "criterion", "year", "type", "category", "code", "value",
    ]

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
