import Foundation

/// One corpus program.
public struct CorpusEntry: Sendable {
    /// The file name (`<content hash>.js`).
    public var name: String
    public var text: String
}

/// The on-disk corpus: a directory of `<content hash>.js` files, written atomically. Several
/// workers and several campaigns may share one directory (AFL-style sync): each adds the
/// programs that gave it new coverage and `sync()` picks up what the others added, so a
/// campaign resumes from where it stopped and cooperating campaigns need no other channel.
public final class CorpusStore {
    public let directory: String
    /// The entries known to this process, in the order they were loaded or added.
    public private(set) var entries: [CorpusEntry] = []
    private var known: Set<String> = []

    public init(directory: String) throws {
        self.directory = directory
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    }

    /// The file name a program is stored under.
    public static func fileName(of text: String) -> String { StableHash.hex(text) + ".js" }

    /// Adds `text` (written atomically; a no-op when the same program is already there).
    /// Returns the new entry, or nil when it was known.
    @discardableResult
    public func add(_ text: String) throws -> CorpusEntry? {
        let name = CorpusStore.fileName(of: text)
        guard !known.contains(name) else { return nil }
        let path = (directory as NSString).appendingPathComponent(name)
        if !FileManager.default.fileExists(atPath: path) { try AtomicFile.write(text, to: path) }
        known.insert(name)
        let entry = CorpusEntry(name: name, text: text)
        entries.append(entry)
        return entry
    }

    /// Loads the `.js` files added since the last call (by this or any other process), in
    /// name order, skipping the names in `excluded` (programs known to crash a worker).
    public func sync(excluding excluded: Set<String> = []) -> [CorpusEntry] {
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? [])
            .filter { $0.hasSuffix(".js") && !$0.hasPrefix(".") && !known.contains($0) && !excluded.contains($0) }
            .sorted()
        var fresh: [CorpusEntry] = []
        for name in names {
            known.insert(name)
            let path = (directory as NSString).appendingPathComponent(name)
            guard let data = FileManager.default.contents(atPath: path) else { continue }
            let entry = CorpusEntry(name: name, text: String(decoding: data, as: UTF8.self))
            entries.append(entry)
            fresh.append(entry)
        }
        return fresh
    }
}
