/// A share or probability in basis points: 10000 is 100 %.
public struct BasisPoints: Sendable, Hashable, Comparable, Codable {
    /// The share in hundredths of a percent.
    public var value: Int

    /// A share of `value` hundredths of a percent, for example 2 500 for 25 %.
    public init(_ value: Int) {
        self.value = value
    }

    /// The whole: 10 000 basis points, 100 %.
    public static let whole = BasisPoints(10_000)

    /// Whether `lhs` is a smaller share than `rhs`.
    public static func < (lhs: BasisPoints, rhs: BasisPoints) -> Bool { lhs.value < rhs.value }

    /// Parses a whole number of basis points, 0 to 10000.
    public init?(text: String) {
        guard let value = Int(text), (0...10_000).contains(value) else { return nil }
        self.value = value
    }

    /// `25 %` or `12.5 %` (en) / `12,5 %` (nl), trailing zeros left out.
    public func formatted(_ language: Language) -> String {
        let whole = value / 100
        let hundredths = value % 100
        guard hundredths != 0 else { return "\(whole) %" }
        let separator = language == .nl ? "," : "."
        let digits = hundredths % 10 == 0 ? "\(hundredths / 10)" : (hundredths < 10 ? "0\(hundredths)" : "\(hundredths)")
        return "\(whole)\(separator)\(digits) %"
    }
}
