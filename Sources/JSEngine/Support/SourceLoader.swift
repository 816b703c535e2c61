import Foundation

/// Reads program text from a file path or standard input (`-`) with clear errors.
public enum SourceLoader {
    public struct LoadError: Error, CustomStringConvertible {
        public let description: String
    }

    public static func load(_ path: String) throws -> String {
        if path == "-" {
            let data = FileHandle.standardInput.readDataToEndOfFile()
            return String(decoding: data, as: UTF8.self)
        }
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir) else {
            throw LoadError(description: "cannot read '\(path)': no such file")
        }
        if isDir.boolValue { throw LoadError(description: "cannot read '\(path)': is a directory") }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw LoadError(description: "cannot read '\(path)': permission denied or unreadable")
        }
        return String(decoding: data, as: UTF8.self)
    }
}

/// Formats how a run ended for standard error, as d8/node print it.
public enum ErrorReport {
    public static func describe(_ ending: RunResult.Ending, file: String) -> String? {
        switch ending {
        case .normal: return nil
        case .exception(let name, let message):
            if name.isEmpty { return "Uncaught \(message)" }
            return message.isEmpty ? "Uncaught \(name)" : "Uncaught \(name): \(message)"
        case .syntaxError(let message, let line, let column):
            return "\(file):\(line):\(column)\nSyntaxError: \(message)"
        case .resourceLimit(let m): return "resource limit: \(m)"
        case .memorySafetyViolation(let m): return "memory-safety violation: \(m)"
        case .internalError(let m): return "internal error: \(m)"
        case .typeAssertion(let m): return "type assertion failed: \(m)"
        }
    }
}
