/// A position in a source file.
public struct SourcePosition: Sendable, Hashable {
    /// The file as the user named it (or the label of a built-in file).
    public var file: String
    /// The 1-based line number.
    public var line: Int

    /// The position of `line` in `file`.
    public init(file: String, line: Int) {
        self.file = file
        self.line = line
    }
}
