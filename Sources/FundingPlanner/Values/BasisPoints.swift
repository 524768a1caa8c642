/// A share or probability in basis points: 10000 is 100 %.
public struct BasisPoints: Sendable, Hashable, Comparable, Codable {
    /// The share in hundredths of a percent.
    public var value: Int

    public init(_ value: Int) {
        self.value = value
    }

    public static let whole = BasisPoints(10_000)

    public static func < (lhs: BasisPoints, rhs: BasisPoints) -> Bool { lhs.value < rhs.value }

    /// Parses a whole number of basis points, 0 to 10000, written with digits only (`4000`, not
    /// `40%`, `+4000` or `4.000`).
    public init?(text: String) {
        guard !text.isEmpty, text.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }), text.utf8.count <= 5,
              let value = Int(text), (0...10_000).contains(value) else { return nil }
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
