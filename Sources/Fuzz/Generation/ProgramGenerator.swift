/// Generates a JIT-stressing JavaScript program from a seed: globals of every type, a few
/// functions (each may call earlier ones, never itself) whose bodies come from
/// `StatementGenerator` (half of them mostly idioms over their parameters), in half the
/// programs one of them written from a `SpeculationTemplate` instead, and which return
/// through the probes, then a driver per function that makes it hot with ordinary values (a
/// loop with the optimizer's threshold in mind, or natives syntax), prints results, and calls
/// it again, optimized again in between, with edge values, other types, a `valueOf` callback,
/// one object for two parameters, shape changes or another argument count. The same seed
/// gives the same program.
public struct ProgramGenerator {
    /// The most functions a program defines.
    public var maximumFunctions = 3

    public init() {}

    /// The program text for `seed` (with a `// Flags: --allow-natives-syntax` line when the
    /// driver uses natives syntax). With `template`, one function is always written from a
    /// speculation template of that kind.
    public func generate(seed: UInt64, template: SpeculationTemplates.Kind? = nil) -> String {
        let ctx = GenerationContext(seed: seed)
        let natives = ctx.chance(1, in: 5)
        var lines = natives ? ["// Flags: --allow-natives-syntax"] : []
        lines += ProbePrelude.lines
        lines += globals(ctx)
        let count = ctx.int(1...maximumFunctions)
        // Half the programs hold one function written from a speculation template, among
        // the others (so later functions may call it).
        let templatePosition = template != nil || ctx.chance(1, in: 2) ? ctx.int(0...(count - 1)) : nil
        var templateByFunction: [String: SpeculationTemplate] = [:]
        for position in 0..<count {
            if position == templatePosition {
                let writer = SpeculationTemplates(context: ctx)
                let written = writer.template(template ?? writer.randomKind())
                lines += written.definitions
                ctx.addFunction(written.function)
                templateByFunction[written.function.name] = written
            } else {
                lines += function(ctx)
            }
        }
        for f in ctx.functions {
            if let written = templateByFunction[f.name] {
                lines += driver(for: written, natives: natives, ctx)
            } else {
                lines += driver(for: f, natives: natives, ctx)
            }
        }
        lines.append(ProbePrelude.epilogue)
        return lines.joined(separator: "\n") + "\n"
    }

    /// One global of each type, and `tricky`, whose `valueOf` counts its calls in the
    /// prelude's `calls`.
    private func globals(_ ctx: GenerationContext) -> [String] {
        let e = ExpressionGenerator(context: ctx)
        var lines = ["var tricky = {valueOf() { calls++; return \(e.literal(.int)); }};"]
        for type in ValueType.allCases {
            let name = ctx.freshName("g")
            lines.append("let \(name) = \(e.literal(type));")
            ctx.scope.declare(GeneratedVariable(name: name, type: type, isWritable: true))
        }
        return lines
    }

    private func function(_ ctx: GenerationContext) -> [String] {
        let name = ctx.freshName("f")
        var parameters = (0..<ctx.int(1...3)).map { _ in ctx.pick(ValueType.parameterTypes) }
        if let reference = parameters.first(where: \.isReference), ctx.chance(1, in: 2) {
            // A second parameter of the same reference type, which a later call may alias.
            parameters.append(reference)
        }
        let returns = ctx.pick([ValueType.int, .int, .number, .number, .boolean, .string, .intArray, .object])
        ctx.scope.push()
        let names = parameters.map { type -> String in
            let p = ctx.freshName("p")
            ctx.scope.declare(GeneratedVariable(name: p, type: type, isWritable: true, isParameter: true))
            return p
        }
        let accumulator = ctx.freshName("acc")
        ctx.scope.declare(GeneratedVariable(name: accumulator, type: .int, isWritable: true))
        var lines = ["function \(name)(\(names.joined(separator: ", "))) {", "  let \(accumulator) = 0;"]
        ctx.idiomDense = ctx.chance(1, in: 2)
        defer { ctx.idiomDense = false }
        lines += StatementGenerator(context: ctx).statements(ctx.int(2...6), indent: "  ", accumulator: accumulator, loopDepth: 0)
        let e = ExpressionGenerator(context: ctx)
        let result = returns == .int && ctx.chance(1, in: 3) ? accumulator
            : (returns == .number || returns == .int) && ctx.chance(1, in: 3) ? JITIdioms(expressions: e).expression()
            : ctx.chance(1, in: 2) ? e.shallow(returns) : e.expression(returns)
        lines.append("  return __probe(\(result));")
        lines.append("}")
        ctx.scope.pop()
        ctx.addFunction(GeneratedFunction(name: name, parameters: parameters, returns: returns))
        return lines
    }

    /// Makes `f` hot with ordinary arguments, prints its result, then calls it with changed
    /// arguments: the optimized code meets values, aliases and shapes its warm-up never showed.
    /// Sometimes an earlier function is rebound, a global object gains a property, or an
    /// element appears on `Array.prototype` (where holes read through) before another call.
    private func driver(for f: GeneratedFunction, natives: Bool, _ ctx: GenerationContext) -> [String] {
        let e = ExpressionGenerator(context: ctx)
        var lines: [String] = []
        if natives {
            lines.append("%PrepareFunctionForOptimization(\(f.name));")
            for _ in 0..<2 { lines.append("console.log(__key(\(f.name)(\(warmUpArguments(f, e)))));") }
            lines.append("%OptimizeFunctionOnNextCall(\(f.name));")
            lines.append("console.log(__key(\(f.name)(\(warmUpArguments(f, e)))));")
        } else {
            let result = ctx.freshName("r")
            let counter = ctx.freshName("k")
            ctx.scope.push()
            ctx.scope.declare(GeneratedVariable(name: counter, type: .int, isWritable: false))
            lines.append("let \(result);")
            lines.append("for (let \(counter) = 0; \(counter) < \(ctx.int(8...40)); \(counter)++) \(result) = \(f.name)(\(loopArguments(f, e, counter: counter)));")
            ctx.scope.pop()
            lines.append("console.log(__key(\(result)));")
        }
        for call in 0..<ctx.int(2...4) {
            if call > 0 && ctx.chance(1, in: 2) { lines += rewarm(f, natives: natives, e) }
            lines.append(guardedCall(f, changedArguments(f, e)))
        }
        // Each change of global state below meets `f` optimized again (a changed call may have
        // deoptimized it), so the code that assumed the old state is what runs next.
        if ctx.chance(1, in: 4), let callee = ctx.functions.first(where: { $0.name != f.name }) {
            // The callee's binding changes after the caller was optimized with it inlined.
            lines += rewarm(f, natives: natives, e)
            lines.append("\(callee.name) = function () { return __probe(\(e.literal(.int))); };")
            lines.append(guardedCall(f, warmUpArguments(f, e)))
        }
        if ctx.chance(1, in: 3), let object = ctx.scope.variables(of: .object).first {
            lines += rewarm(f, natives: natives, e)
            lines.append("\(object.name).\(ctx.pick(["z", "w", "x"])) = \(e.literal(.number));")
            lines.append(guardedCall(f, warmUpArguments(f, e)))
        }
        if ctx.chance(1, in: 6), f.parameters.contains(.intArray) {
            // Holes and out-of-bounds reads of arrays now find an element on the prototype.
            lines += rewarm(f, natives: natives, e)
            lines.append("Array.prototype[\(ctx.int(0...3))] = \(e.literal(.int));")
            lines.append(guardedCall(f, changedArguments(f, e)))
        }
        return lines
    }

    /// Makes a template's function hot with the template's warm-up calls, then makes each of
    /// its breaking calls, optimized again before each one after the first.
    private func driver(for template: SpeculationTemplate, natives: Bool, _ ctx: GenerationContext) -> [String] {
        let f = template.function.name
        let warmUp = template.warmUp
        var lines: [String] = []
        if natives {
            if let helper = template.opaqueHelper { lines.append("%NeverOptimizeFunction(\(helper));") }
            lines.append("%PrepareFunctionForOptimization(\(f));")
            lines += warmUp.map { "console.log(__key(\(f)(\($0))));" }
            lines.append("%OptimizeFunctionOnNextCall(\(f));")
            lines.append("console.log(__key(\(f)(\(warmUp[0]))));")
        } else {
            let result = ctx.freshName("r"), counter = ctx.freshName("k")
            lines.append("let \(result);")
            lines.append("for (let \(counter) = 0; \(counter) < \(ctx.int(4...20)); \(counter)++) { \(warmUp.map { "\(result) = \(f)(\($0));" }.joined(separator: " ")) }")
            lines.append("console.log(__key(\(result)));")
        }
        for (index, call) in template.breaking.enumerated() {
            if index > 0 { lines += rewarm(f, natives: natives, arguments: { ctx.pick(warmUp) }, ctx) }
            lines += call.setup
            lines.append(guardedCall(template.function, call.arguments))
        }
        return lines + template.cleanup
    }

    /// Optimizes `f` again after a changed call may have deoptimized it: the speculations
    /// the deoptimization did not touch come back, so the next changed call meets them.
    private func rewarm(_ f: GeneratedFunction, natives: Bool, _ e: ExpressionGenerator) -> [String] {
        rewarm(f.name, natives: natives, arguments: { warmUpArguments(f, e) }, e.context)
    }

    private func rewarm(_ name: String, natives: Bool, arguments: () -> String, _ ctx: GenerationContext) -> [String] {
        if natives {
            return ["\(name)(\(arguments()));", "%OptimizeFunctionOnNextCall(\(name));"]
        }
        let counter = ctx.freshName("k")
        return ["for (let \(counter) = 0; \(counter) < 3; \(counter)++) \(name)(\(arguments()));"]
    }

    /// A call of `f` whose result (or exception name) is printed.
    private func guardedCall(_ f: GeneratedFunction, _ arguments: String) -> String {
        "try { console.log(__key(\(f.name)(\(arguments)))); } catch (e) { console.log(e.name); }"
    }

    /// Warm-up arguments: two times in three an ordinary value (a small integer, a plain
    /// double, a packed array longer than any small integer, an object of one fixed shape), so
    /// the optimizer speculates narrowly and loops bounded by an integer argument stay in
    /// bounds; otherwise any expression of the parameter's type.
    private func warmUpArguments(_ f: GeneratedFunction, _ e: ExpressionGenerator) -> String {
        f.parameters.map { warmUpValue($0, e) }.joined(separator: ", ")
    }

    private func warmUpValue(_ type: ValueType, _ e: ExpressionGenerator) -> String {
        let ctx = e.context
        guard ctx.chance(2, in: 3) else { return e.expression(type) }
        switch type {
        case .int: return String(ctx.int(0...3))
        case .number: return "\(ctx.int(-9...9)).\(ctx.int(1...9))"
        case .intArray: return ctx.pick(EdgeValues.packedArrays)
        case .object: return "{x: \(ctx.int(0...3)), y: \(ctx.int(0...9)).5}"
        case .typedArray: return "new \(ctx.pick(EdgeValues.typedArrayKinds))(8)"
        default: return e.expression(type)
        }
    }

    /// Arguments for a hot loop: ordinary values, or for a number or int parameter sometimes a
    /// cycle through a few literals, edge values among them, so the optimized code itself sees
    /// -0, NaN or the int32 limits (a value that only arrives after the loop usually just
    /// deoptimizes).
    private func loopArguments(_ f: GeneratedFunction, _ e: ExpressionGenerator, counter: String) -> String {
        let ctx = e.context
        return f.parameters.map { type -> String in
            guard type == .int || type == .number, ctx.chance(1, in: 3) else { return warmUpValue(type, e) }
            let values = (0..<ctx.int(2...4)).map { _ in e.literal(type) }
            return "[\(values.joined(separator: ", "))][\(counter) % \(values.count)]"
        }.joined(separator: ", ")
    }

    /// Arguments that break the warm-up's assumptions: edge values, another type, the
    /// `valueOf` object, one global passed for two parameters (aliasing), or one argument too
    /// few or too many.
    private func changedArguments(_ f: GeneratedFunction, _ e: ExpressionGenerator) -> String {
        let ctx = e.context
        var args = f.parameters.map { type -> String in
            switch ctx.int(0...7) {
            case 0: return e.literal(ctx.pick(ValueType.allCases))
            case 1: return type == .int || type == .number ? "tricky" : e.literal(type)
            case 2, 3: return type == .int ? ctx.pick(EdgeValues.ints) : type == .number ? ctx.pick(EdgeValues.numbers) : e.leaf(type)
            default: return e.literal(type)
            }
        }
        if ctx.chance(1, in: 2), let alias = aliasedParameters(f, ctx),
           let global = ctx.scope.variables(of: f.parameters[alias.first]).first {
            // The same object or array for two parameters: stores through one are loads through the other.
            args[alias.first] = global.name
            args[alias.second] = global.name
        }
        if ctx.chance(1, in: 4) {
            if ctx.chance(1, in: 2) { args.removeLast() } else { args.append(e.literal(.int)) }
        }
        return args.joined(separator: ", ")
    }

    /// Two parameters of `f` of one reference type (objects or arrays), if it has them.
    private func aliasedParameters(_ f: GeneratedFunction, _ ctx: GenerationContext) -> (first: Int, second: Int)? {
        let pairs = f.parameters.indices.flatMap { i in
            f.parameters.indices.filter { j in
                j > i && f.parameters[i] == f.parameters[j] && f.parameters[i].isReference
            }.map { (first: i, second: $0) }
        }
        return ctx.random.element(of: pairs)
    }
}
