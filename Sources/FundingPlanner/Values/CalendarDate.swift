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

    /// Parses `YYYY-MM-DD` (an `xs:date` without time zone).
    public init?(_ text: String) {
        let parts = text.prefix(10).split(separator: "-")
        guard parts.count == 3, let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
              (1...12).contains(month), (1...31).contains(day) else { return nil }
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
