import JSEngine

/// The builtin half of the `inlining` phase (TurboFan's JSCallReducer): a call whose
/// target is pinned to a known builtin becomes guards on its receiver and arguments plus
/// one IR operation with the builtin's semantics. Guards deoptimize to the call, so an
/// argument of another type runs the real builtin in the interpreter. The inlined
/// `includes` / `indexOf` read a hole as undefined, which holds only while no prototype of
/// the array has indexed properties: a `CheckNoPrototypeElements` guard (V8's
/// NoElementsProtector) comes first.
struct BuiltinCallReducer {
    let ctx: PhaseContext
    let call: Node

    private var graph: Graph { ctx.graph }
    /// The call's receiver and arguments (inputs: callee, this, args...).
    private var receiver: Node { call.inputs[1] }
    private var arguments: [Node] { Array(call.inputs.dropFirst(2)) }

    func reduce(_ builtin: BuiltinTable.Builtin) {
        let args = arguments
        switch builtin {
        case .math(let name):
            replace(rule: "reduce-math-call") { .pure(.mathCall(name), args.map { check(.checkNumber, $0) }) }
        case .objectIs:
            replace(rule: "reduce-object-is") { .pure(.sameValue, [argument(0), argument(1)]) }
        case .stringCharCodeAt:
            replace(rule: "reduce-string-charcodeat") {
                let index = args.isEmpty ? constant(.number(0)) : check(.checkNumber, args[0])
                return .pure(.stringCharCodeAt, [check(.checkString, receiver), index])
            }
        case .stringIndexOf, .stringLastIndexOf:
            guard args.count == 1 else { return }
            replace(rule: builtin == .stringIndexOf ? "reduce-string-indexof" : "reduce-string-lastindexof") {
                .pure(.stringIndexOf(last: builtin == .stringLastIndexOf), [check(.checkString, receiver), check(.checkString, args[0])])
            }
        case .arrayPush:
            guard args.count == 1 else { return }
            replace(rule: "reduce-array-push") { .effectful(.arrayPush, [checkArray(), args[0]]) }
        case .arrayPop:
            guard args.isEmpty else { return }
            replace(rule: "reduce-array-pop") { .effectful(.arrayPop, [checkArray()]) }
        case .arrayIncludes, .arrayIndexOf:
            guard args.count == 1 else { return }
            replace(rule: builtin == .arrayIncludes ? "reduce-array-includes" : "reduce-array-indexof") {
                let array = checkArray()
                // Fault inlining.includes-ignores-prototype: holes read as undefined with the prototype chain unguarded.
                let searched = ctx.faults.injected(.inliningIncludesIgnoresPrototype)
                    ? array : effectfulGuard(.checkNoPrototypeElements, array)
                return .effectful(.arraySearch(includes: builtin == .arrayIncludes), [searched, args[0]])
            }
        }
    }

    /// What replaces the call.
    enum Replacement {
        case pure(Opcode, [Node])
        case effectful(Opcode, [Node])
    }

    /// Replaces the call (one numbered rewrite) by what `make` builds before it.
    private func replace(rule: String, _ make: () -> Replacement) {
        let targetGuard = call.inputs[0]
        ctx.rewrite(rule, at: call) {
            let node: Node
            switch make() {
            case .pure(let op, let inputs):
                node = add(op, inputs)
                graph.bypassEffect(call)
            case .effectful(let op, let inputs):
                node = add(op, inputs, effect: call.effect)
                node.frameState = call.frameState
                graph.redirectEffectUses(of: call, to: node)
            }
            graph.replaceAllUses(of: call, with: node)
            graph.kill(call)
            InliningPhase.callReplaced(targetGuard: targetGuard, ctx)
            return [node]
        }
    }

    /// A node placed just before the call, at its position.
    private func add(_ op: Opcode, _ inputs: [Node], effect: Node? = nil) -> Node {
        let n = graph.add(op, inputs, effect: effect, in: nil, position: call.position, bytecodeOffset: call.bytecodeOffset)
        if let b = call.block { graph.place(n, in: b, before: call) }
        return n
    }

    private func constant(_ v: JSValue) -> Node { add(.constant(v), []) }

    private func argument(_ i: Int) -> Node {
        i + 2 < call.inputs.count ? call.inputs[i + 2] : constant(.undefined)
    }

    /// A guard that deoptimizes to the call (which then runs generically in the interpreter).
    private func check(_ op: Opcode, _ value: Node) -> Node {
        let n = add(op, [value])
        n.frameState = call.frameState
        return n
    }

    /// The receiver checked to be a JS array (any elements kind but dictionary).
    private func checkArray() -> Node {
        effectfulGuard(.checkElementsKind(ElementsKind.allCases.filter { $0 != .dictionary }), receiver)
    }

    /// A guard that reads object state, placed on the effect chain just before the call.
    private func effectfulGuard(_ op: Opcode, _ value: Node) -> Node {
        let n = add(op, [value], effect: call.effect)
        n.frameState = call.frameState
        graph.setEffect(call, n)
        return n
    }
}
