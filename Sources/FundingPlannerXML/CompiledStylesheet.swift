internal import CLibXML2
import Synchronization

/// An XSLT 1.0 stylesheet compiled once by libxslt and shared by every transformation.
///
/// Owns its `xsltStylesheetPtr` (freed in `deinit`). Stylesheets are parsed with safe options
/// by our own document loader (also for `xsl:include`/`xsl:import`), and only files registered
/// with ``LibXML2Runtime/allowExternalFiles(_:)`` can be loaded. Every transformation runs with
/// security preferences that forbid reading and writing files, creating folders and network
/// access; EXSLT (and so `exsl:document`) is never registered.
package final class CompiledStylesheet: @unchecked Sendable {
    private let pointer: xsltStylesheetPtr
    package let path: String

    private init(pointer: xsltStylesheetPtr, path: String) {
        self.pointer = pointer
        self.path = path
    }

    deinit {
        xsltFreeStylesheet(pointer)
    }

    /// Compiles the stylesheet at `path` (`xsltParseStylesheetDoc`).
    ///
    /// Compilation uses process-wide error handlers, so compilations run one at a time.
    package static func compile(path: String) throws(XMLDiagnosticList) -> CompiledStylesheet {
        XSLTRuntime.ensureInitialized()
        LibXML2Runtime.allowExternalFiles([path])
        return try XSLTRuntime.compileLock.withLock { _ throws(XMLDiagnosticList) -> CompiledStylesheet in
            let storage = ErrorText()
            var buffer = storage.buffer
            let stylesheet = withUnsafeMutablePointer(to: &buffer) { errors -> xsltStylesheetPtr? in
                fp_xslt_capture_global_errors(errors)
                defer { fp_xslt_capture_global_errors(nil) }
                guard let document = fp_safe_document_loader(path, nil, 0, nil, XSLT_LOAD_START) else { return nil }
                guard let compiled = xsltParseStylesheetDoc(document) else {
                    xmlFreeDoc(document)
                    return nil
                }
                return compiled
            }
            guard let stylesheet, stylesheet.pointee.errors == 0 else {
                if let stylesheet { xsltFreeStylesheet(stylesheet) }
                let message = storage.text(used: buffer.used)
                throw XMLDiagnosticList([
                    XMLDiagnostic(
                        severity: .error,
                        message: message.isEmpty
                            ? "the stylesheet cannot be read or compiled (is it XSLT 1.0, and are its includes next to it?)"
                            : message,
                        file: path
                    )
                ])
            }
            return CompiledStylesheet(pointer: stylesheet, path: path)
        }
    }

    /// Transforms `document` and returns the serialised result (`xsltApplyStylesheetUser`,
    /// `xsltSaveResultToString`).
    package func transform(_ document: OwnedXMLDocument, displayName: String) throws(XMLDiagnosticList) -> String {
        try transform(document, displayName: displayName) { String(decoding: $0, as: UTF8.self) }
    }

    /// Transforms `document` and returns the serialised result's bytes as libxslt wrote them
    /// (in the stylesheet's output encoding), for a caller that only writes them out.
    package func transformedBytes(_ document: OwnedXMLDocument, displayName: String) throws(XMLDiagnosticList)
        -> [UInt8]
    {
        try transform(document, displayName: displayName) { Array($0) }
    }

    private func transform<Output>(
        _ document: OwnedXMLDocument, displayName: String, keep: (UnsafeBufferPointer<UInt8>) -> Output
    ) throws(XMLDiagnosticList) -> Output {
        guard let context = xsltNewTransformContext(pointer, document.pointer) else {
            throw XMLDiagnosticList([
                XMLDiagnostic(
                    severity: .error, message: "cannot create a transformation (out of memory?)", file: displayName)
            ])
        }
        defer { xsltFreeTransformContext(context) }
        xsltSetCtxtSecurityPrefs(XSLTRuntime.forbidAll, context)
        let storage = ErrorText()
        var buffer = storage.buffer
        let output: Output? = withUnsafeMutablePointer(to: &buffer) { errors in
            fp_xslt_capture_transform_errors(context, errors)
            guard let result = xsltApplyStylesheetUser(pointer, document.pointer, nil, nil, nil, context) else {
                return nil
            }
            defer { xmlFreeDoc(result) }
            guard context.pointee.state != XSLT_STATE_ERROR && context.pointee.state != XSLT_STATE_STOPPED else {
                return nil
            }
            var text: UnsafeMutablePointer<xmlChar>?
            var length: Int32 = 0
            guard xsltSaveResultToString(&text, &length, result, pointer) == 0 else { return nil }
            guard let text else { return keep(UnsafeBufferPointer(start: nil, count: 0)) }
            defer { fp_xmlFree(text) }
            return keep(UnsafeBufferPointer(start: text, count: Int(length)))
        }
        guard let output else {
            let message = storage.text(used: buffer.used)
            throw XMLDiagnosticList([
                XMLDiagnostic(
                    severity: .error,
                    message: "the transformation failed" + (message.isEmpty ? "" : ": " + message),
                    file: displayName
                )
            ])
        }
        return output
    }
}

/// libxslt's process-wide set-up: the safe document loader and the security preferences.
enum XSLTRuntime {
    nonisolated(unsafe) private static var prefs: xsltSecurityPrefsPtr?
    private static let setUp: Bool = {
        LibXML2Runtime.ensureInitialized()
        fp_xslt_install_safe_loader()
        let created = xsltNewSecurityPrefs()
        for option in [
            XSLT_SECPREF_READ_FILE, XSLT_SECPREF_WRITE_FILE, XSLT_SECPREF_CREATE_DIRECTORY, XSLT_SECPREF_READ_NETWORK,
            XSLT_SECPREF_WRITE_NETWORK,
        ] {
            xsltSetSecurityPrefs(created, option, xsltSecurityForbid)
        }
        prefs = created
        return true
    }()

    static let compileLock = Mutex<Void>(())

    static func ensureInitialized() {
        _ = setUp
    }

    /// The preferences that forbid every file and network access (set once, then only read).
    static var forbidAll: xsltSecurityPrefsPtr? {
        ensureInitialized()
        return prefs
    }

}

/// Memory for libxslt's error messages (one owner; freed in `deinit`).
final class ErrorText {
    private static let capacity = 8192
    private let storage = UnsafeMutablePointer<CChar>.allocate(capacity: ErrorText.capacity)

    init() {
        storage.initialize(repeating: 0, count: Self.capacity)
    }

    deinit {
        storage.deallocate()
    }

    /// A C buffer descriptor pointing at this memory.
    var buffer: fp_error_buffer {
        fp_error_buffer(text: storage, capacity: Self.capacity, used: 0)
    }

    /// The collected messages, one line each, joined with "; ".
    func text(used: Int) -> String {
        let raw = String(
            decoding: UnsafeRawBufferPointer(start: storage, count: min(used, Self.capacity)), as: UTF8.self)
        return raw.split(whereSeparator: \.isNewline).map { String($0).trimmingWhitespace() }.filter { !$0.isEmpty }
            .joined(separator: "; ")
    }
}
