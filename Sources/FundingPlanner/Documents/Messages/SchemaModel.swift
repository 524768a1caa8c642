import Foundation
internal import FundingPlannerXML

/// What one document schema says about its elements, attributes and simple types: read from
/// the shipped XSD files (with their includes), so that messages follow the schemas as they grow.
struct SchemaModel: Sendable {
    /// A simple type: its base, facets, enumerations and documentation.
    struct SimpleType: Sendable, Hashable {
        var name: String
        /// The base type: `xs:…` for a built-in type, else the name of another simple type.
        var base: String
        var enumerations: [String] = []
        /// Facet name to value (`minInclusive`, `maxLength`, `pattern`…).
        var facets: [String: String] = [:]
        /// Member types of a union, by name.
        var members: [String] = []
        /// The item type of a list.
        var itemType: String?
        /// `xs:documentation` by language (`nl`, `en`; no language counts as `en`).
        var documentation: [Language: String] = [:]
    }

    /// An attribute of an element.
    struct Attribute: Sendable, Hashable {
        var name: String
        var type: String
        var isRequired: Bool
    }

    /// One element declaration: where it may appear and what it holds.
    struct ElementDeclaration: Sendable, Hashable {
        var name: String
        /// The parent element's name, or `nil` for the root.
        var parent: String?
        var attributes: [Attribute] = []
        /// Child element names in schema order.
        var children: [String] = []
        /// The simple type of the element's text, when it has text content.
        var textType: String?
        var documentation: [Language: String] = [:]
    }

    /// The schema's simple types by name (anonymous ones get a name such as `#group@type`).
    var types: [String: SimpleType] = [:]
    /// Every element declaration, in schema order.
    var elements: [ElementDeclaration] = []

    /// The declarations of elements called `name`, narrowed to those under `parent` when known
    /// and when that leaves any.
    func elements(named name: String, parent: String? = nil) -> [ElementDeclaration] {
        let all = elements.filter { $0.name == name }
        guard let parent else { return all }
        let narrowed = all.filter { $0.parent == parent }
        return narrowed.isEmpty ? all : narrowed
    }

    /// The type of attribute `attribute` of element `element` (under `parent` when given).
    func attributeType(element: String, attribute: String, parent: String? = nil) -> String? {
        elements(named: element, parent: parent).lazy.compactMap { $0.attributes.first { $0.name == attribute }?.type }
            .first
    }

    /// The simple type named `name`, with built-in types as facet-less types of their own.
    func type(named name: String) -> SimpleType? {
        if let known = types[name] { return known }
        return name.hasPrefix("xs:") || name == "xml:lang" ? SimpleType(name: name, base: name) : nil
    }

    /// The built-in type at the root of `name`'s derivation (`xs:decimal` for `Euros`).
    func builtInBase(of name: String) -> String {
        var current = name
        for _ in 0..<16 {
            guard let type = types[current], type.base != current else { return current }
            if type.itemType != nil || !type.members.isEmpty { return current }
            current = type.base
        }
        return current
    }

    /// Every facet along `name`'s derivation, the nearest restriction winning.
    func facets(of name: String) -> (facets: [String: String], enumerations: [String]) {
        var facets: [String: String] = [:]
        var enumerations: [String] = []
        var current = name
        for _ in 0..<16 {
            guard let type = types[current] else { break }
            facets.merge(type.facets) { nearest, _ in nearest }
            if enumerations.isEmpty { enumerations = type.enumerations }
            guard type.base != current else { break }
            current = type.base
        }
        return (facets, enumerations)
    }

    /// The documentation of `name` or of the nearest type it derives from that has some.
    func documentation(of name: String) -> [Language: String] {
        var current = name
        for _ in 0..<16 {
            guard let type = types[current] else { return [:] }
            if !type.documentation.isEmpty { return type.documentation }
            guard type.base != current else { return [:] }
            current = type.base
        }
        return [:]
    }
}

extension SchemaModel {
    /// The model of the schema of `kind`, read from the shipped schema folder; built once.
    static func forKind(_ kind: DocumentKind) -> SchemaModel? {
        cache[kind] ?? nil
    }

    private static let cache: [DocumentKind: SchemaModel?] = {
        guard let folder = try? BuiltInResources.root().appendingPathComponent("catalogues/schema") else { return [:] }
        var models: [DocumentKind: SchemaModel?] = [:]
        for kind in DocumentKind.allCases {
            models[kind] = read(path: folder.appendingPathComponent(kind.schemaFileName).path)
        }
        return models
    }()

    /// Reads the schema at `path` with the files it includes.
    static func read(path: String) -> SchemaModel? {
        guard let root = XMLRecordReader.elementTree(path: path) else { return nil }
        var builder = SchemaModelBuilder()
        let folder = (path as NSString).deletingLastPathComponent
        var roots = [root]
        var seen: Set<String> = [path]
        var index = 0
        while index < roots.count {
            for include in roots[index].children(named: "include") {
                guard let location = include.attribute("schemaLocation") else { continue }
                let included = (folder as NSString).appendingPathComponent(location)
                guard seen.insert(included).inserted, let tree = XMLRecordReader.elementTree(path: included) else {
                    continue
                }
                roots.append(tree)
            }
            index += 1
        }
        for schema in roots { builder.collectDefinitions(schema) }
        for schema in roots {
            for element in schema.children(named: "element") { builder.declare(element, parent: nil) }
        }
        return builder.model
    }
}
