import JSEngine

/// `inlining`: replaces calls whose target the graph builder pinned with a
/// `CheckCallTarget` guard by the callee's body, and calls of known builtins by IR
/// operations. Mirrors TurboFan's JSInliner (bytecode of small monomorphic JS callees is
/// built straight into the caller's graph; deoptimization inside it rebuilds the callee's
/// interpreter frame on top of the caller's) and JSCallReducer (Math functions, Object.is,
/// String.prototype.charCodeAt / indexOf / lastIndexOf, Array.prototype.push / pop /
/// includes / indexOf), and LLVM's inliner in spirit: size budgets, no recursion.
///
/// The `CheckCallTarget` guard stays in front of the inlined body: it is what keeps the
/// choice of callee valid when the variable or property holding the function is
/// reassigned later.
public struct InliningPhase: OptimizationPhase {
    public let id = "inlining"
    /// Largest callee (bytecode instructions) that is inlined.
    static let maxCalleeSize = 80
    /// Bytecode inlined into one function, in total.
    static let maxTotalSize = 400
    /// Inlined frames stacked on the function's own frame, at most.
    static let maxDepth = 3

    public init() {}

    public func run(_ ctx: PhaseContext) {
        var budget = InliningPhase.maxTotalSize
        var buildable: [ObjectIdentifier: Bool] = [:]
        var work = ctx.graph.liveNodes.filter(isCall)
        var next = 0
        while next < work.count {
            let call = work[next]
            next += 1
            guard !call.isDead, call.block != nil, case .jsCall = call.opcode, call.inputs.count >= 2,
                  case .checkCallTarget(let target) = call.inputs[0].opcode, let fn = target.object as? JSFunction else { continue }
            if let builtin = ctx.builtins.builtin(fn) {
                BuiltinCallReducer(ctx: ctx, call: call).reduce(builtin)
                continue
            }
            guard let callee = inlineableBody(fn, at: call, budget: budget, buildable: &buildable) else { continue }
            let firstNew = ctx.graph.nodes.count
            let targetGuard = call.inputs[0]
            let inlined = ctx.rewrite("inline-js-call", at: call) {
                guard let result = JSCallInliner(graph: ctx.graph, call: call, function: fn, code: callee,
                                                 faults: ctx.faults, builtins: ctx.builtins).inline() else { return [] }
                InliningPhase.callReplaced(targetGuard: targetGuard, ctx)
                return [result]
            }
            if inlined {
                budget -= callee.instructions.count
                work += ctx.graph.nodes[firstNew...].filter { !$0.isDead && isCall($0) }
            }
        }
    }

    /// After a call was replaced (by an inlined body or a builtin's operation): its
    /// call-target guard has no uses left, but it stays, for it is what keeps the
    /// replacement valid when the variable or property that held the function is
    /// reassigned (the guard then deoptimizes and the interpreter calls the new function).
    static func callReplaced(targetGuard: Node, _ ctx: PhaseContext) {
        // Fault inlining.skip-target-check: the guard removed with the call, as if it were only the callee's value.
        guard targetGuard.uses.isEmpty, ctx.faults.injected(.inliningSkipTargetCheck) else { return }
        ctx.graph.kill(targetGuard)
    }

    private func isCall(_ n: Node) -> Bool {
        if case .jsCall = n.opcode { return true }
        return false
    }

    /// The callee's code when a call to `fn` at `call` may be inlined: small (within the
    /// function's remaining `budget` too), run before (it has feedback), no exception
    /// handlers, no contexts of its own or closures, no `arguments`, not a constructor-only
    /// or derived function, not recursive, a receiver it can use as is, and a body the graph
    /// builder can build. `buildable` remembers that last answer per callee code for the
    /// phase's run (nothing the builder reads changes while the phase runs).
    func inlineableBody(_ fn: JSFunction, at call: Node, budget: Int, buildable: inout [ObjectIdentifier: Bool]) -> CodeBlock? {
        guard case .bytecode(let code, _) = fn.body, !fn.isClassConstructor, !fn.neverOptimize,
              !code.optimizationState.neverOptimize, code.invocationCount > 0,
              code.instructions.count <= InliningPhase.maxCalleeSize, code.instructions.count <= budget,
              code.handlers.isEmpty, !code.needsArguments,
              code.functionContextSlots == 0, code.kind == .normal || code.kind == .method || code.kind == .arrow,
              let state = call.frameState, state.inliningDepth < InliningPhase.maxDepth,
              !state.frames.contains(where: { $0.code === code }) else { return nil }
        if code.usesThis {
            // The interpreter converts a sloppy function's receiver on entry; inline only when
            // no conversion can happen.
            guard code.kind != .arrow, code.isStrict || isObject(call.inputs[1]) else { return nil }
        }
        guard code.instructions.allSatisfy(InliningPhase.isInlineable) else { return nil }
        // The body must build on its own (the builder rejects what it cannot model).
        if let known = buildable[ObjectIdentifier(code)] { return known ? code : nil }
        var probe = GraphBuilder(code: code, name: fn.debugName)
        let builds = (try? probe.build()) != nil
        buildable[ObjectIdentifier(code)] = builds
        return builds ? code : nil
    }

    private func isObject(_ n: Node) -> Bool {
        switch n.opcode {
        case .checkShape, .allocateObject, .jsCreateObject, .jsCreateArray, .checkElementsKind: return true
        default: return false
        }
    }

    /// Bytecodes an inlined body may not contain: they need the callee's own frame (its
    /// context, the function object, its home object, `arguments`) or run natives syntax
    /// that refers to the current function.
    static func isInlineable(_ i: Instruction) -> Bool {
        switch i {
        case .loadContext, .loadContextChecked, .storeContext, .storeContextChecked, .pushContext, .popContext,
             .cloneContext, .createClosure, .createClass, .createArguments, .createRest, .loadCallee, .loadHomeObject,
             .superCall, .superCallSpread, .superGet, .superSet, .natives:
            return false
        default:
            return true
        }
    }
}

/// Splices a JS callee's body into the caller's graph at one call: splits the caller's
/// block at the call, builds the body from the callee's bytecode with the call's receiver
/// and arguments bound to its parameters (missing ones undefined), and joins the body's
/// returns in a block that continues with the rest of the caller.
struct JSCallInliner {
    let graph: Graph
    let call: Node
    let function: JSFunction
    let code: CodeBlock
    let faults: FaultSwitch
    let builtins: BuiltinTable

    /// Inlines and returns the node standing for the call's result (nil: nothing changed).
    func inline() -> Node? {
        guard let block = call.block, let state = call.frameState,
              case .call(let resultRegister, _, _, _, _, _) = state.code.instructions[state.pc] else { return nil }
        let undefined = graph.add(.constant(.undefined), in: nil, position: call.position, bytecodeOffset: call.bytecodeOffset)
        graph.place(undefined, in: block, before: call)
        let receiver = code.usesThis ? call.inputs[1] : undefined
        let passed = Array(call.inputs.dropFirst(2))
        // Fault inlining.missing-args-not-undefined: a parameter the call does not pass bound to the last passed argument.
        let padding = faults.injected(.inliningMissingArgsNotUndefined, applies: !passed.isEmpty && passed.count < code.parameterCount)
            ? passed.last ?? undefined : undefined
        let site = InlineSite(function: function, receiverAndArguments: [receiver] + passed,
                              parameterCount: code.parameterCount, missingArgument: padding,
                              effect: call.effect ?? undefined,
                              callerAfterCall: FrameState(code: state.code, pc: state.pc + 1, registers: state.registers,
                                                          context: state.context, parent: state.parent,
                                                          resultRegister: Int(resultRegister), function: state.function))
        var builder = GraphBuilder(inlining: code, into: graph, site: site, builtins: builtins)
        guard (try? builder.build()) != nil, let bodyEntry = builder.bodyEntry else { return nil }
        let tail = graph.splitBlock(block, before: call)
        graph.add(.goto, in: block, position: call.position, bytecodeOffset: call.bytecodeOffset)
        graph.connect(block, bodyEntry)
        let exits = builder.inlineExits
        for exit in exits { graph.connect(exit.block, tail) }
        let result: Node, effect: Node
        if exits.count == 1 {
            result = exits[0].value
            effect = exits[0].effect
        } else if exits.isEmpty {
            // The body never returns (it always throws or deoptimizes): the rest is unreachable.
            result = undefined
            effect = call.effect ?? undefined
        } else {
            result = graph.addPhi(exits.map(\.value), in: tail)
            effect = graph.addPhi(exits.map(\.effect), in: tail)
            graph.changeOpcode(effect, to: .effectPhi)
        }
        graph.redirectEffectUses(of: call, to: effect)
        graph.replaceAllUses(of: call, with: result)
        graph.kill(call)
        graph.removeUnreachableBlocksAndEdges()
        graph.removeTrivialPhis()
        return result.isDead ? undefined : result
    }
}
