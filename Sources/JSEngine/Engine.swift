import Foundation

/// The outcome of running a program: how it ended and what it printed.
public struct RunResult {
    /// How a run ended; decides the process exit code.
    public enum Ending: Equatable {
        case normal
        case exception(name: String, message: String)
        case syntaxError(message: String, line: Int, column: Int)
        case resourceLimit(String)
        case memorySafetyViolation(String)
        case internalError(String)
        /// `--assert-types` caught a value outside its node's type (see `EngineTermination.typeAssertion`).
        case typeAssertion(String)
    }
    public var ending: Ending
    public var output: String

    public init(ending: Ending, output: String) {
        self.ending = ending
        self.output = output
    }

    /// Exit codes documented in the README: 0 ok, 1 uncaught exception or syntax error,
    /// 3 resource limit, 4 memory-safety violation, 5 internal error (a failed type
    /// assertion is one: the optimizer's type claim was wrong).
    public var exitCode: Int32 {
        switch ending {
        case .normal: return 0
        case .exception, .syntaxError: return 1
        case .resourceLimit: return 3
        case .memorySafetyViolation: return 4
        case .internalError, .typeAssertion: return 5
        }
    }
}

/// The engine's front door: parse, compile and run a source text in a fresh realm.
public enum Engine {
    /// Host stack size for the thread the engine runs on (deep builtin re-entry, big parses).
    public static let stackSize = 512 << 20

    /// Runs `body` on a thread with a large stack and waits for it.
    public static func onLargeStack<T>(_ body: @escaping () -> T) -> T {
        let box = ResultBox<T>()
        let done = DispatchSemaphore(value: 0)
        let t = Thread {
            box.value = body()
            done.signal()
        }
        t.stackSize = stackSize
        t.start()
        done.wait()
        return box.value!
    }

    /// Parses `source` into a program with the options' natives-syntax setting.
    public static func parse(_ source: String, options: EngineOptions) throws -> Program {
        var p = Parser(source: source, options: ParserOptions(allowNativesSyntax: options.allowNativesSyntax))
        return try p.parseProgram()
    }

    /// Runs `sources` (harness files first, then the program) in one realm; `setup` may
    /// install hooks (the optimizer) before anything runs.
    public static func run(sources: [(name: String, text: String)], options: EngineOptions,
                           output: OutputSink, setup: ((Realm) -> Void)? = nil) -> RunResult.Ending {
        let realm = Realm(options: options, output: output)
        setup?(realm)
        for (name, text) in sources {
            let program: Program
            do {
                program = try parse(text, options: options)
            } catch let e as SyntaxErrorInfo {
                return .syntaxError(message: "\(e.message)", line: Int(e.position.line), column: Int(e.position.column))
            } catch {
                return .internalError("\(error)")
            }
            do {
                let code = try BytecodeCompiler.compile(program, realm: realm, name: name, source: text)
                if options.printBytecode { output.write(Disassembler.disassemble(code)) }
                _ = try realm.interpreter.runScript(code)
            } catch let e as CompileError {
                return .syntaxError(message: e.message, line: Int(e.position.line), column: Int(e.position.column))
            } catch let e as JSException {
                let (n, m) = describeException(e.value, realm: realm)
                return .exception(name: n, message: m)
            } catch let t as EngineTermination {
                realm.interpreter.reset()
                switch t {
                case .resourceLimit(let m): return .resourceLimit(m)
                case .memorySafetyViolation(let m): return .memorySafetyViolation(m)
                case .internalError(let m): return .internalError(m)
                case .typeAssertion(let m): return .typeAssertion(m)
                }
            } catch {
                return .internalError("\(error)")
            }
        }
        return .normal
    }

    /// The name and message of a thrown value, as the "Uncaught X: m" line shows them.
    public static func describeException(_ v: JSValue, realm: Realm) -> (String, String) {
        if case .object(let o) = v, o is JSErrorObject || realm.findInChain(o, PropertyKey("message")) != nil {
            var n = "Error"
            if case .string(let s)? = try? realm.get(o, "name") {
                n = s.string
            } else if case .object(let c)? = try? realm.get(o, "constructor"), let f = c as? JSFunction {
                n = f.debugName
            }
            let m = (try? realm.get(o, "message")).flatMap { try? realm.toSwiftString($0) } ?? ""
            return (n, m)
        }
        let s = (try? realm.toSwiftString(v)) ?? "exception"
        return ("", s)
    }
}

/// Carries a value out of the engine thread.
final class ResultBox<T>: @unchecked Sendable {
    var value: T?
    init() {}
}
