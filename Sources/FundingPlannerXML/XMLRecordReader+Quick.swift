internal import CLibXML2

#if canImport(Glibc)
    import Glibc
#endif

extension XMLRecordReader {
    /// Files up to this size are read whole first (``ValidTreeParser``); larger ones stream.
    static let quickReadLimit = 1 << 20

    /// Reads a small valid file the quick way and hands over its root and records as the
    /// streaming reader would; `nil` when the file is large or the quick way did not accept it
    /// (then the streaming reader reads it for its diagnostics).
    ///
    /// The records are the same elements the streaming reader makes (the same parse options,
    /// blank text included); they arrive after the whole file was validated instead of one by
    /// one while it is read, which a file this small does not notice.
    static func quickRead(
        path: String, displayName: String, schema: CompiledXMLSchema?, expectedRoot: XMLName?, limits: XMLLimits,
        fingerprint: Bool, onRoot: (XMLElement) -> Void, onRecord: (xmlNodePtr) -> Void
    ) -> XMLReadOutcome? {
        var information = stat()
        guard stat(path, &information) == 0, information.st_size <= quickReadLimit else { return nil }
        let verdict = ValidTreeParser.read(
            schema: schema, expectedRoot: expectedRoot, limits: limits, options: parseOptions.records,
            hashing: fingerprint,
            open: { collector throws(InputRefusal) in try GuardedInput(path: path, limits: limits, collector: collector)
            })
        switch verdict {
        case .unaccepted:
            return nil
        case .doctype(let line):
            return doctypeRefusal(line: line, displayName: displayName, path: path)
        case .valid(let document, let sha256):
            guard let root = xmlDocGetRootElement(document.pointer) else { return nil }
            let conversion = NodeConversion()
            onRoot(conversion.shallowElement(root))
            var child = root.pointee.children
            while let current = child {
                if current.pointee.type == XML_ELEMENT_NODE { onRecord(current) }
                child = current.pointee.next
            }
            return XMLReadOutcome(diagnostics: [], sha256: sha256)
        }
    }
}
