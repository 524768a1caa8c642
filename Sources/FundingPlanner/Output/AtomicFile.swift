import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// Writes files so that readers see either the old file or the complete new one, never a part:
/// a temporary file in the same folder, `fsync`, then `rename`.
public enum AtomicFile {
    /// Writes `contents` to `path` atomically.
    /// - Throws: ``DiagnosticsError`` (input/output) with a readable message; no partial file is left.
    public static func write(_ contents: String, to path: String) throws(DiagnosticsError) {
        try write(Array(contents.utf8), to: path)
    }

    /// Writes `bytes` to `path` atomically.
    public static func write(_ bytes: [UInt8], to path: String) throws(DiagnosticsError) {
        let folder = (path as NSString).deletingLastPathComponent
        let directory = folder.isEmpty ? "." : folder
        let randomSuffix = String(repeating: "X", count: 6)  // mkstemp replaces these
        var template = Array((directory + "/.\((path as NSString).lastPathComponent).tmp-" + randomSuffix).utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard descriptor >= 0 else { throw failure(path, "cannot create a file in \(directory)") }
        let temporary = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        var succeeded = false
        defer {
            if !succeeded { unlink(temporary) }
        }
        var offset = 0
        let written: Bool = bytes.withUnsafeBytes { buffer in
            while offset < buffer.count {
                let count = Glibc.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if count < 0 {
                    if errno == EINTR { continue }
                    return false
                }
                offset += count
            }
            return true
        }
        let writeError = errno
        guard written, fsync(descriptor) == 0 else {
            close(descriptor)
            throw failure(path, "cannot write (\(String(cString: strerror(written ? errno : writeError))))")
        }
        fchmod(descriptor, 0o644)
        close(descriptor)
        guard rename(temporary, path) == 0 else {
            throw failure(path, "cannot replace the file (\(String(cString: strerror(errno))))")
        }
        succeeded = true
    }

    private static func failure(_ path: String, _ reason: String) -> DiagnosticsError {
        let hint = errno == ENOSPC ? "; free some disk space" : errno == EACCES ? "; choose a folder you may write to" : ""
        return DiagnosticsError([Diagnostic(severity: .error, message: "\(reason)\(hint)", file: path, isInputOutput: true)])
    }
}
