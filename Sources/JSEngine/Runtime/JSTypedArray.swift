import Foundation

/// The element type of a typed array.
public enum TypedArrayKind: Int, CaseIterable, Hashable, Sendable, CustomStringConvertible {
    case int8, uint8, uint8Clamped, int16, uint16, int32, uint32, float32, float64

    public var bytesPerElement: Int {
        switch self {
        case .int8, .uint8, .uint8Clamped: return 1
        case .int16, .uint16: return 2
        case .int32, .uint32, .float32: return 4
        case .float64: return 8
        }
    }

    public var constructorName: String {
        switch self {
        case .int8: return "Int8Array"
        case .uint8: return "Uint8Array"
        case .uint8Clamped: return "Uint8ClampedArray"
        case .int16: return "Int16Array"
        case .uint16: return "Uint16Array"
        case .int32: return "Int32Array"
        case .uint32: return "Uint32Array"
        case .float32: return "Float32Array"
        case .float64: return "Float64Array"
        }
    }

    public var description: String { constructorName }
}

/// An ArrayBuffer: a fixed-size block of bytes shared by the typed arrays viewing it.
public final class JSArrayBuffer: JSObject {
    public var bytes: [UInt8]
    public init(byteLength: Int, proto: JSObject) {
        bytes = [UInt8](repeating: 0, count: byteLength)
        super.init(proto: proto)
    }
    public override var objectClass: ObjectClass { .arrayBuffer }
}

/// A typed array: a view of `length` elements of one `TypedArrayKind` into a buffer.
/// Integer-indexed access converts and wraps values as the spec requires; reads out of
/// bounds give undefined and writes out of bounds are ignored.
public final class JSTypedArray: JSObject {
    public let kind: TypedArrayKind
    public let buffer: JSArrayBuffer
    public let byteOffset: Int
    public let length: Int

    public init(kind: TypedArrayKind, buffer: JSArrayBuffer, byteOffset: Int, length: Int, proto: JSObject) {
        self.kind = kind
        self.buffer = buffer
        self.byteOffset = byteOffset
        self.length = length
        super.init(proto: proto)
    }

    public override var objectClass: ObjectClass { .typedArray }

    /// Reads element `i` (caller checks 0 <= i < length).
    @inline(__always) public func load(_ i: Int) -> Double {
        let off = byteOffset + i * kind.bytesPerElement
        return buffer.bytes.withUnsafeBytes { raw -> Double in
            switch kind {
            case .int8: return Double(raw.load(fromByteOffset: off, as: Int8.self))
            case .uint8, .uint8Clamped: return Double(raw.load(fromByteOffset: off, as: UInt8.self))
            case .int16: return Double(raw.loadUnaligned(fromByteOffset: off, as: Int16.self))
            case .uint16: return Double(raw.loadUnaligned(fromByteOffset: off, as: UInt16.self))
            case .int32: return Double(raw.loadUnaligned(fromByteOffset: off, as: Int32.self))
            case .uint32: return Double(raw.loadUnaligned(fromByteOffset: off, as: UInt32.self))
            case .float32: return Double(raw.loadUnaligned(fromByteOffset: off, as: Float.self))
            case .float64: return raw.loadUnaligned(fromByteOffset: off, as: Double.self)
            }
        }
    }

    /// Writes element `i` from a number already converted with ToNumber (caller checks bounds).
    @inline(__always) public func store(_ i: Int, _ d: Double) {
        let off = byteOffset + i * kind.bytesPerElement
        buffer.bytes.withUnsafeMutableBytes { raw in
            switch kind {
            case .int8: raw.storeBytes(of: Int8(truncatingIfNeeded: NumberConversion.toInt32(d)), toByteOffset: off, as: Int8.self)
            case .uint8: raw.storeBytes(of: UInt8(truncatingIfNeeded: NumberConversion.toInt32(d)), toByteOffset: off, as: UInt8.self)
            case .uint8Clamped: raw.storeBytes(of: NumberConversion.toUint8Clamp(d), toByteOffset: off, as: UInt8.self)
            case .int16: raw.storeBytes(of: Int16(truncatingIfNeeded: NumberConversion.toInt32(d)), toByteOffset: off, as: Int16.self)
            case .uint16: raw.storeBytes(of: UInt16(truncatingIfNeeded: NumberConversion.toInt32(d)), toByteOffset: off, as: UInt16.self)
            case .int32: raw.storeBytes(of: NumberConversion.toInt32(d), toByteOffset: off, as: Int32.self)
            case .uint32: raw.storeBytes(of: NumberConversion.toUint32(d), toByteOffset: off, as: UInt32.self)
            case .float32: raw.storeBytes(of: Float(d), toByteOffset: off, as: Float.self)
            case .float64: raw.storeBytes(of: d, toByteOffset: off, as: Double.self)
            }
        }
    }

    public override func getOwn(_ key: PropertyKey) -> SparseElement? {
        if case .index(let i) = key {
            guard Int(i) < length else { return nil }
            return SparseElement(value: .number(load(Int(i))), attributes: [.writable, .enumerable, .configurable])
        }
        if JSTypedArray.isCanonicalNumeric(key) { return nil }
        return super.getOwn(key)
    }

    /// A name that is a canonical numeric string ("1.5", "-0", "Infinity") but not an array
    /// index: such keys address (nonexistent) elements of a typed array, never properties.
    static func isCanonicalNumeric(_ key: PropertyKey) -> Bool {
        guard case .name(let s) = key else { return false }
        let text = s.string
        if text == "-0" { return true }
        return NumberConversion.numberToString(NumberConversion.stringToNumber(s.units)) == text
    }

    public override func ownKeys() -> [PropertyKey] {
        (0..<length).map { PropertyKey.index(UInt32($0)) } + shape.keys.map { .name($0) }
    }

    public override func putOwn(_ key: PropertyKey, _ value: JSValue, _ attrs: PropertyAttributes) {
        if case .index(let i) = key {
            if Int(i) < length, case .number(let d) = value { store(Int(i), d) }
            return
        }
        if JSTypedArray.isCanonicalNumeric(key) { return }
        super.putOwn(key, value, attrs)
    }

    public override func removeOwn(_ key: PropertyKey) {
        if case .index = key { return }
        super.removeOwn(key)
    }

    public override func canAddOwn(_ key: PropertyKey) -> Bool {
        if case .index = key { return false }
        if JSTypedArray.isCanonicalNumeric(key) { return true }   // the store is accepted and dropped
        return extensible
    }
}
