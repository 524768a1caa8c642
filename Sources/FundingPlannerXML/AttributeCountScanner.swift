/// Counts attributes per start tag in raw XML bytes, before libxml2 parses them.
///
/// libxml2 2.9 checks attribute names for duplicates quadratically: one element with 40,000
/// attributes takes seconds. This scanner sees every chunk as it is read, so the input is
/// refused before the parser ever gets the whole start tag. It follows comments, CDATA
/// sections, processing instructions, declarations and quoted values, so `=` inside them is
/// not counted. It only counts `=` signs outside quotes in a start tag: one per attribute.
///
/// Most tags cannot hold too many attributes at all: a start tag needs at least five bytes per
/// attribute (` a=""`), and it cannot run past the next `<` (libxml2 ends an attribute value
/// there, with an error). So a stretch from one `<` to the next that is shorter than
/// ``shortRegion`` bytes is skipped whole; only a longer one (a start tag followed by a long
/// text, say) and a `<!` or `<?` go through the automaton of ``ScannerTable``, which in turn
/// skips eight bytes at a time to the next byte that matters (``ByteWords``). On a well-formed
/// document the verdict is the automaton's; on any input it is the same whatever the chunk
/// sizes, since a stretch cut by a chunk's end is kept (``pending``) until the next `<` is seen.
/// Lines are counted per chunk, apart from all this. It runs on the parsing thread, so every
/// instruction here is on the critical path of a catalogue load and of every report.
struct AttributeCountScanner {
    let limit: Int
    /// A stretch from `<` to the next `<` shorter than this cannot hold a start tag with more
    /// than `limit` attributes: `<`, a one-byte name, then five bytes per attribute.
    let shortRegion: Int
    private var state = ScannerTable.text
    private var attributesInTag = 0
    /// The bytes from the last `<` that may start a short stretch to the end of the chunks seen
    /// so far, while the next `<` is not known yet (always fewer than ``shortRegion``).
    private var pending: [UInt8] = []
    /// 1-based line of the byte being scanned (after a whole chunk: of the chunk's end).
    private(set) var line = 1
    /// Line of the start tag that went over the limit, once one did.
    private(set) var offendingLine: Int?
    /// Line of the first `<!DOCTYPE` seen, if any (noted, not refused here: the reader refuses
    /// it, but a parser that fails first on what the DOCTYPE declares needs to know).
    private(set) var doctypeLine: Int?
    private static let doctypeWord = Array("DOCTYPE".utf8)
    private static let lessThan = UInt8(ascii: "<")

    init(limit: Int) {
        self.limit = limit
        self.shortRegion = 5 * limit + 7
    }

    /// Scans the next chunk of input.
    ///
    /// Returns `false` as soon as a tag has too many attributes.
    mutating func scan(_ bytes: UnsafeRawBufferPointer) -> Bool {
        guard let base = bytes.baseAddress, !bytes.isEmpty else { return true }
        let end = bytes.count
        var start = 0
        if !pending.isEmpty {
            let room = shortRegion - pending.count
            let window = min(end, room)
            let next = ByteWords.first(byte: Self.lessThan, in: base, from: 0, to: window)
            let opensDeclaration = pending.count == 1 && Self.opensDeclaration(base.load(as: UInt8.self))
            if !opensDeclaration && next < window {
                pending.removeAll(keepingCapacity: true)
                start = next
            } else if !opensDeclaration && window == end && end < room {
                pending.append(contentsOf: bytes)
                line += ByteWords.lineFeeds(in: base, from: 0, to: end)
                return true
            } else if !replayPending() {
                return false
            }
        }
        if let refused = run(base, from: start, to: end) {
            line += ByteWords.lineFeeds(in: base, from: 0, to: refused)
            offendingLine = line
            return false
        }
        line += ByteWords.lineFeeds(in: base, from: 0, to: end)
        return true
    }

    /// Runs the automaton over the pending bytes, a stretch that turned out long (or a `<!` or
    /// `<?` cut by a chunk's end); `false` when they hold too many attributes.
    private mutating func replayPending() -> Bool {
        let carried = pending
        pending.removeAll(keepingCapacity: true)
        let firstLine =
            line - carried.withUnsafeBytes { ByteWords.lineFeeds(in: $0.baseAddress!, from: 0, to: $0.count) }
        let refused = carried.withUnsafeBytes {
            run($0.baseAddress!, from: 0, to: $0.count, firstLine: firstLine, skipping: false)
        }
        guard let refused else { return true }
        offendingLine =
            firstLine + carried.withUnsafeBytes { ByteWords.lineFeeds(in: $0.baseAddress!, from: 0, to: refused) }
        return false
    }

    private static func opensDeclaration(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "!") || byte == UInt8(ascii: "?")
    }

    /// Scans `start..<end` of a chunk, skipping short stretches.
    ///
    /// Not `skipping`, it scans the pending bytes, whose first line is `firstLine`. Returns the
    /// offset just past the byte that went over the limit, or `nil`.
    private mutating func run(
        _ base: UnsafeRawPointer, from start: Int, to end: Int, firstLine: Int? = nil, skipping: Bool = true
    ) -> Int? {
        var index = start
        var state = self.state
        defer { self.state = state }
        return ScannerTable.transitions.withUnsafeBufferPointer { buffer -> Int? in
            // Every index is below 17 × 256 (a state and a byte): no bounds check needed.
            guard let table = buffer.baseAddress else { return nil }
            while true {
                switch state {
                case ScannerTable.text:
                    index = ByteWords.first(byte: Self.lessThan, in: base, from: index, to: end)
                    guard index < end else { return nil }
                    if skipping
                        && (index + 1 == end
                            || !Self.opensDeclaration(base.load(fromByteOffset: index + 1, as: UInt8.self)))
                    {
                        let window = min(end, index + shortRegion)
                        let next = ByteWords.first(byte: Self.lessThan, in: base, from: index + 1, to: window)
                        if next < window {
                            index = next
                            continue
                        }
                        if window == end && end - index < shortRegion {
                            pending.append(contentsOf: UnsafeRawBufferPointer(start: base + index, count: end - index))
                            return nil
                        }
                    }
                case ScannerTable.startTag: index = ByteWords.firstTagByte(in: base, from: index, to: end)
                case ScannerTable.doubleQuoted:
                    index = ByteWords.first(of: ByteWords.doubleQuote, in: base, from: index, to: end)
                case ScannerTable.singleQuoted:
                    index = ByteWords.first(of: ByteWords.singleQuote, in: base, from: index, to: end)
                default: break
                }
                guard index < end else { return nil }
                let byte = base.load(fromByteOffset: index, as: UInt8.self)
                index += 1
                let entry = table[Int(state) << 8 | Int(byte)]
                state = entry & ScannerTable.stateMask
                if entry & ScannerTable.actions != 0 {
                    if entry & ScannerTable.declarationStart != 0 {
                        noteDeclaration(base, at: index - 1, end: end, firstLine: firstLine ?? line)
                    }
                    if entry & ScannerTable.newTag != 0 { attributesInTag = 0 }
                    if entry & ScannerTable.attribute != 0 {
                        attributesInTag += 1
                        if attributesInTag > limit { return index }
                    }
                }
            }
        }
    }

    /// A `<!` declaration starts at `start` (its first letter): notes its line when it is a
    /// DOCTYPE (a word cut by the chunk's end is not recognised).
    private mutating func noteDeclaration(_ base: UnsafeRawPointer, at start: Int, end: Int, firstLine: Int) {
        guard doctypeLine == nil, start + Self.doctypeWord.count <= end else { return }
        for (offset, letter) in Self.doctypeWord.enumerated()
        where base.load(fromByteOffset: start + offset, as: UInt8.self) != letter {
            return
        }
        doctypeLine = firstLine + ByteWords.lineFeeds(in: base, from: 0, to: start)
    }
}
