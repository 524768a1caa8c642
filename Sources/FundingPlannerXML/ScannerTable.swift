/// The transition table of ``AttributeCountScanner``: for each state and input byte, the next
/// state, and whether the byte needs an action.
///
/// An entry is the next state in its low five bits, ``declarationStart`` when the byte starts a
/// `<!` declaration that is neither a comment nor a CDATA section (a DOCTYPE, in a document),
/// ``newTag`` when it is the first byte of a start tag (counting starts at zero) and
/// ``attribute`` when it is an `=` inside a start tag. Comments and CDATA sections remember how many `-` or `]`
/// they just saw, up to two, which is all their end needs.
enum ScannerTable {
    static let text: UInt8 = 0
    static let afterLessThan: UInt8 = 1
    static let startTag: UInt8 = 2
    static let doubleQuoted: UInt8 = 3
    static let singleQuoted: UInt8 = 4
    static let afterBang: UInt8 = 5
    static let afterBangDash: UInt8 = 6
    /// A comment after zero, one, and two or more dashes.
    static let comment: [UInt8] = [7, 8, 9]
    /// A CDATA section after zero, one, and two or more closing brackets.
    static let cdata: [UInt8] = [10, 11, 12]
    static let processingInstruction: UInt8 = 13
    static let processingInstructionAfterQuestionMark: UInt8 = 14
    static let declaration: UInt8 = 15
    static let endTag: UInt8 = 16
    private static let stateCount = 17

    static let stateMask: UInt8 = 0x1F
    static let declarationStart: UInt8 = 0x80
    static let newTag: UInt8 = 0x40
    static let attribute: UInt8 = 0x20
    static let actions: UInt8 = declarationStart | newTag | attribute

    /// `transitions[state << 8 | byte]`.
    static let transitions: [UInt8] = {
        var table = [UInt8](repeating: 0, count: stateCount << 8)
        for state in 0..<stateCount {
            for byte in 0..<256 {
                var entry = next(UInt8(state), UInt8(byte))
                if state == Int(afterLessThan) && entry == startTag { entry |= newTag }
                if state == Int(afterBang) && entry == declaration { entry |= declarationStart }
                if state == Int(startTag) && byte == 0x3D { entry |= attribute }
                table[state << 8 | byte] = entry
            }
        }
        return table
    }()

    private static func next(_ state: UInt8, _ byte: UInt8) -> UInt8 {
        let character = Character(Unicode.Scalar(byte))
        switch state {
        case text:
            return character == "<" ? afterLessThan : text
        case afterLessThan:
            switch character {
            case "!": return afterBang
            case "?": return processingInstruction
            case "/": return endTag
            default: return startTag
            }
        case startTag:
            switch character {
            case "\"": return doubleQuoted
            case "'": return singleQuoted
            case ">": return text
            default: return startTag
            }
        case doubleQuoted:
            return character == "\"" ? startTag : doubleQuoted
        case singleQuoted:
            return character == "'" ? startTag : singleQuoted
        case afterBang:
            switch character {
            case "-": return afterBangDash
            case "[": return cdata[0]
            case ">": return text
            default: return declaration
            }
        case afterBangDash:
            return character == "-" ? comment[0] : declaration
        case comment[0], comment[1], comment[2]:
            let dashes = Int(state - comment[0])
            if character == "-" { return comment[min(dashes + 1, 2)] }
            return character == ">" && dashes == 2 ? text : comment[0]
        case cdata[0], cdata[1], cdata[2]:
            let brackets = Int(state - cdata[0])
            if character == "]" { return cdata[min(brackets + 1, 2)] }
            return character == ">" && brackets == 2 ? text : cdata[0]
        case processingInstruction, processingInstructionAfterQuestionMark:
            if character == ">" && state == processingInstructionAfterQuestionMark { return text }
            return character == "?" ? processingInstructionAfterQuestionMark : processingInstruction
        default:
            return character == ">" ? text : state
        }
    }
}
