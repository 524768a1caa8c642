#if canImport(Glibc)
    import Glibc
#endif

/// Byte searches that look at eight bytes at a time (SWAR: SIMD within a register), for
/// ``AttributeCountScanner``.
///
/// A word's bytes equal to a wanted byte are found with the classic zero-byte test on the word
/// XOR the wanted byte repeated: `(v - 0x01…01) & ~v & 0x80…80`. Its lowest set bit is always
/// exact (a false positive can only appear above a true one, through a borrow), which is all a
/// search for the first match needs; counting uses the exact form instead.
enum ByteWords {
    static let lessThan = repeated(UInt8(ascii: "<"))
    static let doubleQuote = repeated(UInt8(ascii: "\""))
    static let singleQuote = repeated(UInt8(ascii: "'"))
    private static let greaterThan = repeated(UInt8(ascii: ">"))
    private static let equals = repeated(UInt8(ascii: "="))
    private static let lineFeed = repeated(0x0A)
    private static let ones: UInt64 = 0x0101_0101_0101_0101
    private static let highBits: UInt64 = 0x8080_8080_8080_8080
    private static let lowBits: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
    private static let evenBytes: UInt64 = 0x00FF_00FF_00FF_00FF
    private static let lowShorts: UInt64 = 0x0001_0001_0001_0001

    /// `byte` in each of a word's eight bytes.
    static func repeated(_ byte: UInt8) -> UInt64 { ones &* UInt64(byte) }

    /// A high bit set in the lowest byte of `word` that is zero (and maybe in higher ones).
    @inline(__always)
    private static func zeroBytes(_ word: UInt64) -> UInt64 { (word &- ones) & ~word & highBits }

    @inline(__always)
    private static func word(_ base: UnsafeRawPointer, _ offset: Int) -> UInt64 {
        UInt64(littleEndian: base.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
    }

    /// The offset of the first byte in `start..<end` equal to the byte `pattern` repeats, or `end`.
    @inline(__always)
    static func first(of pattern: UInt64, in base: UnsafeRawPointer, from start: Int, to end: Int) -> Int {
        var index = start
        while index + 8 <= end {
            let found = zeroBytes(word(base, index) ^ pattern)
            if found != 0 { return index + found.trailingZeroBitCount >> 3 }
            index += 8
        }
        let byte = UInt8(truncatingIfNeeded: pattern)
        while index < end, base.load(fromByteOffset: index, as: UInt8.self) != byte { index += 1 }
        return index
    }

    /// The offset of the first `byte` in `start..<end`, or `end`, with the C library's `memchr`
    /// (vector instructions, for the longer searches).
    @inline(__always)
    static func first(byte: UInt8, in base: UnsafeRawPointer, from start: Int, to end: Int) -> Int {
        guard start < end, let found = memchr(base + start, Int32(byte), end - start) else { return end }
        return UnsafeRawPointer(found) - base
    }

    /// The offset of the first `"`, `'`, `>` or `=` in `start..<end` (the bytes that matter in a
    /// start tag), or `end`.
    @inline(__always)
    static func firstTagByte(in base: UnsafeRawPointer, from start: Int, to end: Int) -> Int {
        var index = start
        while index + 8 <= end {
            let value = word(base, index)
            let found =
                zeroBytes(value ^ doubleQuote) | zeroBytes(value ^ singleQuote) | zeroBytes(value ^ greaterThan)
                | zeroBytes(value ^ equals)
            if found != 0 { return index + found.trailingZeroBitCount >> 3 }
            index += 8
        }
        while index < end {
            switch base.load(fromByteOffset: index, as: UInt8.self) {
            case UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: ">"), UInt8(ascii: "="): return index
            default: index += 1
            }
        }
        return index
    }

    /// How many line feeds `start..<end` holds.
    ///
    /// Each word adds one to a byte of a running sum per line feed in it, for at most 255 words
    /// a round; a round's eight byte sums are then added up (a count per bit would need the
    /// POPCNT instruction, which the baseline x86-64 target lacks).
    static func lineFeeds(in base: UnsafeRawPointer, from start: Int, to end: Int) -> Int {
        var index = start
        var count = 0
        while index + 8 <= end {
            var words = min((end - index) >> 3, 255)
            var sums: UInt64 = 0
            while words > 0 {
                let value = word(base, index) ^ lineFeed
                // High bit clear exactly in the zero bytes.
                let nonZero = ((value & lowBits) &+ lowBits) | value
                sums &+= (~nonZero & highBits) >> 7
                index += 8
                words -= 1
            }
            let pairs = (sums & evenBytes) &+ ((sums >> 8) & evenBytes)
            count += Int((pairs &* lowShorts) >> 48)
        }
        while index < end {
            if base.load(fromByteOffset: index, as: UInt8.self) == 0x0A { count += 1 }
            index += 1
        }
        return count
    }
}
