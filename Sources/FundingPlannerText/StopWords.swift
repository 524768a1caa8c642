/// Function words left out before comparing texts, plus words every network statement uses
/// ("samen", "netwerk", "together", "network") and that therefore say nothing about its purpose.
package enum StopWords {
    package static func contains(_ word: String, language: TextLanguage) -> Bool {
        switch language {
        case .dutch: dutch.contains(word)
        case .english: english.contains(word)
        }
    }

    static let dutch: Set<String> = [
        "aan", "al", "alle", "alles", "als", "altijd", "andere", "ben", "bij", "daar", "dan", "dat", "de", "der",
        "deze", "die", "dit", "doch", "doen", "door", "dus", "een", "eens", "en", "er", "ge", "geen", "geweest",
        "haar", "had", "heb", "hebben", "heeft", "hem", "het", "hier", "hij", "hoe", "hun", "iemand", "iets", "ik",
        "in", "is", "ja", "je", "jullie", "kan", "kon", "kunnen", "maar", "me", "meer", "men", "met", "mij", "mijn",
        "moet", "moeten", "na", "naar", "niet", "niets", "nog", "nu", "of", "om", "omdat", "onder", "ons", "onze",
        "ook", "op", "over", "reeds", "te", "tegen", "toch", "toen", "tot", "u", "uit", "uw", "van", "veel", "voor",
        "want", "waren", "was", "wat", "we", "wel", "werd", "wezen", "wie", "wij", "wil", "willen", "worden",
        "wordt", "zal", "ze", "zelf", "zich", "zij", "zijn", "zo", "zodat", "zonder", "zou", "zullen", "elkaar",
        "samen", "netwerk", "ons", "onze", "waar", "waarin", "hen", "wie", "dan", "meer", "echte", "echt",
    ]

    static let english: Set<String> = [
        "a", "about", "after", "all", "also", "an", "and", "any", "are", "as", "at", "be", "been", "being", "but",
        "by", "can", "could", "did", "do", "does", "for", "from", "had", "has", "have", "he", "her", "here", "him",
        "his", "how", "i", "if", "in", "into", "is", "it", "its", "just", "may", "me", "more", "most", "my", "no",
        "not", "of", "on", "one", "only", "or", "other", "our", "ours", "out", "over", "own", "she", "should", "so",
        "some", "such", "than", "that", "the", "their", "them", "then", "there", "these", "they", "this", "those",
        "through", "to", "too", "under", "up", "us", "very", "was", "we", "were", "what", "when", "where", "which",
        "while", "who", "why", "will", "with", "would", "you", "your", "want", "wants", "together", "network",
        "real", "each",
    ]
}
