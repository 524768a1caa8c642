import Foundation

/// Reads single lines of a file by number without loading the file.
///
/// It scans forward in 64 KiB chunks and remembers where every 1,024th line starts, so later
/// questions seek close to their line. Memory stays a few KiB whatever the file's size.
final class LineReader {
    private let path: String
    /// Byte offset where line `1 + k * stride` starts, for every k scanned so far.
    private var checkpoints: [UInt64] = [0]
    static let stride = 1_024
    /// Longer lines are cut here (a column further right is not worth reading megabytes for).
    static let maximumLineLength = 1 << 16
    private static let chunkSize = 1 << 16

    init(path: String) {
        self.path = path
    }

    /// The bytes of 1-based line `number` without its newline (cut at ``maximumLineLength``),
    /// or `nil` when the file is shorter or cannot be read.
    func line(_ number: Int) -> [UInt8]? {
        var found: [UInt8]?
        scan(from: number) { _, bytes in
            found = bytes
            return false
        }
        return found
    }

    /// Calls `visit` with each line from 1-based line `first` on, until it returns `false` or the file ends.
    ///
    /// `visit` gets the number and bytes of each line, as ``line(_:)`` gives them. Lines before
    /// `first` are skipped from the nearest checkpoint without being copied.
    func scan(from first: Int, _ visit: (_ number: Int, _ bytes: [UInt8]) -> Bool) {
        guard first >= 1, let handle = FileHandle(forReadingAtPath: path) else { return }
        defer { try? handle.close() }
        let checkpoint = min((first - 1) / Self.stride, checkpoints.count - 1)
        var offset = checkpoints[checkpoint]
        var current = checkpoint * Self.stride + 1
        guard (try? handle.seek(toOffset: offset)) != nil else { return }
        var collected: [UInt8] = []
        while let chunk = try? handle.read(upToCount: Self.chunkSize), !chunk.isEmpty {
            var start = chunk.startIndex
            while start < chunk.endIndex {
                let newline = chunk[start...].firstIndex(of: UInt8(ascii: "\n"))
                if current >= first {
                    collected.append(
                        contentsOf: chunk[start..<(newline ?? chunk.endIndex)].prefix(
                            Self.maximumLineLength - collected.count))
                }
                guard let newline else { break }
                if current >= first {
                    guard visit(current, collected) else { return }
                    collected.removeAll(keepingCapacity: true)
                }
                current += 1
                let lineStart = offset + UInt64(newline - chunk.startIndex + 1)
                if (current - 1) % Self.stride == 0, (current - 1) / Self.stride == checkpoints.count {
                    checkpoints.append(lineStart)
                }
                start = newline + 1
            }
            offset += UInt64(chunk.count)
        }
        // The last line when the file does not end with a newline (or an empty last line).
        if current >= first { _ = visit(current, collected) }
    }
}
