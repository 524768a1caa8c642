/// Picks the Dutch or English wording.
struct Wording {
    let language: Language

    func callAsFunction(_ dutch: String, _ english: String) -> String {
        language == .nl ? dutch : english
    }
}
