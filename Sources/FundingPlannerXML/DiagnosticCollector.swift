internal import CLibXML2
import Foundation

/// Receives libxml2's structured errors for one document and keeps them as values.
///
/// One collector per parse, compile or validation; libxml2 gets an unretained pointer to it
/// through the handler's user-data argument, so the caller keeps it alive for the whole call.
final class DiagnosticCollector {
    let displayName: String
    /// The file being read (for looking up positions), or empty when not a file.
    let path: String
    let maximumErrors: Int
    private(set) var diagnostics: [XMLDiagnostic] = []
    /// libxml2's error code of each diagnostic (0 for our own), parallel to `diagnostics`.
    private var codes: [Int] = []
    private(set) var errorCount = 0
    private var isFrozen = false
    private lazy var columnFinder = ElementColumnFinder(path: path)

    init(displayName: String, path: String = "", maximumErrors: Int) {
        self.displayName = displayName
        self.path = path
        self.maximumErrors = maximumErrors
    }

    /// True once enough errors were collected to stop reading.
    var isFull: Bool { errorCount >= maximumErrors || isFrozen }

    /// Ignores everything reported from now on (after a refusal that ends the reading).
    func freeze() {
        isFrozen = true
    }

    func add(_ diagnostic: XMLDiagnostic, code: Int = 0) {
        guard !isFrozen, diagnostics.last != diagnostic else { return }
        if diagnostic.severity == .error {
            guard errorCount < maximumErrors else { return }
            errorCount += 1
        }
        diagnostics.append(diagnostic)
        codes.append(code)
    }

    /// Drops the schema validator's reports (codes 1700–1999): used when the document is refused
    /// for a more basic reason that they only follow from.
    func dropSchemaErrors() {
        let keep = codes.indices.filter { !(1700...1999).contains(codes[$0]) }
        errorCount -=
            codes.indices.filter { (1700...1999).contains(codes[$0]) && diagnostics[$0].severity == .error }.count
        diagnostics = keep.map { diagnostics[$0] }
        codes = keep.map { codes[$0] }
    }

    /// Replaces everything collected with `diagnostic`: the one cause the others follow from.
    func replaceAll(with diagnostic: XMLDiagnostic) {
        diagnostics = [diagnostic]
        codes = [0]
        errorCount = diagnostic.severity == .error ? 1 : 0
    }

    /// Replaces the message of every diagnostic libxml2 reported with `code`.
    func rewrite(code: Int, as message: String) {
        for index in diagnostics.indices where codes[index] == code {
            diagnostics[index].message = message
        }
    }

    func addError(_ message: String, line: Int = 0, column: Int = 0) {
        add(XMLDiagnostic(severity: .error, message: message, file: displayName, line: line, column: column))
    }

    fileprivate func record(_ error: UnsafePointer<xmlError>) {
        let raw = error.pointee.message.map { String(cString: $0) } ?? "unknown XML error"
        let severity: XMLDiagnostic.Severity = error.pointee.level == XML_ERR_WARNING ? .warning : .error
        let message = Self.readable(raw)
        let line = Int(error.pointee.line)
        var column = Int(error.pointee.int2)
        if column == 0, line > 0, !path.isEmpty, let element = Self.elementName(in: message) {
            // Schema errors carry only the line: find the element's start tag on it.
            column = columnFinder.column(ofElement: element, line: line)
        }
        var diagnostic = XMLDiagnostic(
            severity: severity,
            message: message + Self.hint(forCode: Int(error.pointee.code)),
            file: displayName,
            line: line,
            column: column
        )
        diagnostic.code = Int(error.pointee.code)
        diagnostic.domain = Int(error.pointee.domain)
        diagnostic.detail = message
        add(diagnostic, code: Int(error.pointee.code))
    }

    /// Makes libxml2's wording shorter: one line, no `{namespace}` prefixes on our own names.
    static func readable(_ message: String) -> String {
        var text = message.trimmingWhitespace()
        while let open = text.range(of: "{urn:fundingplanner:"),
            let close = text[open.upperBound...].firstIndex(of: "}")
        {
            text.removeSubrange(open.lowerBound...close)
        }
        return text.split(whereSeparator: \.isNewline).joined(separator: " ")
    }

    /// The element a schema message is about: `Element 'yield', attribute 'min': …` gives `yield`.
    static func elementName(in message: String) -> String? {
        guard message.hasPrefix("Element '") else { return nil }
        let rest = message.dropFirst("Element '".count)
        guard let end = rest.firstIndex(of: "'") else { return nil }
        let name = rest[..<end]
        return String(name.split(separator: ":").last ?? name)
    }

    /// A short "how to fix" for the parser errors people meet most.
    static func hint(forCode code: Int) -> String {
        switch code {
        case 4: "; the file does not start with an XML element: is it an XML file?"
        case 5: "; only one root element is allowed, and nothing may follow it"
        case 9: "; the file contains a character XML does not allow (control character or NUL)"
        case 73, 76: "; close elements in the reverse order they were opened"
        case 77: "; the file may be cut off, or an end tag is missing"
        case 89: "; the element is not closed before the end of the file"
        default: ""
        }
    }

    /// The pointer libxml2 hands back to ``structuredErrorHandler``.
    var opaque: UnsafeMutableRawPointer { Unmanaged.passUnretained(self).toOpaque() }
}

/// The C callback given to libxml2 (`xmlStructuredErrorFunc`); forwards to the collector.
let structuredErrorHandler: xmlStructuredErrorFunc = { userData, error in
    guard let userData, let error else { return }
    Unmanaged<DiagnosticCollector>.fromOpaque(userData).takeUnretainedValue().record(error)
}
