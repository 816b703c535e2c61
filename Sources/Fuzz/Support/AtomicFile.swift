import Foundation

/// Writes files and directories so that a reader (another worker, another campaign, a rerun
/// after a crash) sees either nothing or the complete result: content goes to a temporary
/// name in the same directory first and is renamed into place.
public enum AtomicFile {
    /// Writes `text` to `path` atomically, creating the parent directory.
    public static func write(_ text: String, to path: String) throws {
        let url = URL(fileURLWithPath: path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url, options: .atomic)
    }

    /// Builds a directory at `path` from `files` (name -> content) under a temporary name and
    /// renames it into place. Returns false, leaving the existing directory alone, when `path`
    /// already exists (someone else published it first).
    public static func publishDirectory(_ files: [(name: String, content: String)], at path: String) throws -> Bool {
        let fm = FileManager.default
        let target = URL(fileURLWithPath: path)
        let parent = target.deletingLastPathComponent()
        try fm.createDirectory(at: parent, withIntermediateDirectories: true)
        if fm.fileExists(atPath: path) { return false }
        let temporary = parent.appendingPathComponent(".tmp-\(ProcessInfo.processInfo.processIdentifier)-\(target.lastPathComponent)")
        try? fm.removeItem(at: temporary)
        try fm.createDirectory(at: temporary, withIntermediateDirectories: true)
        for file in files {
            try Data(file.content.utf8).write(to: temporary.appendingPathComponent(file.name))
        }
        // rename(2) fails when the target exists as a non-empty directory: the first one wins.
        if rename(temporary.path, path) != 0 {
            try? fm.removeItem(at: temporary)
            return false
        }
        return true
    }
}
