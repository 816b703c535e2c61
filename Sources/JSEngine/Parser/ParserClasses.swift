/// Class declarations and expressions (part of `Parser`). Class code is always strict.
extension Parser {
    mutating func parseClass(isExpression: Bool) throws -> ClassNode {
        let start = token
        try advance()
        let savedStrict = function.isStrict
        function.isStrict = true
        defer { function.isStrict = savedStrict }

        var name: String?
        if token.kind == .identifier {
            guard case .identifier(let className, let namePosition) = try parseBindingIdentifier() else { throw unexpected() }
            name = className
            if !isExpression {
                // The binding belongs to the enclosing scope, whose strictness does not matter here.
                try declareLexical(className, at: namePosition)
            }
        } else if !isExpression {
            throw unexpected()
        }
        var heritage: Expression?
        if try eat(.kwExtends) {
            heritage = try parseLeftHandSide()
        }
        try expect(.leftBrace)
        var constructor: FunctionNode?
        var members: [ClassMember] = []
        while token.kind != .rightBrace {
            if try eat(.semicolon) { continue }
            if token.kind == .eof { throw unexpected() }
            let member = try parseClassMember(isDerived: heritage != nil, className: name)
            if member.isConstructor {
                if constructor != nil { throw error("A class may only have one constructor", at: member.member.function.position) }
                constructor = member.member.function
            } else {
                members.append(member.member)
            }
        }
        try advance()
        if var ctor = constructor {
            ctor.sourceRange = start.start..<previousEnd         // a class's toString is its whole text
            constructor = ctor
        }
        return ClassNode(name: name, heritage: heritage, constructor: constructor, members: members, position: start.position,
                         sourceRange: start.start..<previousEnd)
    }

    private mutating func parseClassMember(isDerived: Bool, className: String?) throws -> (member: ClassMember, isConstructor: Bool) {
        var start = token
        var isStatic = false
        if atContextual("static"), try isModifierWord() {
            try advance()
            if token.kind == .leftBrace { throw unsupported("class static blocks are", at: start.position) }
            isStatic = true
            start = token   // a static method's source text (toString) starts after `static`
        }
        if token.kind == .star { throw unsupported("generators are", at: token.position) }
        if atContextual("async"), try isModifierWord(), !(try peek()).newlineBefore {
            throw unsupported("async functions are", at: token.position)
        }
        var kind = ClassMember.Kind.method
        if atContextual("get") || atContextual("set"), try isModifierWord() {
            kind = token.value == "get" ? .getter : .setter
            try advance()
        }
        let keyStart = token
        let (key, keyToken) = try parsePropertyKey()
        guard token.kind == .leftParen else {
            if token.kind == .assign || token.kind == .semicolon || token.kind == .rightBrace || token.newlineBefore {
                throw unsupported("class fields are", at: keyStart.position)
            }
            throw unexpected()
        }
        let isConstructor = !isStatic && keyToken.kind != .leftBracket && keyName(key) == "constructor"
        if isConstructor && kind != .method {
            throw error("Class constructor may not be an accessor", at: keyStart.position)
        }
        if isStatic && keyToken.kind != .leftBracket && keyName(key) == "prototype" {
            throw error("Classes may not have a static property named 'prototype'", at: keyStart.position)
        }
        let functionKind: FunctionKind
        if isConstructor {
            functionKind = isDerived ? .derivedConstructor : .classConstructor
        } else {
            functionKind = kind == .getter ? .getter : kind == .setter ? .setter : .method
        }
        let fn = try parseMethod(kind: functionKind, name: isConstructor ? className : keyName(key), start: start,
                                 allowSuperCall: isConstructor && isDerived)
        return (ClassMember(kind: kind, isStatic: isStatic, key: key, function: fn), isConstructor)
    }
}
