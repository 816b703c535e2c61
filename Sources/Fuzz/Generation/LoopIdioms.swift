/// Loops whose bounds or bodies depend on the function's arguments, so the optimized code
/// meets iteration spaces its warm-up never did: a start that may be negative (bounds-check
/// elimination must prove the lower bound too), an inclusive bound left early by a break
/// (the last index is out of bounds), an empty range (a peeled first iteration must still
/// test the condition), a field loaded in a loop that stores it (code motion must not hoist
/// the load), and an invariant field load in a loop that may not run (a hoisted load must
/// stay behind its shape check). Every bound is masked small or is an array's length.
struct LoopIdioms {
    let expressions: ExpressionGenerator
    var context: GenerationContext { expressions.context }

    /// One loop at `indent` accumulating into `accumulator`, or nil when the variables it
    /// needs are not in scope.
    func statement(indent: String, accumulator: String) -> [String]? {
        let ctx = context
        let e = expressions
        let i = ctx.freshName("i")
        let n = e.argument(.int)
        let array = e.variable(ctx.pick([.intArray, .intArray, .typedArray]))
        switch ctx.int(0...4) {
        case 0:
            guard let a = array else { return nil }
            return ["\(indent)for (let \(i) = \(n) % \(ctx.pick(["2", "4", "8"])); \(i) < \(a).length; \(i)++) \(accumulator) += \(a)[\(i)] | 0;"]
        case 1:
            guard let a = array else { return nil }
            return ["\(indent)for (let \(i) = 0; \(i) <= \(a).length; \(i)++) {",
                    "\(indent)  if (\(i) > \(n)) break;",
                    "\(indent)  \(accumulator) += \(a)[\(i)] | 0;",
                    "\(indent)}"]
        case 2:
            guard let a = array else { return nil }
            let m = e.argument(.int)
            return ["\(indent)for (let \(i) = \(n) & 3; \(i) < (\(m) & 3); \(i)++) \(accumulator) += \(a)[\(i)] | 0;"]
        case 3:
            guard let o = e.variable(.object) else { return nil }
            return ["\(indent)for (let \(i) = 0; \(i) < (\(n) & 7); \(i)++) {",
                    "\(indent)  \(accumulator) += \(o).x | 0;",
                    "\(indent)  \(o).x = \(i);",
                    "\(indent)}"]
        default:
            guard let o = e.variable(.object) else { return nil }
            return ["\(indent)for (let \(i) = 0; \(i) < (\(n) & 7); \(i)++) \(accumulator) += \(o).\(ctx.pick(["x", "y"])) | 0;"]
        }
    }
}
