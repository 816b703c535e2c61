/// Small code shapes at which optimizing compilers make decisions that real JIT bugs have got
/// wrong, with typed holes the generator fills from the visible variables: folding `x * 0`,
/// `x >>> 0` and self-comparisons, ranges of masks, `min`/`max` and `expm1` with -0, shifts by
/// 32 and more, subtractions that value numbering may confuse, overflowing comparisons, loads
/// around stores that may alias, string and array searches, loops whose first iteration or
/// bounds a transformation may get wrong, and objects that escape after being stored. Each
/// result goes through `__probe`, so a wrong value is seen even when nothing prints it.
struct JITIdioms {
    let expressions: ExpressionGenerator
    var context: GenerationContext { expressions.context }

    /// An idiom expression of a number, int or boolean value.
    func expression() -> String {
        let ctx = context
        let e = expressions
        let a = e.leaf(.number), b = e.leaf(.number), i = e.leaf(.int), j = e.leaf(.int)
        switch ctx.int(0...15) {
        case 0: return ctx.chance(1, in: 2) ? "(\(a) * 0)" : "(0 * \(a))"
        case 1: return "Math.\(ctx.pick(["min", "max"]))(\(a), \(ctx.chance(1, in: 2) ? b : ctx.pick(["0", "-0"])))"
        case 2: return "Math.expm1(\(a))"
        case 3: return "(\(i) >>> 0)"
        case 4: return "((\(a) - \(b)) * 2 + (\(b) - \(a)))"
        case 5: return "(\(ctx.int(-9...9)) \(ctx.pick(["<<", ">>", ">>>"])) \(ctx.pick(["31", "32", "33", "-1", "64"])))"
        case 6: return "((\(i) & \(ctx.pick(["-4096", "-2", "-256"]))) \(ctx.pick([">=", "<", "==="])) \(ctx.pick(["4096", "0", "-1"])))"
        case 7: return "(\(i) + \(ctx.chance(1, in: 2) ? a : j))"
        case 8: return "((\(i) - \(j)) \(ctx.pick([">", "<", ">="])) 0)"
        case 9: return "(\(a) \(ctx.pick(["===", "!==", "==", "!="])) \(a))"
        case 10:
            let s = e.leaf(.string)
            return "(\(s).indexOf(\(ctx.pick(["\"a\"", "\"c\"", "\"\"", "\"z\""]))) \(ctx.pick(["<", "<=", "==="])) \(ctx.int(0...6)))"
        case 11: return "\(e.leaf(.intArray)).\(ctx.pick(["includes", "indexOf"]))(\(ctx.pick(["undefined", i, "NaN"])))"
        case 12:
            let o = e.leaf(.object), p = e.leaf(.object)
            return "(\(o).x + (\(p).x = \(i)) * 0 + \(o).x)"
        case 13: return "(\(i) * \(j))"
        case 14: return "(\(a) / \(ctx.pick(["0", "-0", b])))"
        default: return "(\(i) | 0) + (\(a) >= \(b) ? 1 : 0)"
        }
    }

    /// An idiom statement (loops over array bounds, a first iteration that may not run, an
    /// object stored and then changed), or nil when the variables it needs are not in scope.
    func statement(indent: String) -> [String]? {
        let ctx = context
        let e = expressions
        switch ctx.int(0...3) {
        case 0:
            guard let array = ctx.random.element(of: ctx.scope.variables(of: .intArray) + ctx.scope.variables(of: .typedArray)) else {
                return nil
            }
            let i = ctx.freshName("i")
            let head = ctx.pick([
                "for (let \(i) = 0; \(i) <= \(array.name).length; \(i)++)",
                "for (let \(i) = -1; \(i) < \(array.name).length; \(i)++)",
                "for (let \(i) = \(array.name).length; \(i) >= 0; \(i)--)",
            ])
            return ["\(indent)\(head) __probe(\(array.name)[\(i)]);"]
        case 1:
            let n = e.leaf(.int), c = ctx.freshName("c"), i = ctx.freshName("i")
            return ["\(indent)let \(c) = 0;",
                    "\(indent)for (let \(i) = 0; \(i) < Math.min(\(n), 6); \(i)++) \(c) += 2;",
                    "\(indent)__probe(\(c));"]
        case 2:
            guard let holder = ctx.random.element(of: ctx.scope.variables(of: .object)) else { return nil }
            let t = ctx.freshName("t")
            return ["\(indent)const \(t) = {a: \(e.leaf(.number)), b: 1};",
                    "\(indent)\(holder.name).inner = \(t);",
                    "\(indent)\(t).a = \(e.leaf(.int));",
                    "\(indent)__probe(\(holder.name).inner.a);"]
        default:
            let t = ctx.freshName("t")
            return ["\(indent)const \(t) = {a: 0, b: 1};",
                    "\(indent)\(t).a = \(e.leaf(.number));",
                    "\(indent)__probe(\(t).b + \(e.leaf(.object)).y + \(t).a);"]
        }
    }
}
