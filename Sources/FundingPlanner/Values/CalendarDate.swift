/// A calendar date without time zone.
public struct CalendarDate: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The calendar year, for example 2026.
    public var year: Int
    /// The month, 1 (January) to 12.
    public var month: Int
    /// The day of the month, 1 to 31.
    public var day: Int

    /// The date `year`-`month`-`day`, taken as given (not checked against the calendar).
    public init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `YYYY-MM-DD`, an `xs:date` (a time zone after it is ignored).
    ///
    /// Other forms, such as `01/09/2024` or `2024-9-1`, give `nil`.
    public init?(_ text: String) {
        let parts = text.prefix(10).split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            parts.allSatisfy({ $0.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 } }), let year = Int(parts[0]),
            let month = Int(parts[1]), let day = Int(parts[2]),
            (1...12).contains(month), (1...31).contains(day)
        else { return nil }
        self.init(year: year, month: month, day: day)
    }

    /// Whether `lhs` comes before `rhs`.
    public static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    /// Whole months from `self` to `later` (negative when `later` is earlier).
    public func months(until later: CalendarDate) -> Int {
        var months = (later.year - year) * 12 + (later.month - month)
        if later.day < day { months -= 1 }
        return months
    }

    /// The date as `YYYY-MM-DD`, as in the XML files.
    public var description: String {
        let pad = { (value: Int) in value < 10 ? "0\(value)" : "\(value)" }
        return "\(year)-\(pad(month))-\(pad(day))"
    }
}
