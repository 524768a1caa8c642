/// Counts attributes per start tag in raw XML bytes, before libxml2 parses them.
///
/// libxml2 2.9 checks attribute names for duplicates quadratically: one element with 40,000
/// attributes takes seconds. This scanner sees every chunk as it is read, so the input is
/// refused before the parser ever gets the whole start tag. It follows comments, CDATA
/// sections, processing instructions, declarations and quoted values, so `=` inside them is
/// not counted. It only counts `=` signs outside quotes in a start tag: one per attribute.
///
/// It is a table-driven automaton (see ``ScannerTable``), run only on the bytes that can change
/// its state: in character data, in a start tag and in a quoted value, which is nearly all of a
/// document, it skips eight bytes at a time to the next byte that matters (``ByteWords``). Lines
/// are counted per chunk, apart from the automaton. It runs on the parsing thread, so every
/// instruction here is on the critical path of a catalogue load and of every report.
struct AttributeCountScanner {
    let limit: Int
    private var state = ScannerTable.text
    private var attributesInTag = 0
    /// 1-based line of the byte being scanned (after a whole chunk: of the chunk's end).
    private(set) var line = 1
    /// Line of the start tag that went over the limit, once one did.
    private(set) var offendingLine: Int?
    /// Line of the first `<!DOCTYPE` seen, if any (noted, not refused here: the reader refuses
    /// it, but a parser that fails first on what the DOCTYPE declares needs to know).
    private(set) var doctypeLine: Int?
    private static let doctypeWord = Array("DOCTYPE".utf8)

    init(limit: Int) {
        self.limit = limit
    }

    /// Scans the next chunk of input.
    ///
    /// Returns `false` as soon as a tag has too many attributes.
    mutating func scan(_ bytes: UnsafeRawBufferPointer) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        let end = bytes.count
        var index = 0
        var state = self.state
        defer { self.state = state }
        let accepted = ScannerTable.transitions.withUnsafeBufferPointer { buffer -> Bool in
            // Every index is below 17 × 256 (a state and a byte): no bounds check needed.
            guard let table = buffer.baseAddress else { return true }
            while true {
                switch state {
                case ScannerTable.text: index = ByteWords.first(of: ByteWords.lessThan, in: base, from: index, to: end)
                case ScannerTable.startTag: index = ByteWords.firstTagByte(in: base, from: index, to: end)
                case ScannerTable.doubleQuoted:
                    index = ByteWords.first(of: ByteWords.doubleQuote, in: base, from: index, to: end)
                case ScannerTable.singleQuoted:
                    index = ByteWords.first(of: ByteWords.singleQuote, in: base, from: index, to: end)
                default: break
                }
                guard index < end else { return true }
                let byte = base.load(fromByteOffset: index, as: UInt8.self)
                index += 1
                let entry = table[Int(state) << 8 | Int(byte)]
                state = entry & ScannerTable.stateMask
                if entry & ScannerTable.actions != 0 {
                    if entry & ScannerTable.declarationStart != 0 { noteDeclaration(base, at: index - 1, end: end) }
                    if entry & ScannerTable.newTag != 0 { attributesInTag = 0 }
                    if entry & ScannerTable.attribute != 0 {
                        attributesInTag += 1
                        if attributesInTag > limit { return false }
                    }
                }
            }
        }
        if accepted {
            line += ByteWords.lineFeeds(in: base, from: 0, to: end)
        } else {
            line += ByteWords.lineFeeds(in: base, from: 0, to: index)
            offendingLine = line
        }
        return accepted
    }

    /// A `<!` declaration starts at `start` (its first letter): notes its line when it is a
    /// DOCTYPE (a word cut by the chunk's end is not recognised).
    private mutating func noteDeclaration(_ base: UnsafeRawPointer, at start: Int, end: Int) {
        guard doctypeLine == nil, start + Self.doctypeWord.count <= end else { return }
        for (offset, letter) in Self.doctypeWord.enumerated()
        where base.load(fromByteOffset: start + offset, as: UInt8.self) != letter {
            return
        }
        doctypeLine = line + ByteWords.lineFeeds(in: base, from: 0, to: start)
    }
}
