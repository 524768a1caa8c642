import Foundation
internal import FundingPlannerXML

/// Reads numbers and dates written the Belgian way to say, in a message, which machine form was meant.
///
/// It knows `10.000`, `1.500,50`, `40%` and `01/09/2024`. Never used to read a file: a file must
/// hold the machine form itself.
enum BelgianNumber {
    /// `10.000` → `10000`, `1.500,50` → `1500.50`, `6500,00` → `6500.00`, `€ 2 500` → `2500`;
    /// `nil` when the text is not such a number or has more than two decimals.
    static func decimal(_ text: String) -> String? {
        let cleaned = text.filter { $0 != "€" && $0 != " " && $0 != "\u{00A0}" && $0 != "\u{202F}" }
        guard !cleaned.isEmpty, cleaned.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "." || $0 == ",") }) else {
            return nil
        }
        let commaParts = cleaned.split(separator: ",", omittingEmptySubsequences: false)
        switch commaParts.count {
        case 1:
            let groups = cleaned.split(separator: ".", omittingEmptySubsequences: false)
            if groups.count == 1 { return cleaned == text ? nil : cleaned }
            guard isThousandsGrouping(groups) else { return nil }
            return groups.joined()
        case 2:
            let fraction = commaParts[1]
            guard (1...2).contains(fraction.count), fraction.allSatisfy(\.isNumber) else { return nil }
            let groups = commaParts[0].split(separator: ".", omittingEmptySubsequences: false)
            guard groups.count == 1 ? !groups[0].isEmpty : isThousandsGrouping(groups) else { return nil }
            return groups.joined() + "." + fraction
        default:
            return nil
        }
    }

    /// `10.000` → `10000`, `1 500` → `1500`; `nil` for anything else.
    static func integer(_ text: String) -> String? {
        guard let converted = decimal(text), !converted.contains(".") else { return nil }
        return converted
    }

    /// `40` → `4000`, `12,5` → `1250` (basis points for a percentage).
    static func basisPoints(fromPercent text: String) -> String? {
        let number = text.trimmingWhitespace().replacingOccurrences(of: ",", with: ".")
        let parts = number.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), let whole = Int(parts[0]), whole >= 0, whole <= 100 else { return nil }
        var hundredths = 0
        if parts.count == 2 {
            guard (1...2).contains(parts[1].count), let fraction = Int(parts[1]) else { return nil }
            hundredths = parts[1].count == 1 ? fraction * 10 : fraction
        }
        let value = whole * 100 + hundredths
        return value <= 10_000 ? String(value) : nil
    }

    /// `01/09/2024`, `1-9-2024` or `01.09.2024` (day first, as in Belgium) → `2024-09-01`.
    static func date(_ text: String) -> String? {
        let parts = text.split { $0 == "/" || $0 == "-" || $0 == "." }
        guard parts.count == 3, let day = Int(parts[0]), let month = Int(parts[1]), let year = Int(parts[2]),
            parts[2].count == 4, (1...31).contains(day), (1...12).contains(month)
        else { return nil }
        return CalendarDate(year: year, month: month, day: day).description
    }

    /// `1`, `500`, `000` / `10`, `000`: a first group of one to three digits, then groups of three.
    private static func isThousandsGrouping(_ groups: [Substring]) -> Bool {
        guard let first = groups.first, (1...3).contains(first.count) else { return false }
        return groups.dropFirst().allSatisfy { $0.count == 3 }
    }
}
