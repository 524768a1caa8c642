import Foundation
import FundingPlanner

/// Picks the Dutch or English wording of a sentence.
struct Say: Sendable {
    let language: Language

    init(_ language: Language) {
        self.language = language
    }

    func callAsFunction(_ dutch: String, _ english: String) -> String {
        language == .nl ? dutch : english
    }
}
