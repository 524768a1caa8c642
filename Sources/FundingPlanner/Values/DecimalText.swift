import Foundation

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
