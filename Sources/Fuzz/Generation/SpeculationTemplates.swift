/// A small function written around one speculation an optimizing compiler takes, together with
/// the calls that make it take the speculation (warm-up) and the calls after optimization
/// that break it: what Fuzzilli's program templates do for JIT bugs. The driver warms the
/// function up with `warmUp`, optimizes it, and makes each `breaking` call after its setup
/// statements; `cleanup` undoes global changes (an element on `Array.prototype`) so the code
/// after it runs in an ordinary realm.
struct SpeculationTemplate {
    /// Function declarations: helpers first, then the hot function.
    var definitions: [String]
    /// The hot function, which later generated code may call.
    var function: GeneratedFunction
    /// Argument lists of the warm-up calls (each used in turn).
    var warmUp: [String]
    /// Calls after optimization, each after statements that change global state.
    var breaking: [(setup: [String], arguments: String)]
    /// Statements run after the last breaking call.
    var cleanup: [String] = []
    /// A helper the natives driver marks `%NeverOptimizeFunction`, so it stays a real call.
    var opaqueHelper: String?
}

/// Writes `SpeculationTemplate`s. Each template is one shape that optimizing compilers have
/// got wrong (an argument the call does not pass, a rebound callee, a hole that reads through
/// to `Array.prototype`, a -0 from an operation typed as never -0, a search result at the
/// edge of its range, two indices or references that turn out equal, a shape or elements-kind
/// change inside a call or through another reference, a loop bound that is inclusive or a
/// start that is negative, an invariant load in a loop that does not run, arithmetic at the
/// int32 limits, a length read around `push` and `pop`, a new object stored into one that
/// escapes and then changed), with its operators, constants and values drawn at random.
public struct SpeculationTemplates {
    let context: GenerationContext

    /// The shapes a template can have, named for what breaks the speculation.
    public enum Kind: String, CaseIterable, Sendable {
        case missingArgument = "missing-argument"
        case reboundCallee = "rebound-callee"
        case holeThroughPrototype = "hole-through-prototype"
        case minusZeroTest = "minus-zero-test"
        case searchAtRangeEdge = "search-at-range-edge"
        case equalIndices = "equal-indices"
        case shapeChangeInCall = "shape-change-in-call"
        case elementsKindThroughAlias = "elements-kind-through-alias"
        case inclusiveLoopBound = "inclusive-loop-bound"
        case negativeLoopStart = "negative-loop-start"
        case loadInLoopThatMayNotRun = "load-in-loop-that-may-not-run"
        case int32Edges = "int32-edges"
        case lengthAcrossPush = "length-across-push"
        case storeIntoEscapingObject = "store-into-escaping-object"
    }

    /// A kind drawn at random (-0 tests twice as often: sixteen operations share them).
    func randomKind() -> Kind {
        let kinds = Kind.allCases + [.minusZeroTest]
        return ctx.pick(kinds)
    }

    /// A template of `kind`, its details drawn at random.
    func template(_ kind: Kind) -> SpeculationTemplate {
        switch kind {
        case .missingArgument: return missingArgument()
        case .reboundCallee: return reboundCallee()
        case .holeThroughPrototype: return holeThroughPrototype()
        case .minusZeroTest: return minusZeroTest()
        case .searchAtRangeEdge: return searchAtRangeEdge()
        case .equalIndices: return equalIndices()
        case .shapeChangeInCall: return shapeChangeInCall()
        case .elementsKindThroughAlias: return elementsKindThroughAlias()
        case .inclusiveLoopBound: return inclusiveLoopBound()
        case .negativeLoopStart: return negativeLoopStart()
        case .loadInLoopThatMayNotRun: return loadInLoopThatMayNotRun()
        case .int32Edges: return int32Edges()
        case .lengthAcrossPush: return lengthAcrossPush()
        case .storeIntoEscapingObject: return storeIntoEscapingObject()
        }
    }

    private var ctx: GenerationContext { context }

    /// A callee reading a parameter its caller does not pass: inlined, the parameter must
    /// still be `undefined`.
    private func missingArgument() -> SpeculationTemplate {
        let callee = ctx.freshName("h"), f = ctx.freshName("f")
        let (x, y, z) = (ctx.freshName("p"), ctx.freshName("p"), ctx.freshName("p"))
        let fallback = ctx.int(1...9)
        let body = ctx.pick([
            "if (\(y) === undefined) \(y) = \(fallback); return \(x) \(ctx.pick(["*", "+", "-"])) \(y);",
            "return \(y) === undefined ? \(x) : \(x) + \(y);",
            "return typeof \(y) === \"undefined\" ? \(x) * 2 : \(y);",
            "return (\(y) | 0) + (\(z) === undefined ? 1 : \(z));",
        ])
        let p = ctx.freshName("p")
        let passed = ctx.chance(1, in: 2) ? "\(callee)(\(p))" : "\(callee)(\(p)) + \(callee)(\(p), \(ctx.int(1...5)))"
        return SpeculationTemplate(
            definitions: ["function \(callee)(\(x), \(y), \(z)) { \(body) }",
                          "function \(f)(\(p)) { return __probe(\(passed)); }"],
            function: GeneratedFunction(name: f, parameters: [.int], returns: .number),
            warmUp: (0..<2).map { _ in String(ctx.int(1...9)) },
            breaking: [([], String(ctx.int(1...9))), ([], ctx.pick(EdgeValues.ints))])
    }

    /// A call of a global binding that is rebound after the caller was optimized with the
    /// old callee inlined.
    private func reboundCallee() -> SpeculationTemplate {
        let callee = ctx.freshName("h"), f = ctx.freshName("f"), x = ctx.freshName("p")
        let op = ctx.pick(["+", "*", "-"])
        return SpeculationTemplate(
            definitions: ["var \(callee) = function (v) { return v \(op) \(ctx.int(1...9)); };",
                          "function \(f)(\(x)) { return __probe(\(callee)(\(x)) + 1); }"],
            function: GeneratedFunction(name: f, parameters: [.int], returns: .number),
            warmUp: ["1", "2"],
            breaking: [(["\(callee) = function (v) { return v \(op) \(ctx.int(10...99)); };"], "3")])
    }

    /// `includes` / `indexOf` / an element read on a holey array, then an element appears
    /// on `Array.prototype` at the hole's index.
    private func holeThroughPrototype() -> SpeculationTemplate {
        let f = ctx.freshName("f"), a = ctx.freshName("p"), v = ctx.freshName("p")
        let body = ctx.pick(["\(a).includes(\(v))", "\(a).indexOf(\(v))", "(\(a)[1] === \(v))", "\(a).includes(\(v)) + \(a).indexOf(\(v))"])
        let value = ctx.pick(["5", "7", "0.5", "\"s\""])
        let (holey, hole) = ctx.pick([("[1, , 3]", 1), ("[, 2]", 0), ("[1, 2, , 4]", 2)])
        return SpeculationTemplate(
            definitions: ["function \(f)(\(a), \(v)) { return __probe(\(body)); }"],
            function: GeneratedFunction(name: f, parameters: [.intArray, .int], returns: .number),
            warmUp: ["\(holey), \(value)", "\(holey), 3"],
            breaking: [(["Array.prototype[\(hole)] = \(value);"], "\(holey), \(value)"), ([], "\(holey), undefined")],
            cleanup: ["Array.prototype.length = 0;"])
    }

    /// Operations that may produce -0 (or NaN), each tested for -0: typing one "never -0"
    /// folds its test.
    private func minusZeroTest() -> SpeculationTemplate {
        let f = ctx.freshName("f"), x = ctx.freshName("p"), y = ctx.freshName("p")
        let operations = ["Math.expm1(\(x))", "Math.min(\(x), \(y))", "Math.max(\(x), \(y))", "(\(x) * \(y))",
                          "Math.round(\(x))", "Math.ceil(\(x))", "Math.trunc(\(x))", "(-\(x))", "Math.sign(\(x))",
                          "(\(x) % \(y))", "Math.sinh(\(x))", "Math.atan(\(x))", "(\(x) * 0)", "Math.min(\(x), 0)",
                          "Math.max(\(x), -1)", "Math.tanh(\(x))"]
        let tests = (0..<ctx.int(1...3)).map { _ -> String in
            let operation = ctx.pick(operations)
            return "__probe(\(ctx.pick(["Object.is(\(operation), -0)", "1 / \(operation) < 0", "__key(\(operation))", "\(operation) !== \(operation)"])))"
        }
        let ordinary = ["0.5", "1.5", "2.25", "3.75", "0.125"]
        let edges = ["-0", "-0.25", "0", "NaN", "-1", "-Infinity"]
        return SpeculationTemplate(
            definitions: ["function \(f)(\(x), \(y)) { return \(tests.joined(separator: " + \"\" + ")); }"],
            function: GeneratedFunction(name: f, parameters: [.number, .number], returns: .string),
            warmUp: (0..<2).map { _ in "\(ctx.pick(ordinary)), \(ctx.pick(ordinary))" },
            breaking: [([], "-0, \(ctx.pick(["-0", "0", "0.5", "-0.5"]))")]
                + (0..<ctx.int(1...2)).map { _ in ([], "\(ctx.pick(edges)), \(ctx.pick(edges + ordinary))") })
    }

    /// String searches in a literal of known length compared with the edges of their result
    /// range: the empty needle finds `length` with `lastIndexOf`, the last character
    /// `length - 1`.
    private func searchAtRangeEdge() -> SpeculationTemplate {
        let f = ctx.freshName("f"), s = ctx.freshName("p")
        let haystack = ctx.pick(["abcdef", "hello", "abcabc", "xyz"])
        let length = haystack.count
        let compares = (0..<2).map { _ in
            "__probe(\"\(haystack)\".\(ctx.pick(["indexOf", "lastIndexOf"]))(\(s)) \(ctx.pick(["===", ">=", ">"])) \(ctx.pick([length, length - 1, length - 2])))"
        }
        let last = String(haystack.last ?? "a"), first = String(haystack.first ?? "a")
        return SpeculationTemplate(
            definitions: ["function \(f)(\(s)) { return \(compares.joined(separator: " + \"\" + ")); }"],
            function: GeneratedFunction(name: f, parameters: [.string], returns: .string),
            warmUp: ["\"q\"", "\"\(ctx.pick([first, "z"]))\""],
            breaking: [([], "\"\""), ([], "\"\(last)\""), ([], "\"\(first)\"")])
    }

    /// A load, a store, the same load: the store's index or array is the load's at run time
    /// although they are different values in the code.
    private func equalIndices() -> SpeculationTemplate {
        let f = ctx.freshName("f"), a = ctx.freshName("p"), b = ctx.freshName("p"), i = ctx.freshName("p"), j = ctx.freshName("p")
        let stored = ctx.pick(["\(a)[\(i)] + \(ctx.int(1...20))", "\(j) * 3", "\(ctx.int(-5...50))"])
        if ctx.chance(1, in: 2) {
            return SpeculationTemplate(
                definitions: ["function \(f)(\(a), \(i), \(j)) { const t = \(a)[\(i)]; \(a)[\(j)] = \(stored); return __probe(t + \(a)[\(i)]); }"],
                function: GeneratedFunction(name: f, parameters: [.intArray, .int, .int], returns: .int),
                warmUp: ["[1, 2, 3], 0, 1", "[4, 5, 6], 1, 2"],
                breaking: [([], "[1, 2, 3], 2, 2"), ([], "[7, 8, 9], 0, 0")])
        }
        let shared = ctx.freshName("s")
        let storedB = stored.replacingOccurrences(of: "\(a)[", with: "\(b)[")
        return SpeculationTemplate(
            definitions: ["function \(f)(\(a), \(b), \(i), \(j)) { const t = \(a)[\(i)]; \(b)[\(i)] = \(storedB); return __probe(t + \(a)[\(i)]); }"],
            function: GeneratedFunction(name: f, parameters: [.intArray, .intArray, .int, .int], returns: .int),
            warmUp: ["[1, 2, 3], [1, 2, 3], 0, 1", "[4, 5, 6], [7, 8, 9], 1, 2"],
            breaking: [(["const \(shared) = [1, 2, 3];"], "\(shared), \(shared), 1, 1")])
    }

    /// A field read before and after a call that changes the object's shape (or the field)
    /// only for large arguments; the callee is never inlined (a `try` keeps it out of the
    /// inliner, natives syntax marks it never-optimize).
    private func shapeChangeInCall() -> SpeculationTemplate {
        let helper = ctx.freshName("h"), f = ctx.freshName("f"), o = ctx.freshName("p"), n = ctx.freshName("p")
        let threshold = ctx.int(2...5)
        let change = ctx.pick(["delete \(o).x; \(o).x = \(n);", "\(o).x = \(n) + 0.5;", "\(o).x = \(n);",
                               "\(o).w = 1; \(o).x = -\(n);", "delete \(o).y; \(o).x = \"s\";"])
        let read = ctx.pick(["\(o).x", "\(o).x", "\(o).y"])
        return SpeculationTemplate(
            definitions: ["function \(helper)(\(o), \(n)) { try { if (\(n) > \(threshold)) { \(change) } } catch (e) { } }",
                          "function \(f)(\(o), \(n)) { const t = \(read); \(helper)(\(o), \(n)); return __probe(t + \(read)); }"],
            function: GeneratedFunction(name: f, parameters: [.object, .int], returns: .number),
            warmUp: ["{x: 1, y: 2.5}, 0", "{x: 2, y: 3.5}, 1"],
            breaking: [([], "{x: 3, y: 4.5}, \(threshold + 1)"), ([], "{x: 4, y: 5.5}, \(threshold + 10)")],
            opaqueHelper: helper)
    }

    /// An element read, a store through a second reference that turns the elements double
    /// (or generic), the element read again: the same array passed twice.
    private func elementsKindThroughAlias() -> SpeculationTemplate {
        let f = ctx.freshName("f"), a = ctx.freshName("p"), b = ctx.freshName("p"), v = ctx.freshName("p")
        let shared = ctx.freshName("s")
        let value = ctx.pick(["0.5", "-0", "NaN", "1e21", "\"s\""])
        return SpeculationTemplate(
            definitions: ["function \(f)(\(a), \(b), \(v)) { const t = \(a)[0]; \(b)[1] = \(v); return __probe(t + \(a)[1]); }"],
            function: GeneratedFunction(name: f, parameters: [.intArray, .intArray, .number], returns: .number),
            warmUp: ["[1, 2, 3], [1, 2, 3], 4", "[1, 2, 3], [1.5, 2.5], \(value)"],
            breaking: [(["const \(shared) = [1, 2, 3];"], "\(shared), \(shared), \(value)")])
    }

    /// `function name(parameters) { let s = 0; loop; return __probe(s); }`: a loop adding to `s`.
    private func summingFunction(_ name: String, _ parameters: [String], loop: String) -> [String] {
        ["function \(name)(\(parameters.joined(separator: ", "))) {", "  let s = 0;", "  \(loop)", "  return __probe(s);", "}"]
    }

    /// A read of element `i` of `a` for a summing loop: plain, truncated to int32, or passed
    /// through the opaque `__key` helper.
    private func elementRead(_ a: String, _ i: String) -> String {
        ctx.pick(["\(a)[\(i)]", "(\(a)[\(i)] | 0)", "__key(\(a)[\(i)])"])
    }

    /// A loop to `i <= a.length` left by a break that the warm-up always takes: the last
    /// iteration reads one past the end once the argument allows it.
    private func inclusiveLoopBound() -> SpeculationTemplate {
        let f = ctx.freshName("f"), a = ctx.freshName("p"), limit = ctx.freshName("p"), i = ctx.freshName("i")
        let read = elementRead(a, i)
        let array = ctx.pick(["[1, 2, 3, 4]", "[5, 6, 7]", "new Int32Array([1, 2, 3, 4])", "new Float64Array([0.5, 1.5, 2.5])"])
        return SpeculationTemplate(
            definitions: summingFunction(f, [a, limit], loop: "for (let \(i) = 0; \(i) <= \(a).length; \(i)++) { if (\(i) > \(limit)) break; s += \(read); }"),
            function: GeneratedFunction(name: f, parameters: [.intArray, .int], returns: .number),
            warmUp: ["\(array), 1", "\(array), 2"],
            breaking: [([], "\(array), \(ctx.int(0...1))"), ([], "\(array), \(ctx.pick(["10", "100", "2147483647"]))")])
    }

    /// A loop from an argument to the length: the warm-up starts at zero or above, a later
    /// call below zero.
    private func negativeLoopStart() -> SpeculationTemplate {
        let f = ctx.freshName("f"), a = ctx.freshName("p"), start = ctx.freshName("p"), i = ctx.freshName("i")
        let initial = ctx.pick([start, "\(start) % 4", "\(start) | 0", "\(start) >> 1"])
        let read = elementRead(a, i)
        let array = ctx.pick(["[10, 20, 30]", "[1, 2, 3, 4, 5]", "new Uint8Array([1, 2, 3])", "new Float32Array([0.5, 1.5])"])
        return SpeculationTemplate(
            definitions: summingFunction(f, [a, start], loop: "for (let \(i) = \(initial); \(i) < \(a).length; \(i)++) s += \(read);"),
            function: GeneratedFunction(name: f, parameters: [.intArray, .int], returns: .number),
            warmUp: ["\(array), 0", "\(array), 1"],
            breaking: [([], "\(array), -1"), ([], "\(array), \(ctx.pick(["-3", "-2", "-7"]))")])
    }

    /// A field load in a loop: invariant (code motion may hoist it, but not above its shape
    /// check, since the loop may not run for an object of another shape), or stored in the
    /// loop (it may not be hoisted at all).
    private func loadInLoopThatMayNotRun() -> SpeculationTemplate {
        let f = ctx.freshName("f"), o = ctx.freshName("p"), n = ctx.freshName("p"), i = ctx.freshName("i")
        let body = ctx.chance(1, in: 2) ? "s += \(o).x;" : "s += \(o).x; \(o).x = \(i);"
        let other = ctx.pick(["{y: 0, x: 3}", "{x: 0.5}", "{z: 1, y: 2, x: 3}", "{get x() { calls++; return 9; }}"])
        return SpeculationTemplate(
            definitions: summingFunction(f, [o, n], loop: "for (let \(i) = 0; \(i) < \(n); \(i)++) { \(body) }"),
            function: GeneratedFunction(name: f, parameters: [.object, .int], returns: .number),
            warmUp: ["{x: 1}, 3", "{x: 2}, 4"],
            breaking: [([], "\(other), 0"), ([], "\(other), 3"), ([], "{x: 5}, 2")])
    }

    /// Arithmetic and bitwise operations whose warm-up stays small, compared or returned
    /// once the operands reach the int32 and uint32 limits.
    private func int32Edges() -> SpeculationTemplate {
        let f = ctx.freshName("f"), x = ctx.freshName("p"), y = ctx.freshName("p")
        let expression = ctx.pick(["((\(x) - \(y)) < 0)", "((\(x) + \(y)) > 0)", "(\(x) >>> 0)", "((\(x) >>> 0) > \(ctx.int(0...9)))",
                                   "((\(x) & \(ctx.pick(["-8", "-2", "-256"]))) >= 0)", "((\(x) * \(y)) | 0)", "(\(x) % \(ctx.pick(["2", "8", "16"])))",
                                   "((\(x) << \(y)) >> \(y))", "(\(x) - \(y) === \(x) + -\(y))"])
        let edges = EdgeValues.ints + ["-5", "4294967295", "2147483648"]
        return SpeculationTemplate(
            definitions: ["function \(f)(\(x), \(y)) { return __probe(\(expression)); }"],
            function: GeneratedFunction(name: f, parameters: [.int, .int], returns: .number),
            warmUp: ["\(ctx.int(0...9)), \(ctx.int(1...9))", "\(ctx.int(0...9)), \(ctx.int(1...9))"],
            breaking: (0..<3).map { _ in ([], "\(ctx.pick(edges)), \(ctx.pick(edges))") })
    }

    /// The length (and an element) read before and after `push` or `pop` on an array
    /// parameter, which the function restores.
    private func lengthAcrossPush() -> SpeculationTemplate {
        let f = ctx.freshName("f"), a = ctx.freshName("p"), v = ctx.freshName("p")
        let body = ctx.chance(1, in: 2)
            ? "const n = \(a).length; \(a).push(\(v)); const t = \(a).length + \(a)[n]; \(a).pop(); return __probe(n + t + \(a).length);"
            : "const n = \(a).length, last = \(a).pop(); const t = \(a).length; \(a).push(last); return __probe(n * 10 + t + \(a).length);"
        return SpeculationTemplate(
            definitions: ["function \(f)(\(a), \(v)) { \(body) }"],
            function: GeneratedFunction(name: f, parameters: [.intArray, .int], returns: .int),
            warmUp: ["[1, 2, 3, 4], 5", "[6, 7, 8], 9"],
            breaking: [([], "[1, 2], \(ctx.int(0...9))"), ([], "\(ctx.pick(["[]", "[0.5, 1.5]", "[1, , 3]"])), \(ctx.pick(EdgeValues.ints))")])
    }

    /// A new object stored into an object that escapes (a parameter), then changed: the
    /// store makes it escape too, so its field must really change.
    private func storeIntoEscapingObject() -> SpeculationTemplate {
        let f = ctx.freshName("f"), holder = ctx.freshName("p"), x = ctx.freshName("p"), y = ctx.freshName("p")
        let field = ctx.pick(["inner", "next", "x"])
        return SpeculationTemplate(
            definitions: ["function \(f)(\(holder), \(x), \(y)) { const o = {a: \(x), b: 1}; \(holder).\(field) = o; o.a = \(y); return __probe(\(holder).\(field).a + o.b); }"],
            function: GeneratedFunction(name: f, parameters: [.object, .int, .int], returns: .int),
            warmUp: ["{x: 1, y: 2.5}, 1, 2", "{x: 2, y: 3.5}, 3, 4"],
            breaking: [([], "{x: 3, y: 4.5}, \(ctx.int(0...9)), \(ctx.pick(EdgeValues.ints))")])
    }
}
