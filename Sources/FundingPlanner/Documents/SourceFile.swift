/// A file a result was read from: where it is, how to name it, and the fingerprint of the very
/// bytes that were parsed.
public struct SourceFile: Sendable, Hashable {
    /// Where the file was read from (as the user gave it).
    public var path: String
    /// How outputs name it: the path, or "(built-in) catalogues/…" for the shipped files, so a
    /// plan does not record the machine's folders.
    public var label: String
    /// SHA-256 of the bytes the parser read, as 64 lower-case hexadecimal digits.
    public var sha256: String

    /// A file read from `path`, named `label` in outputs, with the digest of its bytes.
    public init(path: String, label: String, sha256: String) {
        self.path = path
        self.label = label
        self.sha256 = sha256
    }
}
