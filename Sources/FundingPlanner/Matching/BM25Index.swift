internal import FundingPlannerText

/// Okapi BM25 over the catalogue's model texts (k1 = 1.2, b = 0.75), on Snowball stems.
///
/// Scores are relevance measures, not money: they are the only floating-point numbers of the
/// matching, and are turned into whole points before they reach any output.
struct BM25Index {
    private let termFrequencies: [[String: Int]]
    private let lengths: [Int]
    private let averageLength: Double
    private let documentFrequency: [String: Int]
    static let k1 = 1.2
    static let b = 0.75

    init(documents: [[String]]) {
        var frequencies: [[String: Int]] = []
        frequencies.reserveCapacity(documents.count)
        var documentFrequency: [String: Int] = [:]
        for document in documents {
            var counts: [String: Int] = [:]
            for stem in document { counts[stem, default: 0] += 1 }
            for stem in counts.keys { documentFrequency[stem, default: 0] += 1 }
            frequencies.append(counts)
        }
        termFrequencies = frequencies
        lengths = documents.map(\.count)
        averageLength = documents.isEmpty ? 1 : max(1, Double(lengths.reduce(0, +)) / Double(documents.count))
        self.documentFrequency = documentFrequency
    }

    /// The BM25 score of every document for `query`, in document order, and the query's
    /// reference score: the sum of its terms' IDF weights, which a document of average length
    /// containing every query term once would score.
    func scores(query: [String]) -> (scores: [Double], reference: Double) {
        let count = Double(termFrequencies.count)
        let terms = Array(Set(query)).sorted()
        let weights = terms.map { term -> Double in
            let frequency = Double(documentFrequency[term] ?? 0)
            return log(1 + (count - frequency + 0.5) / (frequency + 0.5))
        }
        return (scores(terms: terms, weights: weights), weights.reduce(0, +))
    }

    private func scores(terms: [String], weights: [Double]) -> [Double] {
        return termFrequencies.indices.map { index in
            var score = 0.0
            let normaliser = Self.k1 * (1 - Self.b + Self.b * Double(lengths[index]) / averageLength)
            for (position, term) in terms.enumerated() {
                guard let frequency = termFrequencies[index][term] else { continue }
                let tf = Double(frequency)
                score += weights[position] * tf * (Self.k1 + 1) / (tf + normaliser)
            }
            return score
        }
    }
}

#if canImport(Glibc)
    import Glibc
#endif
