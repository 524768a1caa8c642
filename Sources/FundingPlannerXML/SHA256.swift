internal import CSHA256

/// SHA-256 (FIPS 180-4), fed incrementally, to fingerprint an input from the very bytes the
/// parser reads.
///
/// Feed it with ``update(_:)`` as the bytes arrive; ``hexDigest()`` finishes it. A value type:
/// one owner per file read.
package struct SHA256 {
    private static let roundConstants: [UInt32] = [
        0x428a_2f98, 0x7137_4491, 0xb5c0_fbcf, 0xe9b5_dba5, 0x3956_c25b, 0x59f1_11f1, 0x923f_82a4, 0xab1c_5ed5,
        0xd807_aa98, 0x1283_5b01, 0x2431_85be, 0x550c_7dc3, 0x72be_5d74, 0x80de_b1fe, 0x9bdc_06a7, 0xc19b_f174,
        0xe49b_69c1, 0xefbe_4786, 0x0fc1_9dc6, 0x240c_a1cc, 0x2de9_2c6f, 0x4a74_84aa, 0x5cb0_a9dc, 0x76f9_88da,
        0x983e_5152, 0xa831_c66d, 0xb003_27c8, 0xbf59_7fc7, 0xc6e0_0bf3, 0xd5a7_9147, 0x06ca_6351, 0x1429_2967,
        0x27b7_0a85, 0x2e1b_2138, 0x4d2c_6dfc, 0x5338_0d13, 0x650a_7354, 0x766a_0abb, 0x81c2_c92e, 0x9272_2c85,
        0xa2bf_e8a1, 0xa81a_664b, 0xc24b_8b70, 0xc76c_51a3, 0xd192_e819, 0xd699_0624, 0xf40e_3585, 0x106a_a070,
        0x19a4_c116, 0x1e37_6c08, 0x2748_774c, 0x34b0_bcb5, 0x391c_0cb3, 0x4ed8_aa4a, 0x5b9c_ca4f, 0x682e_6ff3,
        0x748f_82ee, 0x78a5_636f, 0x84c8_7814, 0x8cc7_0208, 0x90be_fffa, 0xa450_6ceb, 0xbef9_a3f7, 0xc671_78f2,
    ]

    private var state: [UInt32] = [
        0x6a09_e667, 0xbb67_ae85, 0x3c6e_f372, 0xa54f_f53a, 0x510e_527f, 0x9b05_688c, 0x1f83_d9ab, 0x5be0_cd19,
    ]
    private var pending: [UInt8] = []
    private var byteCount: UInt64 = 0
    private let usesHardware: Bool

    /// Whether this processor has the x86 SHA extensions (checked once, with CPUID).
    package static let hardwareAvailable = fp_sha256_hardware_available() == 1

    /// A hasher that has seen no bytes yet.
    ///
    /// - Parameter usesHardware: compress with the SHA extensions (where the processor has them;
    ///   about ten times fewer instructions) or with the portable code. The digest is the same.
    package init(usesHardware: Bool = SHA256.hardwareAvailable) {
        self.usesHardware = usesHardware && SHA256.hardwareAvailable
        pending.reserveCapacity(64)
    }

    /// The digest of `bytes` as 64 lower-case hexadecimal digits.
    package static func hex(_ bytes: [UInt8]) -> String {
        var hasher = SHA256()
        bytes.withUnsafeBytes { hasher.update($0) }
        return hasher.hexDigest()
    }

    /// Adds `bytes` to the message.
    package mutating func update(_ bytes: UnsafeRawBufferPointer) {
        byteCount &+= UInt64(bytes.count)
        var index = 0
        if !pending.isEmpty {
            while index < bytes.count && pending.count < 64 {
                pending.append(bytes[index])
                index += 1
            }
            guard pending.count == 64 else { return }
            let block = pending
            pending.removeAll(keepingCapacity: true)
            block.withUnsafeBytes { compress($0, at: 0) }
        }
        let blocks = (bytes.count - index) / 64
        if usesHardware, blocks > 0 {
            let start = bytes.baseAddress.unsafelyUnwrapped.advanced(by: index).assumingMemoryBound(to: UInt8.self)
            state.withUnsafeMutableBufferPointer { fp_sha256_hardware_blocks($0.baseAddress, start, blocks) }
            index += blocks * 64
        }
        while bytes.count - index >= 64 {
            compress(bytes, at: index)
            index += 64
        }
        while index < bytes.count {
            pending.append(bytes[index])
            index += 1
        }
    }

    /// Finishes the message and returns its digest as 64 lower-case hexadecimal digits.
    package func hexDigest() -> String {
        var copy = self
        let bitLength = byteCount &* 8
        var tail: [UInt8] = [0x80]
        while (copy.pending.count + tail.count) % 64 != 56 { tail.append(0) }
        for shift in stride(from: 56, through: 0, by: -8) {
            tail.append(UInt8(truncatingIfNeeded: bitLength >> UInt64(shift)))
        }
        let savedCount = copy.byteCount
        tail.withUnsafeBytes { copy.update($0) }
        copy.byteCount = savedCount
        let digits = Array("0123456789abcdef")
        var text = ""
        for word in copy.state {
            for shift in stride(from: 28, through: 0, by: -4) {
                text.append(digits[Int((word >> UInt32(shift)) & 0xF)])
            }
        }
        return text
    }

    /// Compresses the 64-byte block at `offset`.
    ///
    /// Works on raw pointers (the message schedule in a stack allocation, the round constants
    /// borrowed once): with checked arrays this function took 85 instructions per byte hashed.
    private mutating func compress(_ bytes: UnsafeRawBufferPointer, at offset: Int) {
        precondition(offset >= 0 && offset + 64 <= bytes.count, "SHA256.compress: block out of range")
        let block = bytes.baseAddress.unsafelyUnwrapped + offset
        var (a, b, c, d, e, f, g, h) = (state[0], state[1], state[2], state[3], state[4], state[5], state[6], state[7])
        withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 64) { words in
            let w = words.baseAddress.unsafelyUnwrapped
            for index in 0..<16 {
                w[index] = UInt32(bigEndian: block.loadUnaligned(fromByteOffset: index &* 4, as: UInt32.self))
            }
            for index in 16..<64 {
                let early = w[index &- 15]
                let late = w[index &- 2]
                let s0 = rotate(early, 7) ^ rotate(early, 18) ^ (early &>> 3)
                let s1 = rotate(late, 17) ^ rotate(late, 19) ^ (late &>> 10)
                w[index] = w[index &- 16] &+ s0 &+ w[index &- 7] &+ s1
            }
            Self.roundConstants.withUnsafeBufferPointer { constants in
                let k = constants.baseAddress.unsafelyUnwrapped
                for index in 0..<64 {
                    let s1 = rotate(e, 6) ^ rotate(e, 11) ^ rotate(e, 25)
                    let choice = (e & f) ^ (~e & g)
                    let temp1 = h &+ s1 &+ choice &+ k[index] &+ w[index]
                    let s0 = rotate(a, 2) ^ rotate(a, 13) ^ rotate(a, 22)
                    let majority = (a & b) ^ (a & c) ^ (b & c)
                    (h, g, f, e, d, c, b, a) = (g, f, e, d &+ temp1, c, b, a, temp1 &+ s0 &+ majority)
                }
            }
        }
        state.withUnsafeMutableBufferPointer { words in
            words[0] &+= a
            words[1] &+= b
            words[2] &+= c
            words[3] &+= d
            words[4] &+= e
            words[5] &+= f
            words[6] &+= g
            words[7] &+= h
        }
    }

    @inline(__always)
    private func rotate(_ value: UInt32, _ count: UInt32) -> UInt32 {
        (value &>> count) | (value &<< (32 &- count))
    }
}
