/// Counts attributes per start tag in raw XML bytes, before libxml2 parses them.
///
/// libxml2 2.9 checks attribute names for duplicates quadratically: one element with 40,000
/// attributes takes seconds. This scanner sees every chunk as it is read, so the input is
/// refused before the parser ever gets the whole start tag. It follows comments, CDATA
/// sections, processing instructions, declarations and quoted values, so `=` inside them is
/// not counted. It only counts `=` signs outside quotes in a start tag: one per attribute.
///
/// It is a table-driven automaton, one table look-up per byte (see ``ScannerTable``): it runs on
/// the parsing thread, so every instruction here is on the critical path of a catalogue load.
/// (Skipping character data with `memchr` was tried: the runs between tags are too short.)
struct AttributeCountScanner {
    let limit: Int
    private var state = ScannerTable.text
    private var attributesInTag = 0
    /// 1-based line of the byte being scanned.
    private(set) var line = 1
    /// Line of the start tag that went over the limit, once one did.
    private(set) var offendingLine: Int?

    init(limit: Int) {
        self.limit = limit
    }

    /// Scans the next chunk of input.
    ///
    /// Returns `false` as soon as a tag has too many attributes.
    mutating func scan(_ bytes: UnsafeRawBufferPointer) -> Bool {
        guard let base = bytes.baseAddress?.assumingMemoryBound(to: UInt8.self) else { return true }
        let count = bytes.count
        var index = 0
        var line = self.line
        defer { self.line = line }
        var state = self.state
        defer { self.state = state }
        return ScannerTable.transitions.withUnsafeBufferPointer { buffer in
            // Every index is below 17 × 256 (a state and a byte): no bounds check needed.
            guard let table = buffer.baseAddress else { return true }
            while index < count {
                let byte = base[index]
                index += 1
                let entry = table[Int(state) << 8 | Int(byte)]
                state = entry & ScannerTable.stateMask
                if entry & ScannerTable.actions != 0 {
                    if entry & ScannerTable.newLine != 0 { line += 1 }
                    if entry & ScannerTable.newTag != 0 { attributesInTag = 0 }
                    if entry & ScannerTable.attribute != 0 {
                        attributesInTag += 1
                        if attributesInTag > limit {
                            offendingLine = line
                            return false
                        }
                    }
                }
            }
            return true
        }
    }
}
