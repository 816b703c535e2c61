/// Compiles a parsed `Program` into `CodeBlock`s: one for the script and one per function.
///
/// Variables live in frame registers unless a nested function refers to them, in which case
/// they live in heap `Context` slots (see `FreeVariableAnalysis`). Top-level `var` and
/// function declarations become properties of the global object; top-level `let`, `const`
/// and `class` become the realm's global lexical bindings, as in a classic script.
public enum BytecodeCompiler {
    /// Compiles a script for `realm` (which receives its global lexical declarations).
    /// `source` (the program's text) gives each function its `sourceText` for Function.prototype.toString.
    public static func compile(_ program: Program, realm: Realm, name: String = "script", source: String? = nil) throws -> CodeBlock {
        let analysis = FreeVariableAnalysis()
        let code = CodeBlock(name: name)
        code.isScript = true
        code.isStrict = program.isStrict
        code.kind = .normal
        let fc = FunctionCompiler(code: code, parent: nil, analysis: analysis, realm: realm)
        if let source { fc.sourceUnits = Array(source.utf16) }
        try fc.compileScript(program)
        return code
    }
}

/// A compile-time error raised for constructs detected only while generating code.
public struct CompileError: Error, CustomStringConvertible {
    public let message: String
    public let position: SourcePosition
    public var description: String { message }
}

/// Where a binding lives.
enum BindingLocation {
    case register(Reg)
    case context(slot: Int32)
    case global
    case globalLexical(slot: Int32)
    case callee
}

/// A declared name in a compile-time scope.
final class Binding {
    let name: String
    let kind: DeclarationKind
    var location: BindingLocation
    /// Source offset after which a read in straight-line code needs no TDZ check.
    var initializedAfter: Int32
    let isLexical: Bool
    init(name: String, kind: DeclarationKind, location: BindingLocation, isLexical: Bool, initializedAfter: Int32 = Int32.max) {
        self.name = name
        self.kind = kind
        self.location = location
        self.isLexical = isLexical
        self.initializedAfter = initializedAfter
    }
}

/// A compile-time scope: a function body, a block, a loop head or the script.
final class CompilerScope {
    enum Kind { case function, block, script }
    let kind: Kind
    var bindings: [String: Binding] = [:]
    var contextSlots: Int32 = 0
    var hasContext = false
    /// Switch case blocks: reads after a declaration in source order may still be in TDZ.
    var isSwitch = false
    init(kind: Kind) { self.kind = kind }
}

/// A forward-jump target.
final class Label {
    var target: Int32?
    var pending: [Int] = []
}

/// An entry of the control stack used to compile break/continue/return through blocks,
/// contexts and finally clauses.
enum ControlEntry {
    case breakable(labels: [String], breakLabel: Label, continueLabel: Label?, isLoopOrSwitch: Bool)
    case context
    case finally(FinallyInfo)
}

/// Book-keeping for one `finally` clause: the registers that carry the pending completion
/// and the jumps routed through it.
final class FinallyInfo {
    let kindRegister: Reg
    let valueRegister: Reg
    let entry = Label()
    /// Jumps routed through this finally: (completion code, control-stack index of target, is continue).
    var routes: [(code: Int, targetIndex: Int, isContinue: Bool)] = []
    init(kindRegister: Reg, valueRegister: Reg) {
        self.kindRegister = kindRegister
        self.valueRegister = valueRegister
    }
    static let normal = -1.0, `throw` = -2.0, `return` = -3.0
}
