import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Writes files so that readers see either the old file or the complete new one, never a part:
/// a temporary file in the same folder (`mkstemp`), `fsync`, then `rename`.
///
/// The only place in FundingPlanner that creates temporary files or renames them into place.
public enum AtomicFile {
    /// Writes `contents` to `path` atomically.
    /// - Throws: ``DiagnosticsError`` (input/output) with a readable message; no partial file is left.
    public static func write(_ contents: String, to path: String) throws(DiagnosticsError) {
        try write(Array(contents.utf8), to: path)
    }

    /// Writes `bytes` to `path` atomically.
    /// - Throws: ``DiagnosticsError`` (input/output); no partial file is left.
    public static func write(_ bytes: [UInt8], to path: String) throws(DiagnosticsError) {
        try streamBytes(to: path) { emit in emit(bytes) }
    }

    /// Streams text to `path` atomically: `body` calls `emit` as often as it likes; the text is
    /// buffered (1 MiB) and written as it comes, and the file appears complete or not at all.
    /// - Throws: ``DiagnosticsError`` (input/output); no partial file is left.
    public static func stream(to path: String, _ body: (_ emit: (String) -> Void) -> Void) throws(DiagnosticsError) {
        try streamBytes(to: path) { emit in
            withoutActuallyEscaping(emit) { emit in
                var buffer: [UInt8] = []
                buffer.reserveCapacity(1 << 20)
                body { text in
                    buffer.append(contentsOf: text.utf8)
                    if buffer.count >= 1 << 20 {
                        emit(buffer)
                        buffer.removeAll(keepingCapacity: true)
                    }
                }
                emit(buffer)
            }
        }
    }

    /// Lets another program write `path`: `body` receives a temporary path in the same folder
    /// to write to; when it returns, that file is synced and renamed into place.
    /// - Throws: what `body` throws, or ``DiagnosticsError`` (input/output); no partial file is left.
    public static func produce(
        _ path: String, _ body: (_ temporaryPath: String) throws(DiagnosticsError) -> Void
    ) throws(DiagnosticsError) {
        let temporary = try TemporaryFile(beside: path)
        close(temporary.descriptor)
        try body(temporary.path)
        let descriptor = open(temporary.path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw failure(path, "the file was not written") }
        let synced = fsync(descriptor) == 0
        fchmod(descriptor, 0o644)
        close(descriptor)
        guard synced else { throw failure(path, "cannot write (\(String(cString: strerror(errno))))") }
        try temporary.rename(to: path)
    }

    private static func streamBytes(to path: String, _ body: (_ emit: ([UInt8]) -> Void) -> Void)
        throws(DiagnosticsError)
    {
        let temporary = try TemporaryFile(beside: path)
        var writeError: Int32 = 0
        body { bytes in
            guard writeError == 0 else { return }
            var offset = 0
            bytes.withUnsafeBytes { buffer in
                while offset < buffer.count {
                    let count = Glibc.write(temporary.descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                    if count < 0 {
                        if errno == EINTR { continue }
                        writeError = errno
                        return
                    }
                    offset += count
                }
            }
        }
        guard writeError == 0, fsync(temporary.descriptor) == 0 else {
            let code = writeError != 0 ? writeError : errno
            close(temporary.descriptor)
            errno = code
            throw failure(path, "cannot write (\(String(cString: strerror(code))))")
        }
        fchmod(temporary.descriptor, 0o644)
        close(temporary.descriptor)
        try temporary.rename(to: path)
    }

    static func failure(_ path: String, _ reason: String) -> DiagnosticsError {
        let hint =
            errno == ENOSPC ? "; free some disk space" : errno == EACCES ? "; choose a folder you may write to" : ""
        return DiagnosticsError([
            Diagnostic(severity: .error, message: "\(reason)\(hint)", file: path, isInputOutput: true)
        ])
    }
}

/// A temporary file beside its destination, removed unless it was renamed into place.
private final class TemporaryFile {
    let path: String
    let descriptor: Int32
    private var renamed = false

    init(beside destination: String) throws(DiagnosticsError) {
        let folder = (destination as NSString).deletingLastPathComponent
        let directory = folder.isEmpty ? "." : folder
        let randomSuffix = String(repeating: "X", count: 6)  // mkstemp replaces these
        var template = Array(
            (directory + "/.\((destination as NSString).lastPathComponent).tmp-" + randomSuffix).utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard descriptor >= 0 else { throw AtomicFile.failure(destination, "cannot create a file in \(directory)") }
        self.descriptor = descriptor
        path = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    deinit {
        if !renamed { unlink(path) }
    }

    func rename(to destination: String) throws(DiagnosticsError) {
        guard Glibc.rename(path, destination) == 0 else {
            throw AtomicFile.failure(destination, "cannot replace the file (\(String(cString: strerror(errno))))")
        }
        renamed = true
    }
}
