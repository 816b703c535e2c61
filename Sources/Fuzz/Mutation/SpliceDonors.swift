import JSEngine

/// Statements taken from other programs for the splice mutation.
///
/// A donor statement must stand on its own anywhere a statement list is: it is not a
/// declaration (no redeclarations), declares no `var` and no label at its own function level
/// (no hoisting or label clashes), holds no natives call, and parses alone as a script (so no
/// `return`, `super` or `break` to an outside target). Whether it also parses as strict code is
/// recorded, so strict targets only receive strict-safe statements. A donor is only offered to a
/// program that binds every name the donor reads without binding it (or where it is a global), so
/// spliced code does not just throw a ReferenceError.
public struct SpliceDonors {
    /// A donor statement, whether it is valid in strict-mode code, and the names it reads
    /// without binding them.
    struct Donor {
        var statement: Statement
        var isStrictSafe: Bool
        var freeNames: [String]
    }

    private(set) var donors: [Donor] = []

    /// The largest donor statement, in statements and expressions.
    static let maximumSize = 40

    /// No donors: splicing is never applicable.
    public init() {}

    /// Collects the donor statements of `programs`, in program and pre-order.
    public init(programs: [Program]) {
        for program in programs {
            let index = ProgramIndex(program)
            for node in index.nodes {
                guard node.context.placement == .list, node.subtreeEnd - node.index <= SpliceDonors.maximumSize,
                      case .statement(let s) = node.node, SpliceDonors.isSelfContained(node, s, in: index),
                      SpliceDonors.parses(s, strict: false) else { continue }
                let free = IdentifierNames.free(in: s).filter { !GlobalNames.all.contains($0) }
                donors.append(Donor(statement: s, isStrictSafe: SpliceDonors.parses(s, strict: true), freeNames: free))
            }
        }
    }

    private static func isSelfContained(_ node: IndexedNode, _ s: Statement, in index: ProgramIndex) -> Bool {
        switch s.kind {
        case .declaration, .function, .class, .empty: return false
        default: break
        }
        for inner in index.nodes[node.index..<node.subtreeEnd] {
            if inner.kind == .nativeCall { return false }
            guard inner.context.functionID == node.context.functionID, case .statement(let t) = inner.node else { continue }
            switch t.kind {
            case .declaration(.var, _), .labeled: return false
            case .for(.declaration(.var, _)?, _, _, _), .forIn(.declaration(.var, _), _, _), .forOf(.declaration(.var, _), _, _):
                return false
            default: continue
            }
        }
        return true
    }

    private static func parses(_ s: Statement, strict: Bool) -> Bool {
        let text = (strict ? "\"use strict\";\n" : "") + JSPrinter.print(s)
        var parser = Parser(source: text)
        return (try? parser.parseProgram()) != nil
    }

    /// The donors that may be inserted into code of the given strictness in a program binding
    /// `boundNames`.
    func statements(forStrictCode isStrict: Bool, boundNames: Set<String>) -> [Statement] {
        donors.filter { donor in
            (!isStrict || donor.isStrictSafe) && donor.freeNames.allSatisfy { boundNames.contains($0) }
        }.map(\.statement)
    }
}
