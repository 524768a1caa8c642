import Foundation

/// Passes items from one producing thread to one consuming thread, in order, in batches, with
/// a bounded queue so that memory stays flat however long the input is.
///
/// Used to parse and validate on one core while the other decodes the records.
final class OrderedHandOff<Item: Sendable>: @unchecked Sendable {
    // All mutable state is guarded by `condition`.
    private let condition = NSCondition()
    private var queue: [[Item]] = []
    private var pending: [Item] = []
    private var isFinished = false
    private let batchSize: Int
    private let maximumQueuedBatches: Int

    init(batchSize: Int = 64, maximumQueuedBatches: Int = 16) {
        self.batchSize = batchSize
        self.maximumQueuedBatches = maximumQueuedBatches
    }

    /// Adds an item (producer side).
    ///
    /// Blocks while the queue is full.
    func put(_ item: Item) {
        pending.append(item)
        if pending.count >= batchSize { flush() }
    }

    /// Sends what is pending and tells the consumer nothing more will come.
    func finish() {
        flush()
        condition.lock()
        isFinished = true
        condition.broadcast()
        condition.unlock()
    }

    /// The next batch (consumer side), or `nil` once everything was taken.
    func take() -> [Item]? {
        condition.lock()
        defer { condition.unlock() }
        while queue.isEmpty && !isFinished { condition.wait() }
        guard !queue.isEmpty else { return nil }
        let batch = queue.removeFirst()
        condition.broadcast()
        return batch
    }

    private func flush() {
        guard !pending.isEmpty else { return }
        let batch = pending
        pending = []
        condition.lock()
        while queue.count >= maximumQueuedBatches { condition.wait() }
        queue.append(batch)
        condition.broadcast()
        condition.unlock()
    }
}

/// Runs `body` on a new thread and returns a function that waits for it to finish.
func startThread(_ body: @escaping @Sendable () -> Void) -> () -> Void {
    let done = DispatchSemaphore(value: 0)
    let thread = Thread {
        body()
        done.signal()
    }
    thread.stackSize = 8 << 20
    thread.start()
    return { done.wait() }
}
