import JSEngine

/// A program together with what its text carries outside the AST: the header comment lines that
/// configure a run (`// Flags:`, `// Expect-...`) and whether natives syntax is allowed.
///
/// Comments are not in the AST, so the printer, the mutators and the reducer carry the header
/// through this value and re-emit it above the printed program.
public struct ParsedSource {
    public var header: [String]
    public var program: Program
    public var parserOptions: ParserOptions

    /// Parses `text`, keeping its header lines and its natives-syntax setting.
    public init(text: String) throws {
        header = ParsedSource.headerLines(of: text)
        let flags = FlagParser.flagsInSource(text)
        parserOptions = ParserOptions(allowNativesSyntax: flags.contains("--allow-natives-syntax"))
        var parser = Parser(source: text, options: parserOptions)
        program = try parser.parseProgram()
    }

    /// The lines of `text` that are `// Flags:` or `// Expect-...` comments, in order.
    /// They are taken from anywhere in the text (the engine reads `// Flags:` lines anywhere in
    /// the first 200 lines), and the printer puts them all at the top.
    public static func headerLines(of text: String) -> [String] {
        text.split(separator: "\n", omittingEmptySubsequences: false).compactMap { line in
            let trimmed = line.strippingCharacters(in: [" ", "\t", "\r"])
            return trimmed.hasPrefix("// Flags:") || trimmed.hasPrefix("// Expect-") ? trimmed : nil
        }
    }

    /// The program printed with its header.
    public func render() -> String {
        JSPrinter.print(program, header: header)
    }

    /// `program` printed with this source's header.
    public func render(_ program: Program) -> String {
        JSPrinter.print(program, header: header)
    }

    /// Whether `text` parses with this source's parser options.
    public func parses(_ text: String) -> Bool {
        var parser = Parser(source: text, options: parserOptions)
        return (try? parser.parseProgram()) != nil
    }
}

private extension Substring {
    func strippingCharacters(in set: Set<Character>) -> String {
        var slice = self[...]
        while let first = slice.first, set.contains(first) { slice = slice.dropFirst() }
        while let last = slice.last, set.contains(last) { slice = slice.dropLast() }
        return String(slice)
    }
}
