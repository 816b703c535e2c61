/// V8's natives syntax (`%Name(args)`, enabled by `--allow-natives-syntax`): the runtime
/// functions PoCs and mjsunit tests use to steer the optimizing tier.
public enum NativesSyntax {
    /// Natives this engine implements; any other `%Name` is rejected at compile time.
    public static let supported: Set<String> = [
        "PrepareFunctionForOptimization", "OptimizeFunctionOnNextCall", "NeverOptimizeFunction",
        "DeoptimizeFunction", "DeoptimizeNow", "OptimizeOsr", "IsBeingInterpreted", "GetOptimizationStatus",
        "ActiveTierIsTurbofan", "ActiveTierIsIgnition", "IsTurboFanned", "DebugPrint", "ClearFunctionFeedback",
        "BaselineOsr", "CompileBaseline", "OptimizeMaglevOnNextCall", "SetAllocationTimeout", "HasFastProperties",
        "HaveSameMap", "IsSmi", "ToFastProperties", "SystemBreak", "CollectGarbage", "Is64Bit",
        "PretenureAllocationSite", "NotifyContextDisposed", "GetUndetectable", "InLargeObjectSpace",
    ]

    /// V8's OptimizationStatus bits (as `%GetOptimizationStatus` returns them).
    public struct Status: OptionSet {
        public let rawValue: Int
        public init(rawValue: Int) { self.rawValue = rawValue }
        public static let isFunction = Status(rawValue: 1 << 0)
        public static let neverOptimize = Status(rawValue: 1 << 1)
        public static let alwaysOptimize = Status(rawValue: 1 << 2)
        public static let maybeDeopted = Status(rawValue: 1 << 3)
        public static let optimized = Status(rawValue: 1 << 4)
        public static let turboFanned = Status(rawValue: 1 << 5)
        public static let interpreted = Status(rawValue: 1 << 6)
        public static let markedForOptimization = Status(rawValue: 1 << 7)
    }
}

extension Interpreter {
    func callNative(_ name: String, _ args: [JSValue]) throws -> JSValue {
        let f = args.first?.asFunction
        let code = f?.codeBlock
        switch name {
        case "PrepareFunctionForOptimization":
            code?.optimizationState.preparedForOptimization = true
            return .undefined
        case "OptimizeFunctionOnNextCall", "OptimizeMaglevOnNextCall":
            guard let fn = f, let c = code else { return .undefined }
            if c.optimizationState.neverOptimize || fn.neverOptimize { return .undefined }
            c.optimizationState.optimizeOnNextCall = true
            if let hook = realm.tierUp, realm.options.optimize {
                _ = try hook.optimize(fn, realm: realm, reason: .nativesSyntax)
            }
            return .undefined
        case "NeverOptimizeFunction":
            code?.optimizationState.neverOptimize = true
            f?.neverOptimize = true
            return .undefined
        case "DeoptimizeFunction":
            if let fn = f, let hook = realm.tierUp { hook.deoptimize(fn, realm: realm) }
            return .undefined
        case "DeoptimizeNow":
            if let fn = frames.last?.function, let hook = realm.tierUp { hook.deoptimize(fn, realm: realm) }
            return .undefined
        case "OptimizeOsr":
            // As in V8: on-stack replacement of the calling frame's innermost running loop,
            // at its next back edge.
            if let c = frames.last?.code {
                c.osrState.requested = true
                scheduleNextOsrCheck(c)
            }
            return .undefined
        case "IsBeingInterpreted", "ActiveTierIsIgnition":
            return .bool(!(frames.last?.code.optimizationState.isOptimized ?? false))
        case "ActiveTierIsTurbofan":
            return .bool(frames.last?.code.optimizationState.isOptimized ?? false)
        case "IsTurboFanned":
            return .bool(code?.optimizationState.isOptimized ?? false)
        case "GetOptimizationStatus":
            var s: NativesSyntax.Status = []
            if let c = code {
                s.insert(.isFunction)
                if c.optimizationState.neverOptimize { s.insert(.neverOptimize) }
                if c.optimizationState.isOptimized { s.formUnion([.optimized, .turboFanned]) } else { s.insert(.interpreted) }
                if c.optimizationState.deoptCount > 0 { s.insert(.maybeDeopted) }
                if c.optimizationState.optimizeOnNextCall && !c.optimizationState.isOptimized { s.insert(.markedForOptimization) }
            }
            if realm.options.eagerOptimization { s.insert(.alwaysOptimize) }
            return .number(Double(s.rawValue))
        case "DebugPrint":
            realm.output.write(try args.map { try realm.toSwiftString($0) }.joined(separator: " "))
            return args.first ?? .undefined
        case "HasFastProperties":
            return .bool(!(args.first?.asObject?.shape.isDictionary ?? false))
        case "HaveSameMap":
            return .bool(args.count == 2 && args[0].asObject?.shape === args[1].asObject?.shape)
        case "IsSmi":
            if case .number(let d)? = args.first { return .bool(JSValue.isInt32(d)) }
            return .bool(false)
        case "Is64Bit":
            return .bool(true)
        case "GetUndetectable":
            return .object(realm.newObject())
        case "InLargeObjectSpace":
            return .bool(false)
        default:
            // ClearFunctionFeedback, CollectGarbage, ToFastProperties and friends have no observable effect here.
            return .undefined
        }
    }
}
