internal import CLibXML2

/// Copies libxml2 nodes into ``XMLElement`` values.
///
/// The pointers never leave this type.
///
/// libxml2 interns element and attribute names in its dictionary, so the same name arrives as
/// the same pointer: names and namespaces are converted once per document and then looked up.
/// One instance per document (it is not shared between threads).
final class NodeConversion {
    private var names: [UnsafePointer<xmlChar>: String] = [:]

    private func name(_ pointer: UnsafePointer<xmlChar>) -> String {
        if let known = names[pointer] { return known }
        let converted = String(cString: pointer)
        if names.count < 4096 { names[pointer] = converted }
        return converted
    }

    /// The element with its attributes, without children.
    func shallowElement(_ node: xmlNodePtr) -> XMLElement {
        XMLElement(
            name: name(node.pointee.name),
            namespace: node.pointee.ns?.pointee.href.map(name),
            attributes: attributes(of: node),
            line: Int(fp_lineOf(node))
        )
    }

    /// The element and its whole subtree.
    ///
    /// Recursion depth is bounded by libxml2's depth limit.
    func element(_ node: xmlNodePtr) -> XMLElement {
        var result = shallowElement(node)
        // A leaf with one text node (most elements) takes its text without concatenation.
        if let only = node.pointee.children, only.pointee.next == nil, only.pointee.type == XML_TEXT_NODE {
            if let content = only.pointee.content { result.text = String(cString: content) }
            return result
        }
        var elementCount = 0
        var counted = node.pointee.children
        while let current = counted {
            if current.pointee.type == XML_ELEMENT_NODE { elementCount += 1 }
            counted = current.pointee.next
        }
        result.children.reserveCapacity(elementCount)
        var text = ""
        var child = node.pointee.children
        while let current = child {
            switch current.pointee.type {
            case XML_ELEMENT_NODE:
                result.children.append(element(current))
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = current.pointee.content, result.children.isEmpty || !isWhitespace(content) {
                    text += String(cString: content)
                }
            default:
                break
            }
            child = current.pointee.next
        }
        if result.children.isEmpty || !isWhitespace(text) {
            result.text = text
        }
        return result
    }

    private func attributes(of node: xmlNodePtr) -> [XMLAttribute] {
        var count = 0
        var counted = node.pointee.properties
        while let current = counted {
            count += 1
            counted = current.pointee.next
        }
        guard count > 0 else { return [] }
        var result: [XMLAttribute] = []
        result.reserveCapacity(count)
        var attribute = node.pointee.properties
        while let current = attribute {
            var value = ""
            if let only = current.pointee.children, only.pointee.next == nil {
                if let content = only.pointee.content { value = String(cString: content) }
            } else {
                var part = current.pointee.children
                while let piece = part {
                    if let content = piece.pointee.content { value += String(cString: content) }
                    part = piece.pointee.next
                }
            }
            result.append(
                XMLAttribute(
                    name: name(current.pointee.name),
                    namespace: current.pointee.ns?.pointee.href.map(name),
                    value: value
                ))
            attribute = current.pointee.next
        }
        return result
    }

    private func isWhitespace(_ content: UnsafePointer<xmlChar>) -> Bool {
        var cursor = content
        while cursor.pointee != 0 {
            switch cursor.pointee {
            case 0x20, 0x09, 0x0A, 0x0D: cursor += 1
            default: return false
            }
        }
        return true
    }

    private func isWhitespace(_ text: String) -> Bool {
        text.utf8.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
    }
}
