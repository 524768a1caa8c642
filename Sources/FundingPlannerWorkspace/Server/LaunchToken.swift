import Foundation

/// Random secrets for the launch link and the session cookie, and a comparison that takes the
/// same time whatever the input.
enum Secret {
    /// 32 random bytes as 64 lower-case hex digits, from the system's secure generator.
    static func make() -> String {
        var generator = SystemRandomNumberGenerator()
        return (0..<32).map { _ in String(format: "%02x", UInt8.random(in: .min ... .max, using: &generator)) }
            .joined()
    }

    /// Whether `given` equals `expected`, comparing every byte whatever the first difference.
    static func matches(_ given: String?, _ expected: String) -> Bool {
        guard let given else { return false }
        let left = Array(given.utf8)
        let right = Array(expected.utf8)
        var difference = UInt8(left.count == right.count ? 0 : 1)
        for index in 0..<right.count {
            difference |= (index < left.count ? left[index] : 0) ^ right[index]
        }
        return difference == 0
    }
}

/// The launch token printed by `fundplan serve`, exchanged once for a session cookie.
final class LaunchGate: @unchecked Sendable {
    /// The token in the printed address.
    let token: String
    /// The value the session cookie carries after the exchange.
    let session: String
    private let lock = NSLock()
    private var used = false

    /// A gate with a fresh token and session secret (or the given ones, for tests).
    init(token: String = Secret.make(), session: String = Secret.make()) {
        self.token = token
        self.session = session
    }

    /// Whether `given` is the launch token and was not used before; marks it used.
    func redeem(_ given: String?) -> Bool {
        lock.lock()
        defer { lock.unlock() }
        guard !used, Secret.matches(given, token) else { return false }
        used = true
        return true
    }
}
