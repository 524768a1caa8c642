/// A small, fast, seeded random number generator (SplitMix64 to seed, xoshiro256** to draw):
/// the same seed gives the same sequence on every machine.
struct SeededRandom: RandomNumberGenerator {
    private var state: (UInt64, UInt64, UInt64, UInt64)

    init(seed: UInt64) {
        var mixer = seed
        func splitMix() -> UInt64 {
            mixer &+= 0x9E37_79B9_7F4A_7C15
            var z = mixer
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        state = (splitMix(), splitMix(), splitMix(), splitMix())
    }

    mutating func next() -> UInt64 {
        let result = rotate(state.1 &* 5, 7) &* 9
        let t = state.1 << 17
        state.2 ^= state.0
        state.3 ^= state.1
        state.1 ^= state.2
        state.0 ^= state.3
        state.2 ^= t
        state.3 = rotate(state.3, 45)
        return result
    }

    /// A uniform number in [0, 1).
    mutating func unit() -> Double {
        Double(next() >> 11) * 0x1.0p-53
    }

    private func rotate(_ value: UInt64, _ count: UInt64) -> UInt64 {
        (value << count) | (value >> (64 - count))
    }
}

/// A triangular distribution min / likely / max, sampled by inversion.
struct Triangular {
    let minimum: Double
    let likely: Double
    let maximum: Double

    func sample(_ uniform: Double) -> Double {
        let range = maximum - minimum
        guard range > 0 else { return likely }
        let split = (likely - minimum) / range
        if uniform < split {
            return minimum + (uniform * range * (likely - minimum)).squareRoot()
        }
        return maximum - ((1 - uniform) * range * (maximum - likely)).squareRoot()
    }
}

/// A ``Triangular`` with the figures its sampling needs worked out once: the same arithmetic on
/// the same values as ``Triangular/sample(_:)``, so the same numbers.
struct PreparedTriangular {
    private let minimum: Double
    private let likely: Double
    private let maximum: Double
    private let range: Double
    private let split: Double

    init(_ distribution: Triangular) {
        minimum = distribution.minimum
        likely = distribution.likely
        maximum = distribution.maximum
        range = maximum - minimum
        split = range > 0 ? (likely - minimum) / range : 0
    }

    func sample(_ uniform: Double) -> Double {
        guard range > 0 else { return likely }
        if uniform < split {
            return minimum + (uniform * range * (likely - minimum)).squareRoot()
        }
        return maximum - ((1 - uniform) * range * (maximum - likely)).squareRoot()
    }
}
