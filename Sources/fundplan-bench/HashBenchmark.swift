import Foundation
import FundingPlannerXML

/// SHA-256 throughput: the portable Swift compression beside the x86 SHA extensions, on the
/// same 64 MiB (every input a plan, review or catalogue records is hashed as it is read).
enum HashBenchmark {
    static func run() {
        let size = 64 << 20
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<size / 8).flatMap { _ in withUnsafeBytes(of: generator.next()) { Array($0) } }
        print("\nSHA-256 of 64 MiB in 64 KiB chunks (median of 5, one core):")
        var digests: [String] = []
        for usesHardware in [false, true] {
            var times: [Double] = []
            var digest = ""
            for _ in 0..<5 {
                let start = DispatchTime.now()
                var hasher = SHA256(usesHardware: usesHardware)
                bytes.withUnsafeBytes { buffer in
                    var offset = 0
                    while offset < buffer.count {
                        let end = min(buffer.count, offset + 65_536)
                        hasher.update(UnsafeRawBufferPointer(rebasing: buffer[offset..<end]))
                        offset = end
                    }
                }
                digest = hasher.hexDigest()
                times.append(Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9)
            }
            digests.append(digest)
            let median = times.sorted()[2]
            let name = usesHardware ? "SHA extensions" : "portable Swift"
            let note = usesHardware && !SHA256.hardwareAvailable ? " (not on this processor: portable)" : ""
            print(String(format: "  %-16@ %7.1f ms %8.0f MiB/s", name, median * 1000, 64 / median) + note)
        }
        print("  same digest: \(digests[0] == digests[1] ? "yes" : "NO")")
    }
}
