import Foundation

/// What a person typed (at a prompt, in a spreadsheet cell) read into a value, the way a Belgian
/// writes it: `10.000` is ten thousand euros, `10.000,50` and `10000,50` have fifty cents,
/// `40 %` is 4000 basis points, `01/09/2024` is 1 September 2024.
///
/// Files FundingPlanner reads never go through here: in an XML file only the one machine form
/// is accepted (`10000.50`), so nothing in a file is ever guessed. Here every accepted form is
/// unambiguous: three digits after a point are thousands, one or two are cents.
public enum TypedInput {
    /// Why a typed answer was not accepted, with how to write it, in Dutch and English.
    public struct Problem: Error, Sendable, Hashable {
        /// What is wrong and how to write it instead, per language.
        public var message: [Language: String]

        init(_ dutch: String, _ english: String) {
            message = [.nl: dutch, .en: english]
        }

        /// The message in `language`.
        public func text(_ language: Language) -> String { message[language] ?? message[.en] ?? "" }
    }

    /// An amount in euros: `10000`, `10.000`, `10.000,50`, `10000,50`, `10000.50`, `10,000.50`,
    /// with or without `€` and spaces.
    public static func amount(_ typed: String) -> Result<Money, Problem> {
        var text = typed.replacingOccurrences(of: "€", with: "").replacingOccurrences(of: "EUR", with: "")
        text = String(text.filter { !$0.isWhitespace && $0 != "\u{00A0}" })
        let howTo = Problem(
            "'\(typed)' is geen bedrag; schrijf bijvoorbeeld 10000, 10.000 of 10.000,50 (euro, hoogstens twee cijfers na de komma)",
            "'\(typed)' is not an amount; write for example 10000, 10,000 or 10000.50 (euros, at most two decimals)")
        guard !text.isEmpty, !text.hasPrefix("-") else { return .failure(howTo) }
        let canonical: String
        if text.wholeMatch(of: /\d{1,3}(\.\d{3})+(,\d{1,2})?/) != nil {
            canonical = text.replacingOccurrences(of: ".", with: "").replacingOccurrences(of: ",", with: ".")
        } else if text.wholeMatch(of: /\d{1,3}(,\d{3})+(\.\d{1,2})?/) != nil {
            canonical = text.replacingOccurrences(of: ",", with: "")
        } else if text.wholeMatch(of: /\d+(,\d{1,2})?/) != nil {
            canonical = text.replacingOccurrences(of: ",", with: ".")
        } else if text.wholeMatch(of: /\d+(\.\d{1,2})?/) != nil {
            canonical = text
        } else {
            return .failure(howTo)
        }
        guard let money = Money(euros: canonical), money.cents <= 100_000_000_000 else { return .failure(howTo) }
        return .success(money)
    }

    /// A share in percent: `40`, `40%`, `40 %`, `12,5 %`, `12.5` → basis points (4000, 1250).
    public static func percentage(_ typed: String) -> Result<BasisPoints, Problem> {
        let text = typed.replacingOccurrences(of: "%", with: "").filter { !$0.isWhitespace }.replacingOccurrences(
            of: ",", with: ".")
        let problem = Problem(
            "'\(typed)' is geen percentage van 0 tot 100; schrijf bijvoorbeeld 40 of 12,5",
            "'\(typed)' is not a percentage from 0 to 100; write for example 40 or 12.5")
        guard text.wholeMatch(of: /\d{1,3}(\.\d{1,2})?/) != nil else { return .failure(problem) }
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        let whole = Int(parts[0]) ?? 0
        let fraction = parts.count > 1 ? Int(parts[1].padding(toLength: 2, withPad: "0", startingAt: 0)) ?? 0 : 0
        let value = whole * 100 + fraction
        guard (0...10_000).contains(value) else { return .failure(problem) }
        return .success(BasisPoints(value))
    }

    /// A date: `2024-09-01`, `1/9/2024`, `01/09/2024`, `1-9-2024` or `01.09.2024` (day first).
    public static func date(_ typed: String) -> Result<CalendarDate, Problem> {
        let text = typed.trimmingCharacters(in: .whitespaces)
        let problem = Problem(
            "'\(typed)' is geen datum; schrijf dag/maand/jaar (01/09/2024) of jaar-maand-dag (2024-09-01)",
            "'\(typed)' is not a date; write day/month/year (01/09/2024) or year-month-day (2024-09-01)")
        if let match = text.wholeMatch(of: /(\d{4})-(\d{1,2})-(\d{1,2})/) {
            return valid(Int(match.1)!, Int(match.2)!, Int(match.3)!).map(Result.success) ?? .failure(problem)
        }
        if let match = text.wholeMatch(of: /(\d{1,2})[\/\-.](\d{1,2})[\/\-.](\d{4})/) {
            return valid(Int(match.3)!, Int(match.2)!, Int(match.1)!).map(Result.success) ?? .failure(problem)
        }
        return .failure(problem)
    }

    /// A whole number in `range` (a year, hours, seats…), with thousands dots allowed.
    public static func whole(_ typed: String, in range: ClosedRange<Int>) -> Result<Int, Problem> {
        let text = typed.filter { !$0.isWhitespace }
        let digits =
            text.wholeMatch(of: /\d{1,3}(\.\d{3})+/) != nil ? text.replacingOccurrences(of: ".", with: "") : text
        guard let value = Int(digits), range.contains(value) else {
            return .failure(
                Problem(
                    "'\(typed)' is geen geheel getal van \(range.lowerBound) tot \(range.upperBound)",
                    "'\(typed)' is not a whole number from \(range.lowerBound) to \(range.upperBound)"))
        }
        return .success(value)
    }

    /// Yes or no: `ja`, `j`, `nee`, `n`, `yes`, `y`, `no`, `true`, `false`, `1`, `0`.
    public static func yesNo(_ typed: String) -> Result<Bool, Problem> {
        switch typed.trimmingCharacters(in: .whitespaces).lowercased() {
        case "ja", "j", "yes", "y", "true", "1", "waar": .success(true)
        case "nee", "n", "no", "false", "0", "onwaar": .success(false)
        default: .failure(Problem("antwoord ja of nee", "answer yes or no"))
        }
    }

    private static func valid(_ year: Int, _ month: Int, _ day: Int) -> CalendarDate? {
        guard (1900...2100).contains(year), (1...12).contains(month) else { return nil }
        let days = [
            31, year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31,
        ]
        guard (1...days[month - 1]).contains(day) else { return nil }
        return CalendarDate(year: year, month: month, day: day)
    }
}
