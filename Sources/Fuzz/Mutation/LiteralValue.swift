import JSEngine

/// A literal value as the mutators see it, whatever its spelling in the AST: `5`, `-5`
/// (a unary minus on a number), `NaN`, `Infinity`, `-Infinity` and `undefined` (identifiers),
/// strings, booleans and `null`.
enum LiteralValue: Equatable {
    case number(Double)
    case string([UInt16])
    case boolean(Bool)
    case null
    case undefined

    /// The values at the edges of the engine's number representations (int32, uint32, doubles).
    static let edgeNumbers: [Double] = [-0.0, .nan, .infinity, -.infinity, 2_147_483_647, 2_147_483_648, 4_294_967_295, -1]

    /// The literal an expression spells, if it is one.
    init?(_ e: Expression) {
        switch e.kind {
        case .number(let value): self = .number(value)
        case .string(let units): self = .string(units)
        case .boolean(let value): self = .boolean(value)
        case .null: self = .null
        case .identifier("NaN"): self = .number(.nan)
        case .identifier("Infinity"): self = .number(.infinity)
        case .identifier("undefined"): self = .undefined
        case .unary(.minus, let operand):
            guard case .number(let value)? = LiteralValue(operand), !value.isNaN else { return nil }
            self = .number(-value)
        default: return nil
        }
    }

    static func == (lhs: LiteralValue, rhs: LiteralValue) -> Bool {
        switch (lhs, rhs) {
        case (.number(let a), .number(let b)): return a.bitPattern == b.bitPattern || (a.isNaN && b.isNaN)
        case (.string(let a), .string(let b)): return a == b
        case (.boolean(let a), .boolean(let b)): return a == b
        case (.null, .null), (.undefined, .undefined): return true
        default: return false
        }
    }

    /// The expression that spells this value the way the parser would produce it from printed
    /// text (so a mutated AST equals the AST of its own printout): negative numbers, `-0` and
    /// `-Infinity` as a unary minus, `NaN`, `Infinity` and `undefined` as identifiers.
    func expression(at position: SourcePosition) -> Expression {
        switch self {
        case .number(let value):
            if value.isNaN { return Expression(.identifier("NaN"), at: position) }
            if value.sign == .minus {
                return Expression(.unary(.minus, LiteralValue.number(-value).expression(at: position)), at: position)
            }
            if value.isInfinite { return Expression(.identifier("Infinity"), at: position) }
            return Expression(.number(value), at: position)
        case .string(let units): return Expression(.string(units), at: position)
        case .boolean(let value): return Expression(.boolean(value), at: position)
        case .null: return Expression(.null, at: position)
        case .undefined: return Expression(.identifier("undefined"), at: position)
        }
    }
}

/// The range class of a number: the smallest integer width that holds it, or double.
enum NumberRangeClass: CaseIterable {
    case int8, int16, int32, double

    init(_ value: Double) {
        guard value.isFinite, value == value.rounded(.towardZero), !(value == 0 && value.sign == .minus) else {
            self = .double
            return
        }
        switch value {
        case -128...127: self = .int8
        case -32_768...32_767: self = .int16
        case -2_147_483_648...2_147_483_647: self = .int32
        default: self = .double
        }
    }

    /// A value drawn from the class's range.
    func draw(_ rng: inout SeededRandom) -> Double {
        switch self {
        case .int8: return Double(rng.int(in: -128...127))
        case .int16: return Double(rng.int(in: -32_768...32_767))
        case .int32: return Double(rng.int(in: -2_147_483_648...2_147_483_647))
        case .double:
            // A non-integral value of moderate magnitude with a few decimal digits.
            let whole = Double(rng.int(in: -1000...1000))
            let fraction = Double(rng.int(in: 1...999)) / 1000
            return whole + (whole < 0 ? -fraction : fraction)
        }
    }
}

/// Redrawing literal values and changing their type (the literal mutations).
extension LiteralValue {
    /// Short strings that a string literal is redrawn from.
    static let sampleStrings: [String] = ["", "dummy", "a", "0", "-1", "1.5", "length", "\u{00E9}"]

    /// Another value of the same kind: numbers within their range class (one time in four an
    /// edge value), other strings, the other boolean, `null` and `undefined` swapped.
    func redrawn(_ rng: inout SeededRandom) -> LiteralValue {
        switch self {
        case .number(let value):
            for _ in 0..<8 {
                let candidate: Double
                if rng.chance(1, in: 4) {
                    candidate = LiteralValue.edgeNumbers[rng.below(LiteralValue.edgeNumbers.count)]
                } else {
                    candidate = NumberRangeClass(value).draw(&rng)
                }
                if LiteralValue.number(candidate) != self { return .number(candidate) }
            }
            return .number(value == 1 ? 2 : 1)
        case .string(let units):
            let choices = LiteralValue.sampleStrings.map { Array($0.utf16) }.filter { $0 != units }
            return .string(choices[rng.below(choices.count)])
        case .boolean(let value):
            return .boolean(!value)
        case .null:
            return .undefined
        case .undefined:
            return .null
        }
    }

    /// The kinds of value a type change can produce.
    private enum Replacement: CaseIterable {
        case integer, double, string, boolean, null, undefined, emptyObject, emptyArray, valueOfObject
    }

    /// A value of a different type (as an expression): a number becomes a double, a string, an
    /// object whose `valueOf` returns it, `[]`, `null`...; a string becomes a number, and so on.
    func typeChanged(_ rng: inout SeededRandom, at position: SourcePosition) -> Expression {
        let number = numericValue
        let candidates = Replacement.allCases.filter { replacement in
            switch (self, replacement) {
            case (.number(let v), .integer): return NumberRangeClass(v) == .double
            case (.number(let v), .double): return NumberRangeClass(v) != .double
            case (.string, .string), (.boolean, .boolean), (.null, .null), (.undefined, .undefined): return false
            default: return true
            }
        }
        switch candidates[rng.below(candidates.count)] {
        case .integer:
            return LiteralValue.number(number.isFinite ? number.rounded(.towardZero) : 0).expression(at: position)
        case .double:
            return LiteralValue.number(number.isFinite ? number + 0.5 : 0.5).expression(at: position)
        case .string:
            return LiteralValue.string(Array(displayText.utf16)).expression(at: position)
        case .boolean:
            return LiteralValue.boolean(number != 0 && !number.isNaN).expression(at: position)
        case .null:
            return LiteralValue.null.expression(at: position)
        case .undefined:
            return LiteralValue.undefined.expression(at: position)
        case .emptyObject:
            return Expression(.object([]), at: position)
        case .emptyArray:
            return Expression(.array([]), at: position)
        case .valueOfObject:
            let result = LiteralValue.number(number.isNaN ? 1 : number).expression(at: position)
            let body = [Statement(.return(result), at: position)]
            let valueOf = FunctionNode(name: "valueOf", parameters: [], rest: nil, body: body, kind: .method,
                                       isStrict: false, position: position)
            return Expression(.object([.method(.identifier("valueOf"), valueOf)]), at: position)
        }
    }

    /// The value as a number, roughly as `Number(value)` would give it.
    private var numericValue: Double {
        switch self {
        case .number(let value): return value
        case .string(let units): return Double(String(decoding: units, as: UTF16.self)) ?? Double(units.count)
        case .boolean(let value): return value ? 1 : 0
        case .null: return 0
        case .undefined: return .nan
        }
    }

    /// The value as `String(value)` would print it.
    private var displayText: String {
        switch self {
        case .number(let value): return LiteralText.number(value) == "-0" ? "0" : LiteralText.number(value)
        case .string(let units): return String(decoding: units, as: UTF16.self)
        case .boolean(let value): return value ? "true" : "false"
        case .null: return "null"
        case .undefined: return "undefined"
        }
    }
}
