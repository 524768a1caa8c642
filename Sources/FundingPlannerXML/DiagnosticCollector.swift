internal import CLibXML2
import Foundation

/// Receives libxml2's structured errors for one document and keeps them as values.
///
/// One collector per parse, compile or validation; libxml2 gets an unretained pointer to it
/// through the handler's user-data argument, so the caller keeps it alive for the whole call.
final class DiagnosticCollector {
    let displayName: String
    let maximumErrors: Int
    private(set) var diagnostics: [XMLDiagnostic] = []
    private(set) var errorCount = 0
    private var isFrozen = false

    init(displayName: String, maximumErrors: Int) {
        self.displayName = displayName
        self.maximumErrors = maximumErrors
    }

    /// True once enough errors were collected to stop reading.
    var isFull: Bool { errorCount >= maximumErrors || isFrozen }

    /// Ignores everything reported from now on (after a refusal that ends the reading).
    func freeze() {
        isFrozen = true
    }

    func add(_ diagnostic: XMLDiagnostic) {
        guard !isFrozen else { return }
        if diagnostic.severity == .error {
            guard errorCount < maximumErrors else { return }
            errorCount += 1
        }
        diagnostics.append(diagnostic)
    }

    func addError(_ message: String, line: Int = 0, column: Int = 0) {
        add(XMLDiagnostic(severity: .error, message: message, file: displayName, line: line, column: column))
    }

    fileprivate func record(_ error: UnsafePointer<xmlError>) {
        let raw = error.pointee.message.map { String(cString: $0) } ?? "unknown XML error"
        let severity: XMLDiagnostic.Severity = error.pointee.level == XML_ERR_WARNING ? .warning : .error
        add(XMLDiagnostic(
            severity: severity,
            message: Self.readable(raw),
            file: displayName,
            line: Int(error.pointee.line),
            column: Int(error.pointee.int2)
        ))
    }

    /// Makes libxml2's wording shorter: one line, no `{namespace}` prefixes on our own names.
    static func readable(_ message: String) -> String {
        var text = message.trimmingWhitespace()
        while let open = text.range(of: "{urn:fundingplanner:"), let close = text[open.upperBound...].firstIndex(of: "}") {
            text.removeSubrange(open.lowerBound...close)
        }
        return text.split(whereSeparator: \.isNewline).joined(separator: " ")
    }

    /// The pointer libxml2 hands back to ``structuredErrorHandler``.
    var opaque: UnsafeMutableRawPointer { Unmanaged.passUnretained(self).toOpaque() }
}

/// The C callback given to libxml2 (`xmlStructuredErrorFunc`); forwards to the collector.
let structuredErrorHandler: xmlStructuredErrorFunc = { userData, error in
    guard let userData, let error else { return }
    Unmanaged<DiagnosticCollector>.fromOpaque(userData).takeUnretainedValue().record(error)
}

extension String {
    /// The string without leading and trailing spaces, tabs and line breaks.
    package func trimmingWhitespace() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })!
        return String(scalars[first...last])
    }
}
