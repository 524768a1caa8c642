internal import CLibXML2

/// An XSD 1.0 schema compiled once by libxml2 and shared by every validation.
///
/// Owns its `xmlSchemaPtr` (freed in `deinit`). A compiled schema is read-only during
/// validation, so one instance may serve validation contexts on several threads; compile
/// schemas serially (libxml2's `xmlSchemaParse` is not safe to run concurrently), which
/// ``SchemaSet`` does at start-up.
package final class CompiledXMLSchema: @unchecked Sendable {
    let pointer: xmlSchemaPtr
    /// The schema file it was compiled from.
    package let path: String

    private init(pointer: xmlSchemaPtr, path: String) {
        self.pointer = pointer
        self.path = path
    }

    deinit {
        xmlSchemaFree(pointer)
    }

    /// Compiles the schema at `path` (`xmlSchemaNewParserCtxt` + `xmlSchemaParse`).
    ///
    /// Imports are served only by the restrictive loader, so the schema's folder must have been
    /// registered with ``LibXML2Runtime/allowExternalFiles(_:)``.
    /// - Throws: the schema's diagnostics when it does not compile.
    package static func compile(path: String) throws(XMLDiagnosticList) -> CompiledXMLSchema {
        LibXML2Runtime.ensureInitialized()
        let collector = DiagnosticCollector(displayName: path, maximumErrors: 100)
        guard let context = xmlSchemaNewParserCtxt(path) else {
            throw XMLDiagnosticList([
                XMLDiagnostic(severity: .error, message: "cannot create a schema parser", file: path)
            ])
        }
        defer { xmlSchemaFreeParserCtxt(context) }
        xmlSchemaSetParserStructuredErrors(context, structuredErrorHandler, collector.opaque)
        let schema = withExtendedLifetime(collector) { xmlSchemaParse(context) }
        guard let schema, collector.errorCount == 0 else {
            if let schema { xmlSchemaFree(schema) }
            var problems = collector.diagnostics.filter { $0.severity == .error }
            if problems.isEmpty {
                problems.append(XMLDiagnostic(severity: .error, message: "the schema does not compile", file: path))
            }
            throw XMLDiagnosticList(problems)
        }
        return CompiledXMLSchema(pointer: schema, path: path)
    }
}

/// Several diagnostics thrown together.
package struct XMLDiagnosticList: Error, Sendable {
    package var diagnostics: [XMLDiagnostic]

    package init(_ diagnostics: [XMLDiagnostic]) {
        self.diagnostics = diagnostics
    }
}
