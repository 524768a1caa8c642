internal import FundingPlannerXML

/// Turns the `xs:` elements of one or more schema files into a ``SchemaModel``.
struct SchemaModelBuilder {
    private(set) var model = SchemaModel()
    private var complexTypes: [String: XMLElement] = [:]
    private var anonymousCount = 0

    /// Records the named simple and complex types of one schema file.
    mutating func collectDefinitions(_ schema: XMLElement) {
        for simple in schema.children(named: "simpleType") {
            guard let name = simple.attribute("name") else { continue }
            addSimpleType(simple, name: name)
        }
        for complex in schema.children(named: "complexType") {
            if let name = complex.attribute("name") { complexTypes[name] = complex }
        }
    }

    /// Declares `element` (an `xs:element`) under `parent`, and everything below it.
    mutating func declare(_ element: XMLElement, parent: String?, depth: Int = 0) {
        guard let name = element.attribute("name"), depth < 24 else { return }
        var declaration = SchemaModel.ElementDeclaration(name: name, parent: parent)
        declaration.documentation = Self.documentation(of: element)
        var complex: XMLElement?
        if let typeName = element.attribute("type").map(Self.local) {
            if let named = complexTypes[typeName] {
                complex = named
            } else {
                declaration.textType = typeName
            }
        } else if let inlineSimple = element.child(named: "simpleType") {
            declaration.textType = addSimpleType(inlineSimple, name: "#\(name)")
        } else if let inlineComplex = element.child(named: "complexType") {
            complex = inlineComplex
        }
        var childDeclarations: [XMLElement] = []
        if let complex { absorb(complex, into: &declaration, children: &childDeclarations) }
        declaration.children = childDeclarations.compactMap { $0.attribute("name") }
        model.elements.append(declaration)
        for child in childDeclarations { declare(child, parent: name, depth: depth + 1) }
    }

    /// Adds the attributes, text type and child declarations of a complex type (following
    /// extensions of named complex types).
    private mutating func absorb(
        _ complex: XMLElement, into declaration: inout SchemaModel.ElementDeclaration, children: inout [XMLElement],
        depth: Int = 0
    ) {
        guard depth < 8 else { return }
        for node in complex.children {
            switch node.name {
            case "attribute":
                addAttribute(node, to: &declaration)
            case "sequence", "choice", "all":
                children += Self.particles(node)
            case "simpleContent", "complexContent":
                for derivation in node.children where derivation.name == "extension" || derivation.name == "restriction"
                {
                    if let base = derivation.attribute("base").map(Self.local) {
                        if let named = complexTypes[base] {
                            absorb(named, into: &declaration, children: &children, depth: depth + 1)
                        } else if node.name == "simpleContent" {
                            declaration.textType = base
                        }
                    }
                    absorb(derivation, into: &declaration, children: &children, depth: depth + 1)
                }
            default:
                break
            }
        }
    }

    private mutating func addAttribute(_ node: XMLElement, to declaration: inout SchemaModel.ElementDeclaration) {
        let required = node.attribute("use") == "required"
        if let reference = node.attribute("ref") {
            declaration.attributes.append(.init(name: reference, type: reference, isRequired: required))
            return
        }
        guard let name = node.attribute("name") else { return }
        var type = node.attribute("type").map(Self.local) ?? "xs:string"
        if let inline = node.child(named: "simpleType") {
            type = addSimpleType(inline, name: "#\(declaration.name)@\(name)")
        }
        declaration.attributes.append(.init(name: name, type: type, isRequired: required))
    }

    /// The element declarations inside a sequence or choice, nested groups included.
    private static func particles(_ group: XMLElement) -> [XMLElement] {
        group.children.flatMap { node -> [XMLElement] in
            switch node.name {
            case "element": [node]
            case "sequence", "choice", "all": particles(node)
            default: []
            }
        }
    }

    /// Records a simple type (named or anonymous) and returns its name.
    @discardableResult
    private mutating func addSimpleType(_ node: XMLElement, name: String) -> String {
        var type = SchemaModel.SimpleType(name: name, base: "xs:string")
        type.documentation = Self.documentation(of: node)
        if let restriction = node.child(named: "restriction") {
            if let base = restriction.attribute("base") {
                type.base = Self.local(base)
            } else if let inline = restriction.child(named: "simpleType") {
                type.base = addSimpleType(inline, name: name + "#base")
            }
            for facet in restriction.children {
                guard let value = facet.attribute("value") else { continue }
                if facet.name == "enumeration" {
                    type.enumerations.append(value)
                } else if facet.name == "pattern", let earlier = type.facets["pattern"] {
                    type.facets["pattern"] = earlier + "|" + value
                } else {
                    type.facets[facet.name] = value
                }
            }
        } else if let list = node.child(named: "list") {
            type.itemType =
                list.attribute("itemType").map(Self.local)
                ?? list.child(named: "simpleType").map { addSimpleType($0, name: name + "#item") }
            type.base = name
        } else if let union = node.child(named: "union") {
            type.members = (union.attribute("memberTypes") ?? "").split(separator: " ").map { Self.local(String($0)) }
            for (index, member) in union.children(named: "simpleType").enumerated() {
                type.members.append(addSimpleType(member, name: name + "#\(index)"))
            }
            type.base = name
        }
        model.types[name] = type
        return name
    }

    /// `n:Euros` → `Euros`; built-in types keep their `xs:` prefix.
    static func local(_ qualified: String) -> String {
        if qualified.hasPrefix("xs:") || qualified.hasPrefix("xml:") { return qualified }
        return String(qualified.split(separator: ":").last ?? Substring(qualified))
    }

    /// The `xs:annotation/xs:documentation` texts of a declaration, by `xml:lang` (none is English).
    static func documentation(of node: XMLElement) -> [Language: String] {
        var texts: [Language: String] = [:]
        for note in node.children(named: "annotation").flatMap({ $0.children(named: "documentation") }) {
            let language = Language(rawValue: LocalizedText.primary(note.language ?? "en")) ?? .en
            let text = note.text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            if texts[language] == nil, !text.isEmpty { texts[language] = text }
        }
        return texts
    }
}
