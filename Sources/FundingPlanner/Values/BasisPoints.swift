import Foundation

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

    /// Parses a whole number of basis points, 0 to 10000, written with digits only (`4000`, not
    /// `40%`, `+4000` or `4.000`).
    public init?(text: String) {
        guard !text.isEmpty, text.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }), text.utf8.count <= 5,
            let value = Int(text), (0...10_000).contains(value)
        else { return nil }
        self.value = value
    }

    /// `25 %` or `12.5 %` (en) / `12,5 %` (nl), trailing zeros left out.
    public func formatted(_ language: Language) -> String {
        let whole = value / 100
        let hundredths = value % 100
        guard hundredths != 0 else { return "\(whole) %" }
        let separator = language == .nl ? "," : "."
        let digits =
            hundredths % 10 == 0 ? "\(hundredths / 10)" : (hundredths < 10 ? "0\(hundredths)" : "\(hundredths)")
        return "\(whole)\(separator)\(digits) %"
    }
}

/// A decimal number for people: `92,382` and `1.234,5` in Dutch, `92.382` and `1234.5` in English.
///
/// Only for text people read; files keep the machine form with a decimal point.
enum DecimalText {
    /// `value` rounded to `decimals` digits, trailing zeros kept; in Dutch with a decimal comma
    /// and a thousands dot.
    static func text(_ value: Double, decimals: Int, _ language: Language) -> String {
        let machine = String(format: "%.\(decimals)f", value)
        guard language == .nl else { return machine }
        let negative = machine.hasPrefix("-")
        let unsigned = negative ? String(machine.dropFirst()) : machine
        let parts = unsigned.split(separator: ".", omittingEmptySubsequences: false)
        var whole = String(parts[0])
        var grouped: [Substring] = []
        while whole.count > 3 {
            grouped.insert(whole.suffix(3), at: 0)
            whole = String(whole.dropLast(3))
        }
        grouped.insert(Substring(whole), at: 0)
        let fraction = parts.count > 1 ? "," + parts[1] : ""
        return (negative ? "-" : "") + grouped.joined(separator: ".") + fraction
    }
}
