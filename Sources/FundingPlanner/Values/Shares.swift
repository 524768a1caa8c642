/// Shares as basis points, rounded half up, without floating point.
enum Shares {
    static func basisPoints(_ part: Money, of whole: Money) -> BasisPoints {
        guard whole.cents > 0 else { return BasisPoints(0) }
        return BasisPoints(Int((part.cents * 10_000 + whole.cents / 2) / whole.cents))
    }

    static func basisPoints(_ part: Int, of whole: Int) -> BasisPoints {
        guard whole > 0 else { return BasisPoints(0) }
        return BasisPoints((part * 10_000 + whole / 2) / whole)
    }
}
