import Foundation

/// A URL-encoded form body as ordered pairs, repeated names kept (`themes[]=a&themes[]=b`).
///
/// Hummingbird's decoder refuses repeated plain names and arrays of objects; row fields here are
/// named `partner[r3][name]`, so reading the pairs in order is simpler and keeps the rows' order.
struct FormBody: Sendable {
    /// The pairs in the order the browser sent them.
    let pairs: [(name: String, value: String)]

    /// At most this many fields are read (a form of 100 partners stays well below).
    static let fieldLimit = 5_000

    init(_ text: String) {
        var pairs: [(String, String)] = []
        for part in text.split(separator: "&", omittingEmptySubsequences: true).prefix(Self.fieldLimit) {
            let halves = part.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let name = Self.decode(halves[0])
            let value = halves.count > 1 ? Self.decode(halves[1]) : ""
            pairs.append((name, value))
        }
        self.pairs = pairs
    }

    private static func decode(_ part: Substring) -> String {
        let spaced = part.replacingOccurrences(of: "+", with: " ")
        return (spaced.removingPercentEncoding ?? spaced).replacingOccurrences(of: "\r\n", with: "\n")
    }

    /// The first value of `name`.
    subscript(_ name: String) -> String? {
        pairs.first { $0.name == name }?.value
    }

    /// Every value of `name` (for `themes[]`).
    func all(_ name: String) -> [String] {
        pairs.filter { $0.name == name }.map(\.value)
    }

    /// The rows of a list named `prefix[KEY][field]`, in the order their first field came (a
    /// field's name may end in a year: `target2027`).
    func rows(_ prefix: String) -> [(key: String, fields: [String: [String]])] {
        var order: [String] = []
        var fields: [String: [String: [String]]] = [:]
        for (name, value) in pairs where name.hasPrefix(prefix + "[") {
            guard let match = name.wholeMatch(of: /[a-z]+\[([a-z]\d{1,15})\]\[([A-Za-z]+\d{0,4})\](\[\])?/) else {
                continue
            }
            let key = String(match.1)
            if fields[key] == nil {
                guard order.count < 500 else { continue }
                order.append(key)
                fields[key] = [:]
            }
            fields[key]![String(match.2), default: []].append(value)
        }
        return order.map { ($0, fields[$0]!) }
    }
}

extension Dictionary where Key == String, Value == [String] {
    /// The first value of a row field, trimmed of surrounding spaces.
    func text(_ name: String) -> String {
        (self[name]?.first ?? "").trimmingCharacters(in: .whitespaces)
    }

    /// Whether a checkbox of the row was ticked.
    func ticked(_ name: String) -> Bool {
        self[name]?.contains { $0 == "true" || $0 == "on" } ?? false
    }
}
