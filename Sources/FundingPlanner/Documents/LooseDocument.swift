internal import FundingPlannerXML

/// One element of a document read without its schema: names, attributes and text as written.
///
/// For showing the values of a file that does not pass the schema back in a form, so that each
/// problem can stand at the field that holds the wrong value. Nothing here is checked beyond
/// well-formedness and the hostile-input limits; a caller turns it into checked data only through
/// the usual loaders.
public struct LooseElement: Sendable, Hashable {
    /// The element's local name.
    public var name: String
    /// The unqualified attributes, plus `xml:lang` under the key `xml:lang`.
    public var attributes: [String: String]
    /// The child elements, in document order.
    public var children: [LooseElement]
    /// The text directly inside the element.
    public var text: String
    /// The 1-based line of the start tag.
    public var line: Int

    /// The child elements called `name`, in document order.
    public func children(named name: String) -> [LooseElement] {
        children.filter { $0.name == name }
    }

    /// The first child element called `name`.
    public func child(_ name: String) -> LooseElement? {
        children.first { $0.name == name }
    }

    init(_ element: XMLElement) {
        name = element.name
        var attributes: [String: String] = [:]
        for attribute in element.attributes {
            if attribute.namespace == nil {
                attributes[attribute.name] = attribute.value
            } else if attribute.namespace == XMLElement.xmlNamespace {
                attributes["xml:" + attribute.name] = attribute.value
            }
        }
        self.attributes = attributes
        children = element.children.map(LooseElement.init)
        text = element.text
        line = element.line
    }
}

extension DocumentKind {
    /// Reads `path` as a document of this kind without its schema, within the kind's hostile-input
    /// limits (entity expansion, depth, size, no external entities).
    ///
    /// - Returns: the root with all its children, or `nil` with the diagnostics when the file is
    ///   refused (not well-formed, over a limit, another root element).
    public func looseTree(path: String) -> (root: LooseElement?, diagnostics: [Diagnostic]) {
        var root: LooseElement?
        var records: [LooseElement] = []
        let read = XMLRecordReader.read(
            path: path, displayName: path, schema: nil, expectedRoot: rootName, limits: DocumentLimits.xml(self),
            onRoot: { root = LooseElement($0) }, onRecord: { records.append(LooseElement($0)) })
        let diagnostics = SchemaMessages.translate(read.diagnostics, kind: self, path: path)
        guard !diagnostics.containsErrors, var whole = root else { return (nil, diagnostics) }
        whole.children = records
        return (whole, diagnostics)
    }
}
