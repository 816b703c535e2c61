/// Small code shapes at which optimizing compilers make decisions that real JIT bugs have got
/// wrong, with typed holes the generator fills from the visible variables: folding `x * 0`,
/// `x >>> 0` and self-comparisons, ranges of masks, `min`/`max` and `expm1` with -0, shifts by
/// 32 and more, subtractions that value numbering may confuse, overflowing comparisons, loads
/// around stores that may alias, string and array searches, loops whose first iteration or
/// bounds a transformation may get wrong, objects that escape after being stored, -0 tests of
/// operations that may produce -0, searches and masks compared with the edges of their
/// ranges, arithmetic against the int32 limits, and power-of-two moduli. Each
/// result goes through `__probe`, so a wrong value is seen even when nothing prints it.
struct JITIdioms {
    let expressions: ExpressionGenerator
    var context: GenerationContext { expressions.context }

    /// An idiom expression of a number, int or boolean value.
    func expression() -> String {
        let ctx = context
        let e = expressions
        let a = e.argument(.number), b = e.leaf(.number), i = e.argument(.int), j = e.leaf(.int)
        switch ctx.int(0...19) {
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
            let s = e.argument(.string)
            return "(\(s).indexOf(\(ctx.pick(["\"a\"", "\"c\"", "\"\"", "\"z\""]))) \(ctx.pick(["<", "<=", "==="])) \(ctx.int(0...6)))"
        case 11: return "\(e.argument(.intArray)).\(ctx.pick(["includes", "indexOf"]))(\(ctx.pick(["undefined", i, "NaN"])))"
        case 12:
            let o = e.argument(.object), p = e.argument(.object)
            return "(\(o).x + (\(p).x = \(i)) * 0 + \(o).x)"
        case 13: return "(\(i) * \(j))"
        case 14: return "(\(a) / \(ctx.pick(["0", "-0", b])))"
        case 15:
            // A -0 test of an operation that may produce -0: what typing a result as "never
            // -0" must get right.
            let source = ctx.pick(["Math.expm1(\(a))", "Math.min(\(a), 0)", "Math.max(\(a), -1)", "(\(a) * 0)",
                                   "Math.round(\(a))", "(-(\(i)))", "(\(i) % 4)", "Math.\(ctx.pick(["min", "max"]))(\(a), \(b))"])
            return ctx.chance(1, in: 2) ? "Object.is(\(source), -0)" : "(1 / \(source) < 0)"
        case 16:
            // A search result compared with the edges of its range, in a string of known length.
            let literal = ctx.pick(EdgeValues.strings)
            let length = literal.count - 2
            return "(\(literal).\(ctx.pick(["indexOf", "lastIndexOf"]))(\(e.argument(.string))) \(ctx.pick(["===", ">=", ">"])) \(ctx.pick([length, length - 1])))"
        case 17:
            // Arithmetic against the int32 limits: small warm-up values never overflow.
            let limit = ctx.pick(["2147483647", "-2147483648", "1073741824", "2147483646"])
            return "((\(i) \(ctx.pick(["-", "+"])) \(limit)) \(ctx.pick(["<", ">", ">="])) 0)"
        case 18:
            // A mask with a negative constant, compared with what the mask keeps.
            let mask = ctx.pick(["-8", "-4096", "-2", "-65536"])
            return "((\(i) & \(mask)) \(ctx.pick([">", ">=", "!==", "<"])) \(ctx.pick(["0", "8", "-8"])))"
        case 19: return "(\(i) % \(ctx.pick(["2", "4", "8", "16", "1024"])))"
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
            let n = e.argument(.int), c = ctx.freshName("c"), i = ctx.freshName("i")
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
