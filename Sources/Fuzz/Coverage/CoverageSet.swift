import Optimizer

/// What the JIT did in one or more runs, as a set of named features: `rule:PHASE/RULE` for
/// each rewrite rule that fired, `deopt:REASON` for each deoptimization reason, and
/// `op:OPCODE` for each IR opcode in a compiled graph. A program whose run adds a feature the
/// campaign has not seen joins the corpus.
public struct CoverageSet: Sendable {
    public private(set) var features: Set<String> = []

    public init() {}

    public var count: Int { features.count }

    /// Adds the features of an optimizer's run.
    mutating func record(compiler: OptimizingCompiler, deoptimizationReasons: [String]) {
        for rewrite in compiler.log.rewrites where rewrite.applied {
            features.insert("rule:\(rewrite.phase)/\(rewrite.rule)")
        }
        for reason in deoptimizationReasons { features.insert("deopt:\(reason)") }
        for (_, graph) in compiler.graphs {
            for block in graph.blocks {
                for node in block.nodes { features.insert("op:" + CoverageSet.opcodeName(node.opcode)) }
            }
        }
    }

    /// An opcode's name without its payload (`CheckShape`, not `CheckShape[#1662]`): shapes and
    /// slots differ from run to run and would make every program look new. The opcodes whose
    /// printed form renders a payload are named directly (rendering it for every node of every
    /// compiled graph was a visible share of a fuzzing run); the others are cut from it.
    static func opcodeName(_ opcode: Opcode) -> String {
        switch opcode {
        case .parameter: return "Parameter"
        case .constant: return "Constant"
        case .osrValue: return "OsrValue"
        case .deoptimize: return "Deoptimize"
        case .jsBinary: return "JS"
        case .speculativeNumberAdd: return "SpeculativeNumberAdd"
        case .jsGetNamed: return "JSGetNamed"
        case .jsSetNamed: return "JSSetNamed"
        case .jsLoadGlobal: return "JSLoadGlobal"
        case .jsStoreGlobal: return "JSStoreGlobal"
        case .jsCall: return "JSCall"
        case .jsConstruct: return "JSConstruct"
        case .jsLoadContext: return "JSLoadContext"
        case .jsStoreContext: return "JSStoreContext"
        case .jsGeneric: return "JSGeneric"
        case .checkShape: return "CheckShape"
        case .checkElementsKind: return "CheckElementsKind"
        case .checkCallTarget: return "CheckCallTarget"
        case .checkTypedArray: return "CheckTypedArray"
        case .loadField: return "LoadField"
        case .storeField: return "StoreField"
        case .loadTypedElement: return "LoadTypedElement"
        case .storeTypedElement: return "StoreTypedElement"
        case .mathCall: return "Math"
        case .allocateObject: return "AllocateObject"
        case .objectState: return "ObjectState"
        default: return printedName(opcode)
        }
    }

    /// The printed form of `opcode` up to its payload.
    static func printedName(_ opcode: Opcode) -> String {
        let text = "\(opcode)"
        guard let cut = text.firstIndex(where: { $0 == "[" || $0 == "(" || $0 == " " }) else { return text }
        return String(text[..<cut])
    }

    /// Adds features by name (a retired worker's saved set).
    mutating func insert(_ names: [String]) { features.formUnion(names) }

    /// Adds `other`'s features; returns how many were new.
    @discardableResult
    public mutating func merge(_ other: CoverageSet) -> Int {
        let before = features.count
        features.formUnion(other.features)
        return features.count - before
    }

    /// The features of `other` not in this set, sorted.
    public func newFeatures(in other: CoverageSet) -> [String] {
        other.features.subtracting(features).sorted()
    }

    /// Counts per feature family (`rule`, `deopt`, `op`), in that order.
    public var summary: [(family: String, count: Int)] {
        ["rule", "deopt", "op"].map { family in (family, features.filter { $0.hasPrefix(family + ":") }.count) }
    }
}
