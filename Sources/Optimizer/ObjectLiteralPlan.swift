import JSEngine

/// Which part of an object literal the graph builder lowers to an allocation, decided from
/// the bytecode alone: `createObject(r)` followed, in the same basic block, by
/// `defineNamed(object: r, ...)` of distinct names whose shape transitions the interpreter
/// has already made (looked up, never created). Instructions in between may compute the
/// property values but must not touch `r`; the plan ends before anything else reads or
/// writes `r` (a computed key, a method, a spread, a `__proto__` store, the literal's first
/// real use), before a duplicate name or a missing transition, and at the end of the block.
/// Whatever follows the plan runs generically on the allocated object.
struct ObjectLiteralPlan {
    /// One lowered `defineNamed`.
    struct Property {
        let pc: Int
        let name: JSString
        let value: Reg
    }

    /// The register the literal is built in.
    let register: Reg
    /// The lowered properties in definition order (property k goes to slot k).
    let properties: [Property]
    /// `shapes[k]` is the object's shape after its first k properties (`shapes[0]`: empty).
    let shapes: [Shape]

    /// The final shape, the one the allocation gets.
    var finalShape: Shape { shapes[shapes.count - 1] }

    /// Plans the literal created by `createObject(register)` at `pc`; `blockEnd` is the index
    /// of the first instruction of the next basic block; `root` is the empty literal's shape.
    init(code: CodeBlock, createAt pc: Int, register: Reg, blockEnd: Int, root: Shape) {
        var properties: [Property] = []
        var shapes = [root]
        let insts = code.instructions
        var q = pc + 1
        scan: while q < min(blockEnd, insts.count) {
            let inst = insts[q]
            if case .defineNamed(let object, let nameIndex, let value) = inst, object == register {
                guard value != register, Int(nameIndex) >= 0, Int(nameIndex) < code.strings.count else { break scan }
                let name = code.strings[Int(nameIndex)]
                guard let next = shapes[shapes.count - 1].existingTransition(adding: name, .default) else { break scan }
                properties.append(Property(pc: q, name: name, value: value))
                shapes.append(next)
            } else {
                let ops = BytecodeOperands(inst)
                if ops.reads.contains(register) || ops.writes.contains(register) || ops.target != nil || !ops.fallsThrough {
                    break scan
                }
            }
            q += 1
        }
        self.register = register
        self.properties = properties
        self.shapes = shapes
    }
}
