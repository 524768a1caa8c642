extension String {
    /// The string without leading and trailing spaces, tabs and line breaks.
    package func trimmingWhitespace() -> String {
        // Fast path: most values have no surrounding ASCII whitespace and no non-ASCII edges.
        if let first = utf8.first, let last = utf8.last, first > 0x20, first < 0x80, last > 0x20, last < 0x80 {
            return self
        }
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })!
        return String(scalars[first...last])
    }
}
