#if canImport(Glibc)
    import Glibc
#endif

/// Unbuffered writes to the standard streams (no Foundation needed).
enum StandardError {
    /// Writes text to standard error in one go.
    static func write(_ string: String) {
        var bytes = Array(string.utf8)
        writeAll(&bytes, to: 2)
    }
}

enum StandardOutput {
    /// Writes text to standard output in one go (large tables and XML documents).
    static func write(_ string: String) {
        var bytes = Array(string.utf8)
        writeAll(&bytes, to: 1)
    }
}

private func writeAll(_ bytes: inout [UInt8], to descriptor: Int32) {
    var offset = 0
    bytes.withUnsafeBytes { buffer in
        while offset < buffer.count {
            let count = Glibc.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
            if count < 0 {
                if errno == EINTR { continue }
                return
            }
            offset += count
        }
    }
}
