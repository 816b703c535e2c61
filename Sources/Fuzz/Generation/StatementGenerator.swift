/// Writes the statements of a generated function body: declarations, assignments, element
/// and field stores, shape changes, allocations that escape or stay local, branches, bounded
/// loops whose counters index arrays, and calls of earlier functions. Loops have constant
/// bounds or run to an array's length while the body never grows that array by more than a
/// constant, so every program terminates.
struct StatementGenerator {
    let context: GenerationContext
    var expressions: ExpressionGenerator { ExpressionGenerator(context: context) }

    /// `count` statements at `indent`, accumulating into the int variable `accumulator`.
    func statements(_ count: Int, indent: String, accumulator: String, loopDepth: Int) -> [String] {
        (0..<count).flatMap { _ in statement(indent: indent, accumulator: accumulator, loopDepth: loopDepth) }
    }

    private func statement(indent: String, accumulator: String, loopDepth: Int) -> [String] {
        let ctx = context
        let e = expressions
        // In an idiom-dense function, two statements in three are idioms (cases 14 to 21).
        let choice = ctx.idiomDense && ctx.chance(2, in: 3) ? ctx.int(14...21) : ctx.int(0...21)
        switch choice {
        case 0, 1:
            let type = ctx.pick([ValueType.int, .int, .number, .boolean, .string, .intArray, .object])
            let name = ctx.freshName("v")
            let line = "\(indent)let \(name) = \(e.expression(type));"
            ctx.scope.declare(GeneratedVariable(name: name, type: type, isWritable: true))
            return [line]
        case 2:
            let type = ctx.pick([ValueType.int, .number, .boolean, .string])
            guard let target = ctx.random.element(of: ctx.scope.writableVariables(of: type)) else {
                return ["\(indent)\(accumulator) += \(e.expression(.int));"]
            }
            return ["\(indent)\(target.name) = \(e.expression(type));"]
        case 3, 4:
            return ["\(indent)\(accumulator) \(ctx.pick(["+=", "^=", "|=", "-="])) \(e.expression(.int));"]
        case 5:
            // A constant index: a store may grow the array, but only up to four elements, so a
            // loop running to the array's length still ends.
            let array = e.leaf(.intArray)
            guard array.first?.isLetter == true else { return [] }
            return ["\(indent)\(array)[\(ctx.int(0...3))] = \(e.expression(ctx.pick([.int, .number])));"]
        case 6:
            let array = e.leaf(.typedArray)
            guard array.first?.isLetter == true else { return [] }
            return ["\(indent)\(array)[\(e.index())] = \(e.expression(.number));"]
        case 7:
            let object = e.leaf(.object)
            guard object.first?.isLetter == true else { return [] }
            let field = ctx.pick(["x", "x", "y", "z", "w"])
            let value = field == "y" ? e.expression(.number) : e.expression(.int)
            return ["\(indent)\(object).\(field) = \(value);"]
        case 8:
            return allocation(indent: indent, accumulator: accumulator)
        case 9:
            return branch(indent: indent, accumulator: accumulator, loopDepth: loopDepth)
        case 14, 15:
            // A value probe: the intermediate value becomes part of the probe log.
            let value = ctx.chance(1, in: 2) ? JITIdioms(expressions: e).expression()
                                             : e.shallow(ctx.pick([.int, .number, .number, .boolean]))
            return ["\(indent)__probe(\(value));"]
        case 16, 17:
            return JITIdioms(expressions: e).statement(indent: indent) ?? ["\(indent)__probe(\(JITIdioms(expressions: e).expression()));"]
        case 18, 19:
            return MemoryIdioms(expressions: e).statement(indent: indent) ?? ["\(indent)__probe(\(JITIdioms(expressions: e).expression()));"]
        case 20, 21:
            return LoopIdioms(expressions: e).statement(indent: indent, accumulator: accumulator)
                ?? ["\(indent)\(accumulator) += \(e.expression(.int));"]
        case 10, 11:
            return loopDepth < 2 ? loop(indent: indent, accumulator: accumulator, loopDepth: loopDepth)
                                 : ["\(indent)\(accumulator) += \(e.expression(.int));"]
        default:
            return call(indent: indent, accumulator: accumulator)
        }
    }

    /// An object allocation that stays local (its fields are read) or escapes (into a global,
    /// into another object, or into an array).
    private func allocation(indent: String, accumulator: String) -> [String] {
        let ctx = context
        let e = expressions
        let name = ctx.freshName("o")
        var lines = ["\(indent)let \(name) = \(e.objectLiteral());"]
        switch ctx.int(0...3) {
        case 0: lines.append("\(indent)escaped = \(name);")
        case 1:
            if let holder = ctx.random.element(of: ctx.scope.variables(of: .object)) {
                lines.append("\(indent)\(holder.name).inner = \(name);")
            }
        case 2: lines.append("\(indent)\(name).x = \(e.expression(.int));")
        default: break
        }
        lines.append("\(indent)\(accumulator) += \(name).x | 0;")
        ctx.scope.declare(GeneratedVariable(name: name, type: .object, isWritable: true))
        return lines
    }

    private func branch(indent: String, accumulator: String, loopDepth: Int) -> [String] {
        let ctx = context
        var lines = ["\(indent)if (\(expressions.expression(.boolean))) {"]
        ctx.scope.push()
        lines += statements(ctx.int(1...2), indent: indent + "  ", accumulator: accumulator, loopDepth: loopDepth)
        ctx.scope.pop()
        if ctx.chance(1, in: 2) {
            lines.append("\(indent)} else {")
            ctx.scope.push()
            lines += statements(ctx.int(1...2), indent: indent + "  ", accumulator: accumulator, loopDepth: loopDepth)
            ctx.scope.pop()
        }
        lines.append("\(indent)}")
        return lines
    }

    /// A counted loop: to a constant, or over an array's length (strict or, to tempt bounds
    /// check elimination, inclusive), counting up or down.
    private func loop(indent: String, accumulator: String, loopDepth: Int) -> [String] {
        let ctx = context
        let counter = ctx.freshName("i")
        let arrays = ctx.scope.variables(of: .intArray) + ctx.scope.variables(of: .typedArray)
        let head: String
        if let array = ctx.random.element(of: arrays), ctx.chance(2, in: 3) {
            switch ctx.int(0...3) {
            case 0: head = "for (let \(counter) = 0; \(counter) <= \(array.name).length; \(counter)++)"
            case 1: head = "for (let \(counter) = \(array.name).length - 1; \(counter) >= 0; \(counter)--)"
            default: head = "for (let \(counter) = 0; \(counter) < \(array.name).length; \(counter)++)"
            }
        } else {
            let bound = ctx.int(0...6)
            head = ctx.chance(1, in: 4)
                ? "for (let \(counter) = \(bound); \(counter) > 0; \(counter)--)"
                : "for (let \(counter) = 0; \(counter) < \(bound); \(counter)++)"
        }
        ctx.scope.push()
        ctx.scope.declare(GeneratedVariable(name: counter, type: .int, isWritable: false))
        var lines = ["\(indent)\(head) {"]
        lines += statements(ctx.int(1...3), indent: indent + "  ", accumulator: accumulator, loopDepth: loopDepth + 1)
        lines.append("\(indent)}")
        ctx.scope.pop()
        return lines
    }

    /// A call of an earlier generated function, its result folded into the accumulator.
    private func call(indent: String, accumulator: String) -> [String] {
        let ctx = context
        guard let callee = ctx.random.element(of: ctx.functions) else {
            return ["\(indent)\(accumulator) += \(expressions.expression(.int));"]
        }
        var args = callee.parameters.map { expressions.expression($0) }
        // Sometimes one argument short: the missing parameter must read as undefined.
        if args.count > 1 && ctx.chance(1, in: 4) { args.removeLast() }
        let use = callee.returns == .int || callee.returns == .number ? "" : " ? 1 : 0"
        return ["\(indent)\(accumulator) += (\(callee.name)(\(args.joined(separator: ", ")))\(use)) | 0;"]
    }
}
