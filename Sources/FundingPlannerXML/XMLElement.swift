/// An attribute of an ``XMLElement``.
package struct XMLAttribute: Sendable, Hashable {
    package var name: String
    /// Namespace URI, or `nil` for an unqualified attribute.
    package var namespace: String?
    package var value: String

    package init(name: String, namespace: String? = nil, value: String) {
        self.name = name
        self.namespace = namespace
        self.value = value
    }
}

/// A small, immutable copy of one XML element and its subtree.
///
/// The reader converts each top-level record (a revenue model, a partner…) into this value
/// and frees the libxml2 nodes at once, so memory stays flat in the size of the document.
/// Domain decoders read these values; they never see libxml2.
package struct XMLElement: Sendable, Hashable {
    package var name: String
    package var namespace: String?
    package var attributes: [XMLAttribute]
    package var children: [XMLElement]
    /// Text directly inside the element; empty for elements that contain elements.
    package var text: String
    /// 1-based line of the start tag in its file.
    package var line: Int

    package init(
        name: String, namespace: String? = nil, attributes: [XMLAttribute] = [],
        children: [XMLElement] = [], text: String = "", line: Int = 0
    ) {
        self.name = name
        self.namespace = namespace
        self.attributes = attributes
        self.children = children
        self.text = text
        self.line = line
    }

    /// The namespace of `xml:lang` and `xml:space`.
    package static let xmlNamespace = "http://www.w3.org/XML/1998/namespace"

    /// The value of the unqualified attribute `name`, if present.
    package func attribute(_ name: String) -> String? {
        attributes.first { $0.name == name && $0.namespace == nil }?.value
    }

    /// The value of `xml:lang`, if present.
    package var language: String? {
        attributes.first { $0.name == "lang" && $0.namespace == XMLElement.xmlNamespace }?.value
    }

    /// The child elements called `name`, in document order.
    package func children(named name: String) -> [XMLElement] {
        children.filter { $0.name == name }
    }

    /// The first child element called `name`.
    package func child(named name: String) -> XMLElement? {
        children.first { $0.name == name }
    }
}
