/// Counts attributes per start tag in raw XML bytes, before libxml2 parses them.
///
/// libxml2 2.9 checks attribute names for duplicates quadratically: one element with 40,000
/// attributes takes seconds. This scanner sees every chunk as it is read, so the input is
/// refused before the parser ever gets the whole start tag. It follows comments, CDATA
/// sections, processing instructions, declarations and quoted values, so `=` inside them is
/// not counted. It only counts `=` signs outside quotes in a start tag: one per attribute.
struct AttributeCountScanner {
    private enum State {
        case text
        case afterLessThan
        case startTag
        case quoted(UInt8)
        case afterBang
        case afterBangDash
        case comment(dashes: Int)
        case cdata(brackets: Int)
        case processingInstruction(sawQuestionMark: Bool)
        case declaration
        case endTag
    }

    let limit: Int
    private var state = State.text
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
        var index = 0
        let count = bytes.count
        while index < count {
            // Fast path: skip character data up to the next '<', counting line breaks.
            if case .text = state {
                let start = index
                while index < count && base[index] != UInt8(ascii: "<") { index += 1 }
                line += Self.lineBreaks(base + start, index - start)
                guard index < count else { break }
                state = .afterLessThan
                index += 1
                continue
            }
            // Fast path inside a start tag: skip bytes that cannot change the state.
            if case .startTag = state {
                while index < count {
                    let byte = base[index]
                    if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") || byte == UInt8(ascii: ">")
                        || byte == UInt8(ascii: "=") || byte == UInt8(ascii: "\n")
                    {
                        break
                    }
                    index += 1
                }
                guard index < count else { break }
            }
            // Fast path inside a quoted value: skip to the closing quote.
            if case .quoted(let quote) = state {
                let start = index
                while index < count && base[index] != quote { index += 1 }
                line += Self.lineBreaks(base + start, index - start)
                guard index < count else { break }
                state = .startTag
                index += 1
                continue
            }
            let byte = base[index]
            index += 1
            if byte == UInt8(ascii: "\n") { line += 1 }
            switch state {
            case .text:
                if byte == UInt8(ascii: "<") { state = .afterLessThan }
            case .afterLessThan:
                switch byte {
                case UInt8(ascii: "!"): state = .afterBang
                case UInt8(ascii: "?"): state = .processingInstruction(sawQuestionMark: false)
                case UInt8(ascii: "/"): state = .endTag
                default:
                    state = .startTag
                    attributesInTag = 0
                }
            case .startTag:
                switch byte {
                case UInt8(ascii: "\""), UInt8(ascii: "'"): state = .quoted(byte)
                case UInt8(ascii: ">"): state = .text
                case UInt8(ascii: "="):
                    attributesInTag += 1
                    if attributesInTag > limit {
                        offendingLine = line
                        return false
                    }
                default: break
                }
            case .quoted(let quote):
                if byte == quote { state = .startTag }
            case .afterBang:
                switch byte {
                case UInt8(ascii: "-"): state = .afterBangDash
                case UInt8(ascii: "["): state = .cdata(brackets: 0)
                case UInt8(ascii: ">"): state = .text
                default: state = .declaration
                }
            case .afterBangDash:
                state = byte == UInt8(ascii: "-") ? .comment(dashes: 0) : .declaration
            case .comment(let dashes):
                if byte == UInt8(ascii: "-") {
                    state = .comment(dashes: dashes + 1)
                } else if byte == UInt8(ascii: ">") && dashes >= 2 {
                    state = .text
                } else {
                    state = .comment(dashes: 0)
                }
            case .cdata(let brackets):
                if byte == UInt8(ascii: "]") {
                    state = .cdata(brackets: brackets + 1)
                } else if byte == UInt8(ascii: ">") && brackets >= 2 {
                    state = .text
                } else {
                    state = .cdata(brackets: 0)
                }
            case .processingInstruction(let sawQuestionMark):
                if byte == UInt8(ascii: ">") && sawQuestionMark {
                    state = .text
                } else {
                    state = .processingInstruction(sawQuestionMark: byte == UInt8(ascii: "?"))
                }
            case .declaration, .endTag:
                if byte == UInt8(ascii: ">") { state = .text }
            }
        }
        return true
    }

    private static func lineBreaks(_ start: UnsafePointer<UInt8>, _ length: Int) -> Int {
        var breaks = 0
        for offset in 0..<length where start[offset] == UInt8(ascii: "\n") { breaks += 1 }
        return breaks
    }
}
