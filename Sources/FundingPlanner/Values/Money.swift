/// An amount of money in euro cents.
///
/// Money is never a floating-point number in FundingPlanner: amounts are exact integers of
/// cents, parsed from text without going through `Double` or `Decimal` (whose parser silently
/// stops at a Dutch decimal comma).
public struct Money: Sendable, Hashable, Comparable, Codable {
    /// The amount in cents.
    public var cents: Int64

    /// An amount of `cents` euro cents.
    public init(cents: Int64) {
        self.cents = cents
    }

    /// An amount of whole euros.
    public init(euros: Int64) {
        cents = euros * 100
    }

    /// No money: zero cents.
    public static let zero = Money(cents: 0)

    /// Whether `lhs` is less than `rhs`.
    public static func < (lhs: Money, rhs: Money) -> Bool { lhs.cents < rhs.cents }
    /// The sum of two amounts, exact to the cent.
    public static func + (lhs: Money, rhs: Money) -> Money { Money(cents: lhs.cents + rhs.cents) }
    /// The difference of two amounts, exact to the cent (may be negative).
    public static func - (lhs: Money, rhs: Money) -> Money { Money(cents: lhs.cents - rhs.cents) }

    /// Parses an amount in euros as the schemas allow it: `1500`, `1500.5`, `1500.50`, `-12.25`
    /// — digits, then optionally a decimal point and one or two decimals.
    ///
    /// - Returns: `nil` for anything else, so that no amount is ever misread: `10.000` and
    ///   `2.500` (a Belgian thousands separator, three decimals), `1.500,50`, `12,50`, `1e3`,
    ///   `+3`, `.5`, `123abc` and amounts beyond ±90 billion euros.
    public init?(euros text: String) {
        var bytes = Substring(text).utf8[...]
        var negative = false
        if bytes.first == UInt8(ascii: "-") {
            negative = true
            bytes = bytes.dropFirst()
        }
        let integerDigits = bytes.prefix { $0 >= 0x30 && $0 <= 0x39 }
        bytes = bytes.dropFirst(integerDigits.count)
        var fractionDigits = bytes.prefix(0)
        var hasPoint = false
        if bytes.first == UInt8(ascii: ".") {
            hasPoint = true
            bytes = bytes.dropFirst()
            fractionDigits = bytes.prefix { $0 >= 0x30 && $0 <= 0x39 }
            bytes = bytes.dropFirst(fractionDigits.count)
        }
        guard bytes.isEmpty, !integerDigits.isEmpty, !hasPoint || (1...2).contains(fractionDigits.count) else {
            return nil
        }
        var total: Int64 = 0
        for digit in integerDigits.drop(while: { $0 == 0x30 }) {
            let (timesTen, overflowA) = total.multipliedReportingOverflow(by: 10)
            let (sum, overflowB) = timesTen.addingReportingOverflow(Int64(digit - 0x30))
            guard !overflowA, !overflowB, sum <= 90_000_000_000 else { return nil }
            total = sum
        }
        var cents = total * 100
        let padded = Array(fractionDigits) + Array(repeating: UInt8(0x30), count: 2 - fractionDigits.count)
        cents += Int64(padded[0] - 0x30) * 10 + Int64(padded[1] - 0x30)
        self.cents = negative ? -cents : cents
    }

    /// The amount as an XSD decimal in euros with two decimals: `1500.00`, `-0.05`.
    public var decimalEuros: String {
        let magnitude = cents.magnitude
        let fraction = magnitude % 100
        return (cents < 0 ? "-" : "") + "\(magnitude / 100)." + (fraction < 10 ? "0" : "") + "\(fraction)"
    }

    /// The amount for people: `€ 1.500` (nl) or `€1,500` (en); cents shown only when not zero;
    /// a negative amount as `€ -1.500` (nl) or `-€1,500` (en).
    public func formatted(_ language: Language) -> String {
        let magnitude = cents.magnitude
        let euros = String(magnitude / 100)
        var groups: [Substring] = []
        var end = euros.endIndex
        while end > euros.startIndex {
            let start = euros.index(end, offsetBy: -3, limitedBy: euros.startIndex) ?? euros.startIndex
            groups.insert(euros[start..<end], at: 0)
            end = start
        }
        let grouped = groups.joined(separator: language == .nl ? "." : ",")
        let fraction = magnitude % 100
        let decimals = fraction == 0 ? "" : (language == .nl ? "," : ".") + (fraction < 10 ? "0" : "") + "\(fraction)"
        let sign = cents < 0 ? "-" : ""
        // Dutch puts the minus after the euro sign (€ -1.037,51), English before it (-€1,037.51),
        // as the reports' stylesheets do.
        return language == .nl ? "€ \(sign)\(grouped)\(decimals)" : "\(sign)€\(grouped)\(decimals)"
    }
}
