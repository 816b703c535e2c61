/// Statement shapes around memory where load elimination, value numbering, check elimination,
/// dead-code elimination and the scheduler decide whether a value read once may be reused:
/// a field or element read, then something that may write it (a store through a reference
/// that may alias, a call of an earlier function, a shape change taken only for some
/// argument values, a store that changes an array's elements kind, `push`/`pop`), then the
/// same read again. Also a field read whose value is unused (a getter may count it) and a
/// block of many simultaneously live values (register pressure). Results go through
/// `__probe`, so a stale reuse shows as a different probe log.
struct MemoryIdioms {
    let expressions: ExpressionGenerator
    var context: GenerationContext { expressions.context }

    /// One idiom at `indent`, or nil when the variables it needs are not in scope. Arrays
    /// end each idiom with the length they had, so loops over their lengths still end.
    func statement(indent: String) -> [String]? {
        switch context.int(0...7) {
        case 0, 1: return fieldReload(indent: indent)
        case 2: return conditionalShapeChange(indent: indent)
        case 3, 4: return elementReload(indent: indent)
        case 5: return lengthAcrossPushOrPop(indent: indent)
        case 6: return unusedLoad(indent: indent)
        default: return registerPressure(indent: indent)
        }
    }

    /// `t = o.x; <write>; __probe(t + o.x)`: the write is a store through `o` or through
    /// another object that may be the same one, or a call of an earlier function.
    private func fieldReload(indent: String) -> [String]? {
        let ctx = context
        let e = expressions
        guard let object = e.variable(.object) else { return nil }
        let field = ctx.pick(["x", "x", "y"])
        let t = ctx.freshName("t")
        var lines = ["\(indent)const \(t) = \(object).\(field);"]
        switch ctx.int(0...2) {
        case 0:
            let other = ctx.chance(1, in: 2) ? object : (e.variable(.object) ?? object)
            lines.append("\(indent)\(other).\(field) = \(e.shallow(field == "y" ? .number : .int));")
        case 1:
            guard let callee = ctx.random.element(of: ctx.functions.filter { $0.parameters.contains(.object) }) else {
                lines.append("\(indent)\(object).\(field) = \(e.shallow(.int));")
                break
            }
            let arguments = callee.parameters.map { $0 == .object ? object : e.shallow($0) }
            lines.append("\(indent)\(callee.name)(\(arguments.joined(separator: ", ")));")
        default:
            lines += conditionalShapeChange(indent: indent, object: object) ?? []
        }
        lines.append("\(indent)__probe(\(t) + \(object).\(field));")
        return lines
    }

    /// `if (n > K) { delete o.x; o.x = n; }` or a field that changes representation: a shape
    /// change the warm-up (small arguments) never takes.
    private func conditionalShapeChange(indent: String, object: String? = nil) -> [String]? {
        let ctx = context
        let e = expressions
        guard let target = object ?? e.variable(.object) else { return nil }
        let n = e.argument(.int)
        let change = ctx.chance(1, in: 2)
            ? "delete \(target).x; \(target).x = \(n);"
            : "\(target).\(ctx.pick(["x", "w"])) = \(ctx.pick(["0.5", "-0", "\"s\"", "null"]));"
        return ["\(indent)if (\(n) > \(ctx.pick(["2", "9", "100"]))) { \(change) }"]
    }

    /// `t = a[i]; b[j] = v; __probe(t + a[i])`, where `b` may be `a`, `j` may equal `i`, and
    /// `v` may be a double or a string (an elements-kind transition).
    private func elementReload(indent: String) -> [String]? {
        let ctx = context
        let e = expressions
        guard let array = e.variable(.intArray) else { return nil }
        let other = ctx.chance(1, in: 2) ? array : (e.variable(.intArray) ?? array)
        let i = e.index(), j = ctx.chance(1, in: 3) ? i : e.index()
        let value = ctx.chance(1, in: 3) ? ctx.pick(["0.5", "-0", "\"s\"", "NaN"]) : e.shallow(.int)
        let t = ctx.freshName("t")
        // Stores only to indices that exist or are small, so the array grows by a constant at most.
        return ["\(indent)const \(t) = \(array)[\(i)];",
                "\(indent)if ((\(j)) >= 0 && (\(j)) < 4) \(other)[\(j)] = \(value);",
                "\(indent)__probe(\(t) + \(array)[\(i)]);"]
    }

    /// The length and an element read around `push` or `pop`; the idiom restores the
    /// length it found.
    private func lengthAcrossPushOrPop(indent: String) -> [String]? {
        let ctx = context
        let e = expressions
        guard let array = e.variable(.intArray) else { return nil }
        let n = ctx.freshName("n")
        if ctx.chance(1, in: 2) {
            return ["\(indent)const \(n) = \(array).length;",
                    "\(indent)\(array).push(\(e.shallow(.int)));",
                    "\(indent)__probe(\(n) + \(array).length + (\(array)[\(n)] | 0));",
                    "\(indent)\(array).pop();"]
        }
        let first = ctx.freshName("t"), last = ctx.freshName("t")
        return ["\(indent)const \(first) = \(array)[0], \(n) = \(array).length;",
                "\(indent)const \(last) = \(array).pop();",
                "\(indent)__probe(\(first) + \(array).length + \(array)[\(ctx.int(0...2))]);",
                "\(indent)if (\(n) > 0) \(array).push(\(last));"]
    }

    /// A field read for nothing but its effect: a getter it runs counts its calls.
    private func unusedLoad(indent: String) -> [String]? {
        guard let object = expressions.variable(.object) else { return nil }
        return ["\(indent)\(object).\(context.pick(["x", "y"]));"]
    }

    /// Many values live at once, combined at the end: more than the register file holds.
    private func registerPressure(indent: String) -> [String]? {
        let ctx = context
        let e = expressions
        let names = (0..<ctx.int(8...12)).map { _ in ctx.freshName("r") }
        var lines = names.enumerated().map { k, name in
            "\(indent)const \(name) = \(e.leaf(ctx.pick([.int, .number]))) \(ctx.pick(["+", "*", "-"])) \(k + 1);"
        }
        let sum = names.enumerated().map { k, name in k % 2 == 0 ? name : "\(name) * \(names[names.count - 1 - k])" }
        lines.append("\(indent)__probe(\(sum.joined(separator: " + ")));")
        return lines
    }
}
