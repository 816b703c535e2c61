extension Builtins {
    /// Installs ArrayBuffer, the hidden %TypedArray% constructor and prototype (shared methods and
    /// getters), and the nine concrete typed array constructors with their prototypes.
    static func installTypedArrays(_ realm: Realm) {
        installArrayBuffer(realm)
        let baseProto = JSObject(proto: realm.objectPrototype)
        let base = realm.makeNative("TypedArray", length: 0, constructible: true) { realm, _, _, _ in
            throw realm.typeError("Abstract class TypedArray not directly constructable")
        }
        base.define("prototype", .object(baseProto), [])
        baseProto.define("constructor", .object(base))
        installTypedArrayStatics(realm, base)
        let staging = JSObject(proto: nil)
        installTypedArrayPrototype(realm, staging)
        ArrayOps.moveProperties(from: staging, to: baseProto, order: [
            "buffer", "byteLength", "byteOffset", "length", "entries", "keys", "values", "at", "copyWithin", "every",
            "fill", "filter", "find", "findIndex", "findLast", "findLastIndex", "forEach", "includes", "indexOf",
            "join", "lastIndexOf", "map", "reverse", "reduce", "reduceRight", "set", "slice", "some", "sort",
            "subarray", "toLocaleString", "toString", "toReversed", "toSorted", "with"])
        realm.typedArrayLengthGetter = (baseProto.getOwn(.name(JSArray.lengthKey))?.value.asObject as? AccessorPair)?.getter

        for kind in TypedArrayKind.allCases {
            let proto = JSObject(proto: baseProto)
            realm.typedArrayPrototypes[kind] = proto
            let c = constructor(realm, kind.constructorName, length: 3, prototype: proto) { realm, _, args, newTarget in
                guard let nt = newTarget else { throw realm.typeError("Constructor \(kind.constructorName) requires 'new'") }
                var p = realm.typedArrayPrototypes[kind] ?? baseProto
                if ObjectIdentifier(nt) != ObjectIdentifier(realm.typedArrayConstructors[kind] ?? nt),
                   case .object(let np) = try realm.get(nt, "prototype") {
                    p = np
                }
                return .object(try TypedArrayOps.construct(realm, kind, args, proto: p))
            }
            _ = realm.setPrototype(c, base)
            c.define("BYTES_PER_ELEMENT", .number(Double(kind.bytesPerElement)), [])
            proto.define("BYTES_PER_ELEMENT", .number(Double(kind.bytesPerElement)), [])
            realm.typedArrayConstructors[kind] = c
        }
    }

    private static func installArrayBuffer(_ realm: Realm) {
        let proto = realm.arrayBufferPrototype!
        let ctor = constructor(realm, "ArrayBuffer", length: 1, prototype: proto) { realm, _, args, newTarget in
            guard let nt = newTarget else { throw realm.typeError("Constructor ArrayBuffer requires 'new'") }
            let n = try realm.toInteger(args[arg: 0])
            guard n >= 0, n <= 2147483647 else { throw realm.rangeError("Invalid array buffer length") }
            var p: JSObject = realm.arrayBufferPrototype
            if case .object(let np) = try realm.get(nt, "prototype") { p = np }
            return .object(JSArrayBuffer(byteLength: try TypedArrayOps.allocatableByteLength(realm, n), proto: p))
        }
        realm.method(ctor, "isView", 1) { _, _, args, _ in .bool(args[arg: 0].asObject is JSTypedArray) }
        realm.getter(proto, "byteLength") { realm, this, _, _ in
            guard let b = this.asObject as? JSArrayBuffer else {
                throw realm.typeError("Method ArrayBuffer.prototype.byteLength called on incompatible receiver \(MapAndSetOps.describeReceiver(realm, this))")
            }
            return .number(Double(b.bytes.count))
        }
        realm.method(proto, "slice", 2) { realm, this, args, _ in
            guard let b = this.asObject as? JSArrayBuffer else {
                throw realm.typeError("Method ArrayBuffer.prototype.slice called on incompatible receiver \(MapAndSetOps.describeReceiver(realm, this))")
            }
            let len = Double(b.bytes.count)
            let first = try ArrayOps.relativeIndex(realm, args[arg: 0], len, default: 0)
            let fin = try ArrayOps.relativeIndex(realm, args[arg: 1], len, default: len)
            let count = max(fin - first, 0)
            let r = JSArrayBuffer(byteLength: Int(count), proto: realm.arrayBufferPrototype)
            if count > 0 { r.bytes.replaceSubrange(0..<Int(count), with: b.bytes[Int(first)..<Int(first + count)]) }
            return .object(r)
        }
    }

    private static func installTypedArrayStatics(_ realm: Realm, _ base: JSFunction) {
        realm.method(base, "of", 0) { realm, this, args, _ in
            guard let kind = TypedArrayOps.kind(ofConstructor: this, realm) else {
                throw realm.typeError("\(realm.describeForError(this)) is not a constructor")
            }
            let t = try TypedArrayOps.create(realm, kind, args.count)
            for (i, v) in args.enumerated() { try TypedArrayOps.put(realm, t, i, v) }
            return .object(t)
        }
        realm.method(base, "from", 1) { realm, this, args, _ in
            guard let kind = TypedArrayOps.kind(ofConstructor: this, realm) else {
                throw realm.typeError("\(realm.describeForError(this)) is not a constructor")
            }
            var mapper: JSObject? = nil
            if !args[arg: 1].isUndefined { mapper = try ArrayOps.callback(realm, args[arg: 1]) }
            let source = args[arg: 0]
            var values: [JSValue]
            if ArrayOps.isIterable(source) {
                values = try realm.iterableToList(source)
            } else {
                let o = try realm.toObject(source)
                let len = try ArrayOps.length(realm, o)
                values = []
                var k = 0.0
                while k < len { values.append(try ArrayOps.get(realm, o, k)); k += 1 }
            }
            if let m = mapper {
                for i in values.indices {
                    values[i] = try realm.interpreter.call(m, this: args[arg: 2], args: [values[i], .number(Double(i))])
                }
            }
            let t = try TypedArrayOps.create(realm, kind, values.count)
            for (i, v) in values.enumerated() { try TypedArrayOps.put(realm, t, i, v) }
            return .object(t)
        }
    }
}

/// Typed array creation and element access shared by the constructors and prototype methods.
enum TypedArrayOps {
    /// Largest element count accepted (V8's limit for typed array lengths on 64-bit).
    static let maxLength = 4294967296.0

    static func kind(ofConstructor v: JSValue, _ realm: Realm) -> TypedArrayKind? {
        guard case .object(let o) = v else { return nil }
        for (k, c) in realm.typedArrayConstructors where c === o { return k }
        return nil
    }

    /// `bytes` as a buffer size this run may allocate: a buffer larger than the run's heap
    /// budget (`--max-heap-mb`) is refused with the RangeError node gives when an allocation
    /// fails, instead of the process dying in the allocator.
    static func allocatableByteLength(_ realm: Realm, _ bytes: Double) throws -> Int {
        let budget = Double(realm.options.maxHeapMB) * 1048576
        guard bytes >= 0, bytes <= budget else { throw realm.rangeError("Array buffer allocation failed") }
        return Int(bytes)
    }

    /// A new zero-filled typed array of `kind` with its own buffer.
    static func create(_ realm: Realm, _ kind: TypedArrayKind, _ length: Int, proto: JSObject? = nil) throws -> JSTypedArray {
        let bytes = try allocatableByteLength(realm, Double(length) * Double(kind.bytesPerElement))
        let buffer = JSArrayBuffer(byteLength: bytes, proto: realm.arrayBufferPrototype)
        return JSTypedArray(kind: kind, buffer: buffer, byteOffset: 0, length: length,
                            proto: proto ?? realm.typedArrayPrototypes[kind] ?? realm.objectPrototype)
    }

    /// Stores a JS value at `i` (ToNumber first; out-of-bounds writes are ignored).
    @inline(__always) static func put(_ realm: Realm, _ t: JSTypedArray, _ i: Int, _ v: JSValue) throws {
        let d = try realm.toNumber(v)
        if i >= 0 && i < t.length { t.store(i, d) }
    }

    /// ToIndex with V8's typed-array-length message.
    static func toIndex(_ realm: Realm, _ v: JSValue, _ message: (Double) -> String) throws -> Double {
        let d = try realm.toInteger(v)
        if d < 0 || d > 9007199254740991 { throw realm.rangeError(message(d)) }
        return d
    }

    /// The typed array constructors' argument handling.
    static func construct(_ realm: Realm, _ kind: TypedArrayKind, _ args: [JSValue], proto: JSObject) throws -> JSTypedArray {
        let first = args[arg: 0]
        let bpe = kind.bytesPerElement
        guard case .object(let o) = first else {
            let n = try toIndex(realm, first) { "Invalid typed array length: \(realm.numberString($0).string)" }
            if n > maxLength { throw realm.rangeError("Invalid typed array length: \(realm.numberString(n).string)") }
            return try create(realm, kind, Int(n), proto: proto)
        }
        if let buffer = o as? JSArrayBuffer {
            let offset = try toIndex(realm, args[arg: 1]) { "Start offset \(realm.numberString($0).string) is outside the bounds of the buffer" }
            if Int(offset) % bpe != 0 {
                throw realm.rangeError("start offset of \(kind.constructorName) should be a multiple of \(bpe)")
            }
            let bufLen = buffer.bytes.count
            let length: Int
            if args[arg: 2].isUndefined {
                if bufLen % bpe != 0 {
                    throw realm.rangeError("byte length of \(kind.constructorName) should be a multiple of \(bpe)")
                }
                if offset > Double(bufLen) {
                    throw realm.rangeError("Start offset \(realm.numberString(offset).string) is outside the bounds of the buffer")
                }
                length = (bufLen - Int(offset)) / bpe
            } else {
                let n = try toIndex(realm, args[arg: 2]) { "Invalid typed array length: \(realm.numberString($0).string)" }
                if offset + n * Double(bpe) > Double(bufLen) {
                    throw realm.rangeError("Invalid typed array length: \(realm.numberString(n).string)")
                }
                length = Int(n)
            }
            return JSTypedArray(kind: kind, buffer: buffer, byteOffset: Int(offset), length: length, proto: proto)
        }
        if let src = o as? JSTypedArray {
            let t = try create(realm, kind, src.length, proto: proto)
            for i in 0..<src.length { t.store(i, src.load(i)) }
            return t
        }
        var values: [JSValue]
        if ArrayOps.isIterable(first) {
            values = try realm.iterableToList(first)
        } else {
            let len = try ArrayOps.length(realm, o)
            if len > maxLength { throw realm.rangeError("Invalid typed array length: \(realm.numberString(len).string)") }
            values = []
            var k = 0.0
            while k < len { values.append(try ArrayOps.get(realm, o, k)); k += 1 }
        }
        let t = try create(realm, kind, values.count, proto: proto)
        for (i, v) in values.enumerated() { try put(realm, t, i, v) }
        return t
    }
}
