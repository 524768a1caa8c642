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
/// its state needs no run-time exclusivity checks) and never copied; its owner calls
/// ``release()`` once at the end. The pointers never leave this type.
struct RecordSnapshotWriter {
    private var numbers = PointerNumbers()
    private var newNames: [String] = []
    private var output = ByteSink()
    private var text: [UInt8] = []

    /// The snapshot of `node` and its subtree.
    mutating func snapshot(_ node: xmlNodePtr) -> XMLRecordSnapshot {
        output.count = 0
        newNames = []
        writeElement(node)
        // An exact copy: the scratch buffer keeps its capacity for the next record.
        return XMLRecordSnapshot(bytes: output.copy(), newNames: newNames)
    }

    /// Frees the scratch buffer (once, when the read is over).
    mutating func release() {
        output.release()
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
                output.append(UnsafeBufferPointer(start: content, count: length))
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
            text.withUnsafeBufferPointer { output.append($0) }
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
                    output.append(UnsafeBufferPointer(start: content, count: strlen(content)))
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
        output.append(UnsafeBufferPointer(start: pointer, count: length))
    }

    private mutating func writeVarint(_ value: UInt64) {
        output.appendVarint(value)
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

/// A growable byte buffer without `Array`'s per-append checks, for the snapshot writer's hot
/// loop.
///
/// One owner, never copied (it holds the only pointer to its memory); ``release()`` frees it.
struct ByteSink {
    private var storage = UnsafeMutablePointer<UInt8>.allocate(capacity: 4096)
    private var capacity = 4096
    /// Bytes written so far; set to 0 to start again.
    var count = 0

    /// Appends `bytes`.
    mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let base = bytes.baseAddress, !bytes.isEmpty else { return }
        reserve(bytes.count)
        (storage + count).update(from: base, count: bytes.count)
        count += bytes.count
    }

    /// Appends `value` as a varint: seven bits a byte, low bits first, the high bit set on every
    /// byte but the last.
    mutating func appendVarint(_ value: UInt64) {
        reserve(10)
        var rest = value
        while rest >= 0x80 {
            storage[count] = UInt8(truncatingIfNeeded: rest) | 0x80
            count += 1
            rest >>= 7
        }
        storage[count] = UInt8(rest)
        count += 1
    }

    /// The bytes written, as an array of exactly that size.
    func copy() -> [UInt8] {
        Array(UnsafeBufferPointer(start: storage, count: count))
    }

    /// Frees the memory; the sink is not used afterwards.
    mutating func release() {
        storage.deallocate()
        capacity = 0
        count = 0
    }

    private mutating func reserve(_ extra: Int) {
        guard count + extra > capacity else { return }
        var grown = capacity * 2
        while grown < count + extra { grown *= 2 }
        let moved = UnsafeMutablePointer<UInt8>.allocate(capacity: grown)
        moved.update(from: storage, count: count)
        storage.deallocate()
        storage = moved
        capacity = grown
    }
}
