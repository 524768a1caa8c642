import Foundation
internal import ZIPFoundation

/// ZIP archives written the same way every time, and read with limits (ZIPFoundation underneath).
///
/// Writing: entries in the order given, each deflated, dated 1980-01-01 00:00 (the earliest
/// date ZIP can hold) with the same permissions, so the same entries give the same bytes.
/// Reading: only regular files with relative paths that stay inside the archive, at most
/// ``Limits/maximumEntries`` of them, each at most ``Limits/maximumEntryBytes`` and all together
/// at most ``Limits/maximumTotalBytes`` once unpacked, counted while inflating (a declared size
/// is not trusted), and a compression ratio no higher than ``Limits/maximumRatio``.
public enum ZipPackage {
    /// One file of an archive: its path inside the archive and its bytes.
    public struct Entry: Sendable, Hashable {
        /// The path inside the archive, with `/` between folders.
        public var path: String
        /// The file's content.
        public var bytes: [UInt8]

        /// A file at `path` holding `bytes`.
        public init(path: String, bytes: [UInt8]) {
            self.path = path
            self.bytes = bytes
        }
    }

    /// How much an archive may hold before reading refuses it.
    public struct Limits: Sendable, Hashable {
        /// The most entries (files and folders).
        public var maximumEntries: Int
        /// The most bytes one file may unpack to.
        public var maximumEntryBytes: Int
        /// The most bytes all files together may unpack to.
        public var maximumTotalBytes: Int
        /// The highest ratio of unpacked to packed size for an entry over 64 KiB.
        public var maximumRatio: Int

        /// Limits for a dossier: 200 files, 64 MiB each, 256 MiB in all, ratio 200.
        public static let dossier = Limits(
            maximumEntries: 200, maximumEntryBytes: 64 << 20, maximumTotalBytes: 256 << 20, maximumRatio: 200)

        /// The limits for a ZIP of plans to review (the workspace's reviewer's desk): at most 100
        /// entries of 8 MiB, 64 MiB in all, packed at most 200 times.
        public static let plans = Limits(
            maximumEntries: 100, maximumEntryBytes: 8 << 20, maximumTotalBytes: 64 << 20, maximumRatio: 200)
    }

    /// The fixed modification date of every entry: 1980-01-01 00:00:00 UTC.
    static let fixedDate = Date(timeIntervalSince1970: 315_532_800)

    /// The archive holding `entries`, in their order; the same entries give the same bytes.
    ///
    /// - Throws: ``DiagnosticsError`` when the archive cannot be made (`name` says which).
    public static func archive(_ entries: [Entry], name: String) throws(DiagnosticsError) -> [UInt8] {
        do {
            let archive = try Archive(accessMode: .create)
            for entry in entries {
                let data = Data(entry.bytes)
                try archive.addEntry(
                    with: entry.path, type: .file, uncompressedSize: Int64(data.count), modificationDate: fixedDate,
                    permissions: 0o644, compressionMethod: .deflate
                ) { position, size in
                    data.subdata(in: Int(position)..<Int(position) + size)
                }
            }
            guard let data = archive.data else { throw ArchiveFailure() }
            return Array(data)
        } catch {
            throw DiagnosticsError([
                Diagnostic(
                    severity: .error, message: "cannot make the ZIP archive (\(error)); report this as a bug",
                    file: name, isInputOutput: true)
            ])
        }
    }

    /// The files of the archive `bytes`, in the archive's order, or a diagnostic naming `name`
    /// when the archive is empty, damaged, hostile or over `limits`.
    public static func entries(of bytes: [UInt8], name: String, limits: Limits = .dossier) throws(DiagnosticsError)
        -> [Entry]
    {
        func refuse(_ message: String, _ dutch: String) -> DiagnosticsError {
            var diagnostic = Diagnostic(severity: .error, message: message, file: name)
            diagnostic.translations[.nl] = dutch
            return DiagnosticsError([diagnostic])
        }
        let archive: Archive
        do {
            archive = try Archive(data: Data(bytes), accessMode: .read, pathEncoding: nil)
        } catch {
            throw refuse(
                "not a ZIP archive, or a damaged one; make it again with fundplan dossier",
                "geen ZIP-archief, of een beschadigd; maak het opnieuw met fundplan dossier")
        }
        var result: [Entry] = []
        var total = 0
        var seen = Set<String>()
        var count = 0
        for entry in archive {
            count += 1
            guard count <= limits.maximumEntries else {
                throw refuse(
                    "the archive has more than \(limits.maximumEntries) entries; refused",
                    "het archief bevat meer dan \(limits.maximumEntries) bestanden; geweigerd")
            }
            if entry.type == .directory { continue }
            guard entry.type == .file else {
                throw refuse(
                    "\(entry.path): a link in the archive is refused",
                    "\(entry.path): een link in het archief wordt geweigerd")
            }
            let path = entry.path
            guard Self.isSafe(path) else {
                throw refuse(
                    "\(path): a path that leaves the archive's folder (absolute or with ..) is refused",
                    "\(path): een pad dat buiten de map van het archief gaat (absoluut of met ..) wordt geweigerd")
            }
            guard seen.insert(path).inserted else {
                throw refuse(
                    "\(path): the archive holds this file twice", "\(path): het archief bevat dit bestand twee keer")
            }
            let declared = entry.uncompressedSize
            guard declared <= UInt64(limits.maximumEntryBytes) else {
                throw refuse(
                    "\(path): unpacks to more than \(limits.maximumEntryBytes) bytes; refused",
                    "\(path): is uitgepakt groter dan \(limits.maximumEntryBytes) bytes; geweigerd")
            }
            if declared > 65_536, entry.compressedSize == 0 || declared / entry.compressedSize > limits.maximumRatio {
                throw refuse(
                    "\(path): packed more than \(limits.maximumRatio) times (a ZIP bomb?); refused",
                    "\(path): meer dan \(limits.maximumRatio) keer samengeperst (een ZIP-bom?); geweigerd")
            }
            var content: [UInt8] = []
            do {
                _ = try archive.extract(entry) { chunk in
                    guard content.count + chunk.count <= limits.maximumEntryBytes,
                        total + content.count + chunk.count <= limits.maximumTotalBytes
                    else { throw ArchiveFailure() }
                    content.append(contentsOf: chunk)
                }
            } catch {
                throw refuse(
                    "\(path): cannot be unpacked (damaged, or over the size limits); refused",
                    "\(path): kan niet worden uitgepakt (beschadigd, of groter dan toegelaten); geweigerd")
            }
            total += content.count
            result.append(Entry(path: path, bytes: content))
        }
        // An archive whose central directory cannot be read lists nothing: refuse it as damaged.
        guard !result.isEmpty else {
            throw refuse(
                "the archive holds no file (empty or damaged)", "het archief bevat geen bestand (leeg of beschadigd)")
        }
        return result
    }

    /// Whether `path` is a plain relative path that stays inside the archive.
    static func isSafe(_ path: String) -> Bool {
        guard !path.isEmpty, !path.hasPrefix("/"), !path.contains("\\"), !path.contains("\0") else { return false }
        let parts = path.split(separator: "/", omittingEmptySubsequences: false)
        return !parts.contains { $0 == ".." || $0 == "." || $0.isEmpty }
    }

    private struct ArchiveFailure: Error {}
}
