/// A closed-vocabulary value: an XML token with a label for people in Dutch and English.
///
/// Each vocabulary labels its own tokens with an exhaustive `switch`, so two vocabularies that share a
/// token (`company` is a funder type and a partner type) keep their own words, and a new token cannot
/// be added without its labels.
public protocol Labelled: RawRepresentable, Sendable where RawValue == String {
    /// The label people read, in `language`.
    func label(_ language: Language) -> String
}
