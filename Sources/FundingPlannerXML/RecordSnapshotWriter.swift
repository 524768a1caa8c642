internal import CLibXML2

#if canImport(Glibc)
    import Glibc
#endif

/// Copies a libxml2 subtree into an ``XMLRecordSnapshot``.
///
/// The layout, per element: name, namespace, line (zigzag varint), attribute count, each
/// attribute's name, namespace and value, the element's text, child count, the children. A
/// name is a varint reference (0: none, 1: written out in place, n + 2: name number n of this
/// read); a value or text is a varint length and its UTF-8 bytes. The text follows the rules of
/// ``NodeConversion/element(_:)`` exactly (the only text node of a leaf as it is; otherwise the
/// text nodes, whitespace-only ones after the first child element left out, and nothing at all
/// when the element has child elements and only whitespace text).
///
/// libxml2 interns names in its dictionary, so a name is numbered once per read, by pointer.
/// One instance per read, on the parsing thread, held in a local variable (a value type, so
/// its state needs no run-time exclusivity checks); the pointers never leave this type.
struct RecordSnapshotWriter {
    private var numbers = PointerNumbers()
    private var newNames: [String] = []
    private var output: [UInt8] = []
    private var text: [UInt8] = []

    /// The snapshot of `node` and its subtree.
    mutating func snapshot(_ node: xmlNodePtr) -> XMLRecordSnapshot {
        output.removeAll(keepingCapacity: true)
        newNames = []
        writeElement(node)
        // An exact copy: the scratch buffer keeps its capacity for the next record.
        let bytes = output.withUnsafeBufferPointer { Array($0) }
        return XMLRecordSnapshot(bytes: bytes, newNames: newNames)
    }

    private mutating func writeElement(_ node: xmlNodePtr) {
        writeName(node.pointee.name)
        writeName(node.pointee.ns?.pointee.href)
        let line = Int64(fp_lineOf(node))
        writeVarint(UInt64(bitPattern: (line << 1) ^ (line >> 63)))
        writeAttributes(node)
        // A leaf with one text node (most elements) takes that text as it is.
        if let only = node.pointee.children, only.pointee.next == nil, only.pointee.type == XML_TEXT_NODE {
            if let content = only.pointee.content {
                let length = strlen(content)
                writeVarint(UInt64(length))
                output.append(contentsOf: UnsafeBufferPointer(start: content, count: length))
            } else {
                writeVarint(0)
            }
            writeVarint(0)
            return
        }
        var elementCount = 0
        var sawElement = false
        text.removeAll(keepingCapacity: true)
        var child = node.pointee.children
        while let current = child {
            switch current.pointee.type {
            case XML_ELEMENT_NODE:
                elementCount += 1
                sawElement = true
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = current.pointee.content {
                    let length = strlen(content)
                    let piece = UnsafeBufferPointer(start: content, count: length)
                    if !sawElement || !Self.isWhitespace(piece) { text.append(contentsOf: piece) }
                }
            default:
                break
            }
            child = current.pointee.next
        }
        if elementCount == 0 || !text.withUnsafeBufferPointer(Self.isWhitespace) {
            writeVarint(UInt64(text.count))
            output.append(contentsOf: text)
        } else {
            writeVarint(0)
        }
        writeVarint(UInt64(elementCount))
        child = node.pointee.children
        while let current = child {
            if current.pointee.type == XML_ELEMENT_NODE { writeElement(current) }
            child = current.pointee.next
        }
    }

    private mutating func writeAttributes(_ node: xmlNodePtr) {
        var count = 0
        var counted = node.pointee.properties
        while let current = counted {
            count += 1
            counted = current.pointee.next
        }
        writeVarint(UInt64(count))
        var attribute = node.pointee.properties
        while let current = attribute {
            writeName(current.pointee.name)
            writeName(current.pointee.ns?.pointee.href)
            var length = 0
            var part = current.pointee.children
            while let piece = part {
                if let content = piece.pointee.content { length += strlen(content) }
                part = piece.pointee.next
            }
            writeVarint(UInt64(length))
            part = current.pointee.children
            while let piece = part {
                if let content = piece.pointee.content {
                    output.append(contentsOf: UnsafeBufferPointer(start: content, count: strlen(content)))
                }
                part = piece.pointee.next
            }
            attribute = current.pointee.next
        }
    }

    private mutating func writeName(_ pointer: UnsafePointer<xmlChar>?) {
        guard let pointer else { return writeVarint(0) }
        switch numbers.number(of: pointer) {
        case .known(let number):
            return writeVarint(UInt64(number) + 2)
        case .new(let number):
            newNames.append(String(cString: pointer))
            return writeVarint(UInt64(number) + 2)
        case .full:
            break
        }
        writeVarint(1)
        let length = strlen(pointer)
        writeVarint(UInt64(length))
        output.append(contentsOf: UnsafeBufferPointer(start: pointer, count: length))
    }

    private mutating func writeVarint(_ value: UInt64) {
        var rest = value
        while rest >= 0x80 {
            output.append(UInt8(truncatingIfNeeded: rest) | 0x80)
            rest >>= 7
        }
        output.append(UInt8(rest))
    }

    private static func isWhitespace(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        bytes.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
    }
}

/// The length of a NUL-terminated libxml2 string (the C library's `strlen`).
private func strlen(_ string: UnsafePointer<xmlChar>) -> Int {
    Glibc.strlen(UnsafeRawPointer(string).assumingMemoryBound(to: CChar.self))
}

/// Numbers for interned name pointers: a small open-addressing table with a cheap hash (a
/// `Dictionary` hashes every pointer with SipHash, which cost more than the copy itself).
///
/// At most ``maximumNames`` names are numbered, so a hostile document with endless distinct
/// names cannot grow it; further names are written out in place.
struct PointerNumbers {
    /// The most names numbered in one read.
    static let maximumNames = 4096
    private static let slotBits = 13
    private var keys = [UInt](repeating: 0, count: 1 << slotBits)
    private var numbers = [UInt32](repeating: 0, count: 1 << slotBits)
    private var count = 0

    enum Lookup {
        case known(UInt32)
        case new(UInt32)
        case full
    }

    /// The number of `pointer`, given now if it had none and there is room.
    mutating func number(of pointer: UnsafePointer<xmlChar>) -> Lookup {
        let key = UInt(bitPattern: pointer)
        let mask = (1 << Self.slotBits) - 1
        var slot = Int(truncatingIfNeeded: (UInt64(key >> 3) &* 0x9E37_79B9_7F4A_7C15) >> UInt64(64 - Self.slotBits))
        while true {
            let found = keys[slot]
            if found == key { return .known(numbers[slot]) }
            if found == 0 { break }
            slot = (slot + 1) & mask
        }
        guard count < Self.maximumNames else { return .full }
        let number = UInt32(count)
        keys[slot] = key
        numbers[slot] = number
        count += 1
        return .new(number)
    }
}
