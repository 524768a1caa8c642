internal import CStemmer

/// A Snowball stemmer for one language (libstemmer's `sb_stemmer`), owned by this value.
///
/// Not thread-safe: libstemmer's result buffer is reused by the next call, so one stemmer must
/// be used by one thread at a time; each result is copied into a Swift string at once.
package final class SnowballStemmer {
    private let stemmer: OpaquePointer

    /// A stemmer for `algorithm` (`"dutch"`, `"english"`), or `nil` if libstemmer lacks it.
    package init?(algorithm: String) {
        guard let stemmer = sb_stemmer_new(algorithm, "UTF_8") else { return nil }
        self.stemmer = stemmer
    }

    deinit {
        sb_stemmer_delete(stemmer)
    }

    /// The stem of one lower-case word (`sb_stemmer_stem`).
    package func stem(_ word: String) -> String {
        var utf8 = Array(word.utf8)
        guard !utf8.isEmpty else { return word }
        return utf8.withUnsafeMutableBufferPointer { buffer in
            guard let result = sb_stemmer_stem(stemmer, buffer.baseAddress, Int32(buffer.count)) else { return word }
            let length = Int(sb_stemmer_length(stemmer))
            return String(decoding: UnsafeBufferPointer(start: result, count: length), as: UTF8.self)
        }
    }
}
