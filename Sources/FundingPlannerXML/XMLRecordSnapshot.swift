/// One record (a child of the root and its subtree) copied out of libxml2 as a flat byte string.
///
/// Taking a snapshot is a few byte copies per node, much cheaper than building an
/// ``XMLElement`` tree with its strings and arrays, so the parsing thread can hand records to
/// another thread that builds the elements (``XMLRecordSnapshotReader``) while it parses on.
/// The snapshot holds no pointer into libxml2. It gives exactly the element
/// `XMLRecordReader.read(…onRecord:)` would have given: same names, attributes, text and lines.
///
/// Names are interned per document: a snapshot carries only the names the earlier snapshots of
/// the same read did not, so the snapshots of one read must be turned into elements in order,
/// by one ``XMLRecordSnapshotReader``.
package struct XMLRecordSnapshot: Sendable {
    /// The encoded subtree (see ``RecordSnapshotWriter`` for the layout).
    let bytes: [UInt8]
    /// Names first used in this snapshot, in the order their numbers were given.
    let newNames: [String]
}

/// Turns the snapshots of one read back into elements, in the order they were taken.
///
/// One instance per read; it may run on another thread than the read itself.
package final class XMLRecordSnapshotReader {
    private var names: [String] = []

    /// A reader for the snapshots of one read.
    package init() {}

    /// The element the snapshot holds, with its whole subtree.
    package func element(_ snapshot: XMLRecordSnapshot) -> XMLElement {
        names.append(contentsOf: snapshot.newNames)
        return snapshot.bytes.withUnsafeBufferPointer { buffer in
            var cursor = 0
            return element(buffer, &cursor)
        }
    }

    private func element(_ buffer: UnsafeBufferPointer<UInt8>, _ cursor: inout Int) -> XMLElement {
        let name = self.name(buffer, &cursor) ?? ""
        let namespace = self.name(buffer, &cursor)
        let zigzag = Self.varint(buffer, &cursor)
        let line = Int(truncatingIfNeeded: Int64(bitPattern: zigzag >> 1) ^ -Int64(bitPattern: zigzag & 1))
        let attributeCount = Int(Self.varint(buffer, &cursor))
        var attributes: [XMLAttribute] = []
        if attributeCount > 0 {
            attributes.reserveCapacity(attributeCount)
            for _ in 0..<attributeCount {
                let attributeName = self.name(buffer, &cursor) ?? ""
                let attributeNamespace = self.name(buffer, &cursor)
                attributes.append(
                    XMLAttribute(name: attributeName, namespace: attributeNamespace, value: Self.text(buffer, &cursor)))
            }
        }
        let text = Self.text(buffer, &cursor)
        let childCount = Int(Self.varint(buffer, &cursor))
        var children: [XMLElement] = []
        if childCount > 0 {
            children.reserveCapacity(childCount)
            for _ in 0..<childCount { children.append(element(buffer, &cursor)) }
        }
        return XMLElement(
            name: name, namespace: namespace, attributes: attributes, children: children, text: text, line: line)
    }

    /// A name reference: 0 for none, 1 for a name written out in place, n + 2 for name number n.
    private func name(_ buffer: UnsafeBufferPointer<UInt8>, _ cursor: inout Int) -> String? {
        let reference = Self.varint(buffer, &cursor)
        switch reference {
        case 0: return nil
        case 1: return Self.text(buffer, &cursor)
        default: return names[Int(reference - 2)]
        }
    }

    private static func text(_ buffer: UnsafeBufferPointer<UInt8>, _ cursor: inout Int) -> String {
        let length = Int(varint(buffer, &cursor))
        guard length > 0 else { return "" }
        let start = cursor
        cursor += length
        return String(decoding: UnsafeBufferPointer(rebasing: buffer[start..<cursor]), as: UTF8.self)
    }

    private static func varint(_ buffer: UnsafeBufferPointer<UInt8>, _ cursor: inout Int) -> UInt64 {
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            let byte = buffer[cursor]
            cursor += 1
            value |= UInt64(byte & 0x7F) << shift
            if byte < 0x80 { return value }
            shift += 7
        }
    }
}
