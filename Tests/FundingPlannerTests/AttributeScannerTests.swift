import Testing

@testable import FundingPlanner
@testable import FundingPlannerXML

/// The attribute guard decides as two byte-by-byte models do.
///
/// It skips whole stretches from one `<` to the next when they are too short to hold too many
/// attributes, and bytes a word at a time elsewhere; it keeps a stretch cut by a chunk's end
/// until it knows its length.
///
/// - On any bytes, with any chunk sizes: the guard decides exactly as a byte-by-byte model of
///   the same rule over the whole input (verdict, offending line, lines).
/// - On well-formed documents (random elements, attributes, texts, comments, CDATA sections and
///   processing instructions): it decides exactly as the plain automaton, which skips nothing.
@Suite struct AttributeScannerTests {
    @Test func anyBytesInAnyChunksAsTheModelDecides() {
        var generator = SeededRandom(seed: 20_261_201)
        let alphabet = Array("<>=\"'!-[]?/ab \n".utf8)
        var skippedSome = false
        var refusedSome = false
        for round in 0..<600 {
            let length = Int(generator.next() % 300)
            let bytes = (0..<length).map { _ in alphabet[Int(generator.next() % UInt64(alphabet.count))] }
            let limit = Int(generator.next() % 4)
            let chunk = 1 + Int(generator.next() % 40)
            let scanned = Self.scan(bytes, limit: limit, chunk: chunk)
            let expected = Self.model(bytes, limit: limit, skipping: true)
            #expect(scanned.offendingLine == expected.offendingLine, "round \(round)")
            if expected.offendingLine == nil { #expect(scanned.lines == expected.lines, "round \(round)") }
            skippedSome = skippedSome || expected.skipped
            refusedSome = refusedSome || expected.offendingLine != nil
        }
        #expect(skippedSome && refusedSome)
    }

    @Test func wellFormedDocumentsAsThePlainAutomatonDecides() {
        var generator = SeededRandom(seed: 20_261_202)
        var refusedSome = false
        var acceptedSome = false
        for round in 0..<400 {
            let bytes = Array(Self.document(&generator).utf8)
            let limit = Int(generator.next() % 6)
            let chunk = 1 + Int(generator.next() % 200)
            let scanned = Self.scan(bytes, limit: limit, chunk: chunk)
            let automaton = Self.model(bytes, limit: limit, skipping: false)
            #expect(scanned.offendingLine == automaton.offendingLine, "round \(round)")
            refusedSome = refusedSome || automaton.offendingLine != nil
            acceptedSome = acceptedSome || automaton.offendingLine == nil
        }
        #expect(refusedSome && acceptedSome)
    }

    @Test func aLongStretchCutByAChunkIsStillCounted() {
        // A start tag with 300 attributes (over the limit of 256) after a text, read in chunks
        // that cut the tag anywhere: refused on the tag's line whatever the chunk size.
        let attributes = (0..<300).map { "a\($0)=\"\($0)\"" }.joined(separator: "\n ")
        let bytes = Array("<r>\n<t>short</t>\n<e \(attributes)/></r>".utf8)
        for chunk in [1, 7, 100, 1_000, 4_000, bytes.count] {
            #expect(Self.scan(bytes, limit: 256, chunk: chunk).offendingLine == 259, "chunk \(chunk)")
        }
    }

    /// The guard over `bytes`, fed `chunk` bytes at a time.
    static func scan(_ bytes: [UInt8], limit: Int, chunk: Int) -> (offendingLine: Int?, lines: Int) {
        var scanner = AttributeCountScanner(limit: limit)
        var start = 0
        while start < bytes.count {
            let end = min(bytes.count, start + chunk)
            if !bytes[start..<end].withUnsafeBytes({ scanner.scan($0) }) { return (scanner.offendingLine, 0) }
            start = end
        }
        return (nil, scanner.line)
    }

    /// The rule, one byte at a time over the whole input: in text, a `<` not followed by `!` or
    /// `?` whose stretch to the next `<` (or the end) is shorter than the guard's is skipped
    /// whole (when `skipping`); every other byte goes through the automaton.
    static func model(_ bytes: [UInt8], limit: Int, skipping: Bool) -> (
        offendingLine: Int?, lines: Int, skipped: Bool
    ) {
        let shortRegion = AttributeCountScanner(limit: limit).shortRegion
        let lessThan = UInt8(ascii: "<")
        var state = ScannerTable.text
        var attributes = 0
        var line = 1
        var skipped = false
        var index = 0
        while index < bytes.count {
            if skipping, state == ScannerTable.text, bytes[index] == lessThan,
                index + 1 == bytes.count || !"!?".utf8.contains(bytes[index + 1])
            {
                let next = bytes[(index + 1)...].firstIndex(of: lessThan) ?? bytes.count
                if next - index < shortRegion {
                    line += bytes[index..<next].filter { $0 == 0x0A }.count
                    skipped = true
                    index = next
                    continue
                }
            }
            let byte = bytes[index]
            if byte == 0x0A { line += 1 }
            let entry = ScannerTable.transitions[Int(state) << 8 | Int(byte)]
            state = entry & ScannerTable.stateMask
            if entry & ScannerTable.newTag != 0 { attributes = 0 }
            if entry & ScannerTable.attribute != 0 {
                attributes += 1
                if attributes > limit { return (line, line, skipped) }
            }
            index += 1
        }
        return (nil, line, skipped)
    }

    /// A random well-formed document: nested elements with up to seven attributes (values hold
    /// `>`, `=` and the other quote), texts with quotes and `>`, comments, CDATA sections and
    /// processing instructions holding `<`, and long texts.
    static func document(_ generator: inout SeededRandom) -> String {
        func pick(_ count: Int) -> Int { Int(generator.next() % UInt64(count)) }
        func text() -> String {
            let pieces = ["a", "b c", "\n", "'", "\"", ">", "=", "&amp;", " "]
            let repeats = pick(10) == 0 ? 120 : pick(6)
            return (0..<repeats).map { _ in pieces[pick(pieces.count)] }.joined()
        }
        func element(_ depth: Int) -> String {
            let name = ["a", "bb", "c-d"][pick(3)]
            let attributes = (0..<pick(8)).map { index -> String in
                let quote = pick(2) == 0 ? "\"" : "'"
                let other = quote == "\"" ? "'" : "\""
                let value = ["1", "x=y", "a>b", other, "", " \n "][pick(6)]
                return "\(pick(3) == 0 ? "\n" : " ")k\(index) = \(quote)\(value)\(quote)"
            }.joined()
            if depth > 3 || pick(4) == 0 { return "<\(name)\(attributes)/>" }
            let content = (0..<pick(4)).map { _ -> String in
                switch pick(6) {
                case 0: "<!-- <x y=1 z=2> -\(text()) -->"
                case 1: "<![CDATA[ <x y=1 z=2> ]\(text())]]>"
                case 2: "<?pi <x y=1 z=2>?>"
                case 3: text()
                default: element(depth + 1)
                }
            }.joined()
            return "<\(name)\(attributes)>\(content)</\(name)>"
        }
        return "<?xml version=\"1.0\"?>\n" + element(0)
    }
}
