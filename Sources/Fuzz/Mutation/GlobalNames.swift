/// Global names a spliced statement may read without a declaration in the receiving program:
/// the engine's global functions, constructors and namespaces that test programs use.
enum GlobalNames {
    static let all: Set<String> = [
        "print", "console", "globalThis", "undefined", "NaN", "Infinity",
        "Object", "Function", "Array", "String", "Number", "Boolean", "Math", "JSON", "Map", "Set",
        "Error", "TypeError", "RangeError", "ReferenceError", "SyntaxError", "EvalError", "URIError",
        "ArrayBuffer", "Int8Array", "Uint8Array", "Uint8ClampedArray", "Int16Array", "Uint16Array",
        "Int32Array", "Uint32Array", "Float32Array", "Float64Array",
        "parseInt", "parseFloat", "isNaN", "isFinite",
    ]
}
