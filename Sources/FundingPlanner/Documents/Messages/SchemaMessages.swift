import Foundation
internal import FundingPlannerXML

/// Says every schema and XML error of a FundingPlanner document again in plain Dutch and English.
///
/// Each message says what is wrong, where (in words) and how to fix it. libxml2's own wording is
/// kept as the diagnostic's detail.
enum SchemaMessages {
    /// The diagnostics of reading `path` as a document of `kind` (or of an unknown kind), translated.
    static func translate(_ diagnostics: [XMLDiagnostic], kind: DocumentKind?, path: String) -> [Diagnostic] {
        guard diagnostics.contains(where: { $0.detail != nil || $0.code == 0 }) else {
            return diagnostics.map(Diagnostic.init)
        }
        let context = Context(model: kind.flatMap(SchemaModel.forKind), path: path)
        var translated: [Diagnostic] = []
        for diagnostic in diagnostics.map({ context.translate($0) }) {
            // One mistake (curly quotes) makes libxml2 report two or three errors at the same place.
            if let last = translated.last, last.line == diagnostic.line, last.message == diagnostic.message,
                diagnostic.detail != nil
            {
                translated[translated.count - 1].detail = (last.detail ?? "") + " / " + (diagnostic.detail ?? "")
                continue
            }
            translated.append(diagnostic)
        }
        return translated
    }

    /// What one translation needs: the schema and the file's bytes (read once, when needed).
    final class Context {
        let model: SchemaModel?
        let path: String
        /// The file's bytes, for finding where an element is; empty for a file too large to
        /// reread (the reader refuses those before any schema error anyway).
        private(set) lazy var bytes: [UInt8] = {
            guard !path.isEmpty, let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int,
                size <= Self.largestFileReread
            else { return [] }
            return FileManager.default.contents(atPath: path).map { [UInt8]($0) } ?? []
        }()

        /// The largest file whose text is read again to describe where its errors are.
        static let largestFileReread = 64 << 20

        init(model: SchemaModel?, path: String) {
            self.model = model
            self.path = path
        }

        func translate(_ xml: XMLDiagnostic) -> Diagnostic {
            var diagnostic = Diagnostic(xml)
            let raw = xml.detail ?? xml.message
            if xml.isInputOutput { return diagnostic }
            if let problem = SchemaProblem(message: raw), let model {
                var trail = ElementTrail.find(in: bytes, element: problem.element, line: xml.line)
                // Identity constraints are reported at the end of an element: point at the start tag
                // that holds the value (the second one for a duplicate).
                let skipping: Int? =
                    switch problem.kind {
                    case .unknownReference: 0
                    case .duplicateKey: 1
                    default: nil
                    }
                if let skipping, let value = problem.value,
                    let referring = ElementTrail.find(
                        in: bytes, element: problem.element, line: 0, value: value, skipping: skipping)
                {
                    trail = referring
                    diagnostic.line = referring.steps.last?.line ?? diagnostic.line
                    diagnostic.column = referring.steps.last?.column ?? diagnostic.column
                }
                let phrase = { (language: Language) in
                    SchemaPhrases(model: model, language: language, trail: trail, knownIds: { self.identifiers() })
                        .sentence(for: problem)
                }
                diagnostic.message = phrase(.en)
                diagnostic.translations[.nl] = phrase(.nl)
                diagnostic.detail = raw
            } else if let words = XMLPhrases(diagnostic: xml, line: { self.lineText(xml.line) }).sentences() {
                diagnostic.message = words.english
                diagnostic.translations[.nl] = words.dutch
                diagnostic.detail = xml.detail ?? (words.english == xml.message ? nil : xml.message)
            }
            return diagnostic
        }

        /// The text of line `number` of the file (for telling curly quotes from other mistakes).
        func lineText(_ number: Int) -> String {
            guard number > 0 else { return "" }
            var line = 1
            var start = 0
            for (index, byte) in bytes.enumerated() where byte == 0x0A {
                if line == number { return String(decoding: bytes[start..<index], as: UTF8.self) }
                line += 1
                start = index + 1
            }
            return line == number ? String(decoding: bytes[start...], as: UTF8.self) : ""
        }

        /// Every `id` written in the file (for "did you mean" on a reference to an unknown id).
        func identifiers() -> Set<String> {
            var ids: Set<String> = []
            let marker = Array(" id=\"".utf8)
            var index = 0
            while index + marker.count < bytes.count {
                if bytes[index] == marker[0], Array(bytes[index..<index + marker.count]) == marker {
                    let start = index + marker.count
                    var end = start
                    while end < bytes.count, bytes[end] != UInt8(ascii: "\"") { end += 1 }
                    ids.insert(String(decoding: bytes[start..<end], as: UTF8.self))
                    index = end
                }
                index += 1
            }
            return ids
        }
    }
}
