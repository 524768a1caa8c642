#if canImport(Glibc)
    import Glibc
#endif

/// Why an input file was refused before or while it was read.
package struct InputRefusal: Error, Sendable, Hashable {
    package var message: String
    package var line: Int
    /// The file could not be opened or is not a file (rather than bad content).
    package var isInputOutput: Bool

    package init(message: String, line: Int = 0, isInputOutput: Bool = false) {
        self.message = message
        self.line = line
        self.isInputOutput = isInputOutput
    }
}

/// An open input file that feeds libxml2 through I/O callbacks and enforces the limits.
///
/// Owns the file descriptor (closed in `deinit`). Opens with `O_NONBLOCK` so that a FIFO never
/// blocks, and accepts only regular files. Every chunk passes the size limit and the
/// attribute-count scan before libxml2 sees it.
final class GuardedInput {
    /// Where the bytes come from: an open file (owned), or a document already in memory.
    private enum Source {
        case file(descriptor: Int32)
        case memory(bytes: [UInt8], offset: Int)
    }

    /// How many bytes one `read(2)` asks for.
    ///
    /// libxml2 asks for 4,000 bytes at a time; reading ahead in larger blocks takes a typical
    /// plan in one or two system calls instead of fifteen.
    static let readAheadSize = 65_536

    private var source: Source
    /// Bytes read from the file and not yet handed to libxml2 (`pending` up to `pendingEnd`).
    private var readAhead: UnsafeMutableRawBufferPointer?
    private var pending = 0
    private var pendingEnd = 0
    private let limits: XMLLimits
    private var scanner: AttributeCountScanner
    private var bytesRead = 0
    /// Fingerprint of exactly the bytes handed to libxml2 (and of any tail it left unread).
    private var hasher = SHA256()
    /// Whether to fingerprint the bytes (off when no caller records the digest).
    var hashes = true
    /// Receives the refusal, then ignores libxml2's own I/O error that follows it.
    private unowned let collector: DiagnosticCollector
    /// Line of the first `<!DOCTYPE` in the bytes read so far, if any.
    var doctypeLine: Int? { scanner.doctypeLine }
    /// Set when a read was refused.
    private(set) var refusal: InputRefusal? {
        didSet {
            guard let refusal else { return }
            collector.addError(refusal.message, line: refusal.line)
            collector.freeze()
        }
    }

    /// Opens `path` for reading.
    /// - Throws: ``InputRefusal`` when the file is missing, unreadable, not a regular file,
    ///   empty, or larger than the limit.
    init(path: String, limits: XMLLimits, collector: DiagnosticCollector) throws(InputRefusal) {
        let fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else {
            let code = errno
            switch code {
            case ENOENT: throw InputRefusal(message: "no such file; check the path", isInputOutput: true)
            case EACCES: throw InputRefusal(message: "permission denied; make the file readable", isInputOutput: true)
            case ELOOP: throw InputRefusal(message: "too many symbolic links in the path", isInputOutput: true)
            default:
                throw InputRefusal(
                    message: "cannot open the file: \(String(cString: strerror(code)))", isInputOutput: true)
            }
        }
        var info = stat()
        guard fstat(fd, &info) == 0 else {
            close(fd)
            throw InputRefusal(
                message: "cannot read file information: \(String(cString: strerror(errno)))", isInputOutput: true)
        }
        let kind = info.st_mode & S_IFMT
        guard kind == S_IFREG else {
            close(fd)
            let what = kind == S_IFDIR ? "a directory" : kind == S_IFIFO ? "a pipe (FIFO)" : "not a regular file"
            throw InputRefusal(message: "this is \(what); give the path of an XML file", isInputOutput: true)
        }
        guard info.st_size > 0 else {
            close(fd)
            throw InputRefusal(message: "the file is empty; an XML document needs at least a root element")
        }
        guard info.st_size <= limits.maximumFileSize else {
            close(fd)
            throw InputRefusal(
                message:
                    "the file is \(Self.megabytes(Int(info.st_size))), larger than the limit of \(Self.megabytes(limits.maximumFileSize)); \(limits.sizeAdvice)"
            )
        }
        source = .file(descriptor: fd)
        self.limits = limits
        self.collector = collector
        scanner = AttributeCountScanner(limit: limits.maximumAttributesPerElement)
    }

    /// Feeds `bytes` (a document already in memory) through the same limits as a file.
    /// - Throws: ``InputRefusal`` when the document is empty or larger than the limit.
    init(bytes: [UInt8], limits: XMLLimits, collector: DiagnosticCollector) throws(InputRefusal) {
        guard !bytes.isEmpty else {
            throw InputRefusal(message: "the document is empty; an XML document needs at least a root element")
        }
        guard bytes.count <= limits.maximumFileSize else {
            throw InputRefusal(
                message:
                    "the document is \(Self.megabytes(bytes.count)), larger than the limit of \(Self.megabytes(limits.maximumFileSize)); \(limits.sizeAdvice)"
            )
        }
        source = .memory(bytes: bytes, offset: 0)
        self.limits = limits
        self.collector = collector
        scanner = AttributeCountScanner(limit: limits.maximumAttributesPerElement)
    }

    deinit {
        if case .file(let descriptor) = source { close(descriptor) }
        readAhead?.deallocate()
    }

    /// Reads up to `capacity` bytes from the source; -1 on an error (with `errno` set).
    private func pull(into buffer: UnsafeMutableRawPointer, capacity: Int) -> Int {
        switch source {
        case .file(let descriptor):
            if pending == pendingEnd {
                let block =
                    readAhead
                    ?? UnsafeMutableRawBufferPointer.allocate(byteCount: Self.readAheadSize, alignment: 16)
                readAhead = block
                var count: Int
                repeat {
                    count = Glibc.read(descriptor, block.baseAddress!, block.count)
                } while count < 0 && errno == EINTR
                guard count > 0 else { return count }
                pending = 0
                pendingEnd = count
            }
            let count = min(capacity, pendingEnd - pending)
            buffer.copyMemory(from: readAhead!.baseAddress! + pending, byteCount: count)
            pending += count
            return count
        case .memory(let bytes, let offset):
            let count = min(capacity, bytes.count - offset)
            bytes.withUnsafeBytes { all in
                buffer.copyMemory(from: all.baseAddress! + offset, byteCount: count)
            }
            source = .memory(bytes: bytes, offset: offset + count)
            return count
        }
    }

    /// Fills `buffer` with up to `capacity` bytes.
    ///
    /// Returns the count, 0 at the end, -1 on refusal.
    func read(into buffer: UnsafeMutableRawPointer, capacity: Int) -> Int32 {
        guard refusal == nil else { return -1 }
        let count = pull(into: buffer, capacity: capacity)
        guard count >= 0 else {
            refusal = InputRefusal(message: "read error: \(String(cString: strerror(errno)))", line: scanner.line)
            return -1
        }
        bytesRead += count
        if bytesRead > limits.maximumFileSize {
            refusal = InputRefusal(
                message: "the file grew beyond the limit of \(Self.megabytes(limits.maximumFileSize)) while being read",
                line: scanner.line)
            return -1
        }
        if !scanner.scan(UnsafeRawBufferPointer(start: buffer, count: count)) {
            let line = scanner.offendingLine ?? scanner.line
            refusal = InputRefusal(
                message:
                    "an element has more than \(limits.maximumAttributesPerElement) attributes; no FundingPlanner document needs that many",
                line: line)
            return -1
        }
        if hashes { hasher.update(UnsafeRawBufferPointer(start: buffer, count: count)) }
        return Int32(count)
    }

    /// The SHA-256 of the whole file, as read through this input, or `nil` after a refusal.
    ///
    /// The digest covers the bytes libxml2 parsed, then any bytes it did not ask for (read
    /// here, within the size limit).
    func finishDigest() -> String? {
        var chunk = [UInt8](repeating: 0, count: 65_536)
        while refusal == nil {
            let count = chunk.withUnsafeMutableBytes { read(into: $0.baseAddress!, capacity: $0.count) }
            if count <= 0 { break }
        }
        return refusal == nil ? hasher.hexDigest() : nil
    }

    static func megabytes(_ bytes: Int) -> String {
        let tenths = (bytes * 10 + (1 << 19)) >> 20
        return "\(tenths / 10).\(tenths % 10) MiB"
    }
}
