import Foundation

/// Prints an HTML file to an A4 PDF with a headless Chromium, when one is installed.
public enum PDFPrinter {
    /// The first Chromium-family browser on `PATH`, if any.
    public static var browser: String? {
        let paths = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        for name in ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"] {
            for folder in paths where FileManager.default.isExecutableFile(atPath: "\(folder)/\(name)") {
                return "\(folder)/\(name)"
            }
        }
        return nil
    }

    /// Prints `htmlPath` to `pdfPath` (written atomically: a temporary file, then rename).
    /// - Throws: ``DiagnosticsError`` when no browser is installed or printing fails.
    public static func print(htmlPath: String, to pdfPath: String) throws(DiagnosticsError) {
        guard let browser else {
            throw DiagnosticsError([
                Diagnostic(
                    severity: .error,
                    message:
                        "no headless Chromium found to print the PDF; install the Debian package chromium, or open the HTML file and print it to PDF from a browser",
                    file: pdfPath, isInputOutput: true
                )
            ])
        }
        let html = URL(fileURLWithPath: htmlPath).standardizedFileURL
        // One profile per print: two prints at once (in one process too) must not share or remove
        // each other's profile, which Chromium locks (it exits with 21 on a locked profile).
        let profile = FileManager.default.temporaryDirectory.appendingPathComponent(
            "fundplan-chromium-\(getpid())-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: profile) }
        try AtomicFile.produce(pdfPath) { temporary throws(DiagnosticsError) in
            try run(browser, html: html, profile: profile, into: temporary, for: pdfPath)
        }
    }

    private static func run(_ browser: String, html: URL, profile: URL, into temporary: String, for pdfPath: String)
        throws(DiagnosticsError)
    {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: browser)
        process.arguments = [
            "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-extensions",
            "--user-data-dir=\(profile.path)", "--no-pdf-header-footer", "--print-to-pdf=\(temporary)",
            html.absoluteString,
        ]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        do {
            try process.run()
            process.waitUntilExit()
        } catch {
            throw DiagnosticsError([
                Diagnostic(
                    severity: .error, message: "cannot start \(browser): \(error.localizedDescription)", file: pdfPath,
                    isInputOutput: true)
            ])
        }
        let attributes = try? FileManager.default.attributesOfItem(atPath: temporary)
        guard process.terminationStatus == 0, ((attributes?[.size] as? Int) ?? 0) > 0 else {
            throw DiagnosticsError([
                Diagnostic(
                    severity: .error, message: "\(browser) could not print the PDF (exit \(process.terminationStatus))",
                    file: pdfPath, isInputOutput: true)
            ])
        }
    }
}
