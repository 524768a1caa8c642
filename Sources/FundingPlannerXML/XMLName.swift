/// A qualified element name: namespace URI and local name.
package struct XMLName: Sendable, Hashable, CustomStringConvertible {
    package var namespace: String?
    package var localName: String

    package init(namespace: String?, localName: String) {
        self.namespace = namespace
        self.localName = localName
    }

    /// `{namespace}name`, or just `name` without a namespace.
    package var description: String {
        namespace.map { "{\($0)}\(localName)" } ?? localName
    }
}
