/// Answers "does another statement (or the purpose) use this stem?" for every stem of every
/// statement, in time linear in the number of statements and memory linear in the vocabulary.
///
/// A stem counts as used elsewhere when another statement or the purpose has the same stem, a
/// longer stem containing it, or a shorter stem it contains (Dutch writes compounds as one
/// word: "horeca" is used in "horecavaardigheden"). Compound parts must have at least
/// ``minimumPartLength`` letters, and parts are looked for only in stems of at most
/// ``maximumCompoundLength`` letters (longer tokens are no real word and match exactly only).
///
/// Comparing each statement with the union of all the others takes time quadratic in the
/// number of partners (98 s for 10,000 partners); storing every part of every stem takes
/// gigabytes for a hostile profile. Here only parts that are themselves stems of the
/// vocabulary are kept, and substrings are ruled out by hash before any string is built:
/// 1,000 partners of 4,000 characters of random words each take about 2 s
/// (`fundplan-bench readiness`).
struct StemUsageIndex {
    static let minimumPartLength = 5
    static let maximumCompoundLength = 32

    /// One statement: its stems, and the vocabulary's stems that a longer stem of it contains.
    private struct Entry {
        var stems: Set<String>
        var contained: Set<String>
    }

    private var entries: [Entry] = []
    /// The number of statements that use each stem.
    private var stemCounts: [String: Int] = [:]
    /// The number of statements with a longer stem containing each vocabulary stem.
    private var containerCounts: [String: Int] = [:]
    private var purpose = Entry(stems: [], contained: [])

    /// The vocabulary (every statement's and the purpose's stems) by ``hash(_:)``.
    private var vocabulary: [UInt64: [String]] = [:]
    /// One bit per hash bucket that holds a vocabulary stem: most substrings are ruled out
    /// here, without a dictionary lookup.
    private var hashFilter = [UInt64](repeating: 0, count: StemUsageIndex.filterBits / 64)
    private static let filterBits = 1 << 22

    /// An index of the stems of `statements` and of the purpose.
    ///
    /// - Parameters:
    ///   - statements: Each statement's stems (one statement per partner, same language).
    ///   - purposeStems: The purpose's stems in that language.
    init(statements: [Set<String>], purpose purposeStems: Set<String>) {
        for stems in statements {
            for stem in stems { stemCounts[stem, default: 0] += 1 }
        }
        for stem in Set(stemCounts.keys).union(purposeStems) {
            let hash = Self.hash(stem.unicodeScalars)
            vocabulary[hash, default: []].append(stem)
            let bit = Int(truncatingIfNeeded: hash >> 42)
            hashFilter[bit >> 6] |= 1 << UInt64(bit & 63)
        }
        func contained(in stems: Set<String>) -> Set<String> {
            var found: Set<String> = []
            for stem in stems { found.formUnion(vocabularyParts(of: stem)) }
            return found
        }
        entries = statements.map { Entry(stems: $0, contained: contained(in: $0)) }
        for entry in entries {
            for part in entry.contained { containerCounts[part, default: 0] += 1 }
        }
        purpose = Entry(stems: purposeStems, contained: contained(in: purposeStems))
    }

    /// Whether `stem`, a stem of statement number `owner` (its position in `statements`), is
    /// used by the purpose or by another statement.
    func isUsedElsewhere(_ stem: String, byStatement owner: Int) -> Bool {
        let own = entries[owner]
        if purpose.stems.contains(stem) || Self.others(stemCounts[stem], ownUse: own.stems.contains(stem)) {
            return true
        }
        if purpose.contained.contains(stem) || Self.others(containerCounts[stem], ownUse: own.contained.contains(stem))
        {
            return true
        }
        for part in vocabularyParts(of: stem)
        where purpose.stems.contains(part) || Self.others(stemCounts[part], ownUse: own.stems.contains(part)) {
            return true
        }
        return false
    }

    private static func others(_ count: Int?, ownUse: Bool) -> Bool {
        (count ?? 0) - (ownUse ? 1 : 0) > 0
    }

    /// The vocabulary's stems that are substrings of `stem`, shorter than it and at least
    /// ``minimumPartLength`` letters long; none for stems longer than ``maximumCompoundLength``.
    ///
    /// Substrings are compared by a rolling hash, so no string is built unless the hash matches
    /// a vocabulary stem: a stem of 32 letters has 378 candidate parts.
    private func vocabularyParts(of stem: String) -> Set<String> {
        let letters = Array(stem.unicodeScalars)
        guard letters.count > Self.minimumPartLength, letters.count <= Self.maximumCompoundLength else { return [] }
        var parts: Set<String> = []
        for start in 0...(letters.count - Self.minimumPartLength) {
            var hash = Self.hashSeed
            for end in start..<letters.count {
                hash = Self.hash(hash, letters[end])
                let length = end - start + 1
                let bit = Int(truncatingIfNeeded: hash >> 42)
                guard length >= Self.minimumPartLength, length < letters.count,
                    hashFilter[bit >> 6] & (1 << UInt64(bit & 63)) != 0,
                    let candidates = vocabulary[hash]
                else { continue }
                var part = String.UnicodeScalarView()
                part.append(contentsOf: letters[start...end])
                let text = String(part)
                if candidates.contains(text) { parts.insert(text) }
            }
        }
        return parts
    }

    private static let hashSeed: UInt64 = 0xCBF2_9CE4_8422_2325

    private static func hash(_ hash: UInt64, _ letter: Unicode.Scalar) -> UInt64 {
        (hash ^ UInt64(letter.value)) &* 0x0000_0100_0000_01B3
    }

    private static func hash(_ letters: String.UnicodeScalarView) -> UInt64 {
        letters.reduce(hashSeed, hash)
    }
}
