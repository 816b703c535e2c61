extension Builtins {
    /// Array.prototype.sort, reverse, toSorted and toReversed.
    static func installArrayReordering(_ realm: Realm, _ proto: JSObject) {
        realm.method(proto, "reverse", 0) { realm, this, _, _ in
            let o = try ArrayOps.thisObject(realm, this)
            if let a = ArrayOps.fastArray(o) {
                a.elements.dense.reverse()
                return .object(a)
            }
            let len = try ArrayOps.length(realm, o)
            var lower = 0.0
            let middle = (len / 2).rounded(.down)
            while lower != middle {
                let upper = len - lower - 1
                let lowerValue = try ArrayOps.getIfPresent(realm, o, lower)
                let upperValue = try ArrayOps.getIfPresent(realm, o, upper)
                switch (lowerValue, upperValue) {
                case (let l?, let u?):
                    try ArrayOps.set(realm, o, ArrayOps.key(realm, lower), u)
                    try ArrayOps.set(realm, o, ArrayOps.key(realm, upper), l)
                case (nil, let u?):
                    try ArrayOps.set(realm, o, ArrayOps.key(realm, lower), u)
                    try ArrayOps.delete(realm, o, upper)
                case (let l?, nil):
                    try ArrayOps.delete(realm, o, lower)
                    try ArrayOps.set(realm, o, ArrayOps.key(realm, upper), l)
                case (nil, nil): break
                }
                lower += 1
            }
            return .object(o)
        }
        realm.method(proto, "sort", 1) { realm, this, args, _ in
            let cmp = args[arg: 0]
            if !cmp.isUndefined && !cmp.isCallable {
                throw realm.typeError("The comparison function must be either a function or undefined")
            }
            let o = try ArrayOps.thisObject(realm, this)
            let len = try ArrayOps.length(realm, o)
            // Collect present values; count undefineds and holes (V8 moves them to the end).
            var values: [JSValue] = []
            var undefinedCount = 0.0
            var k = 0.0
            while k < len {
                if let v = try ArrayOps.getIfPresent(realm, o, k) {
                    if v.isUndefined { undefinedCount += 1 } else { values.append(v) }
                }
                k += 1
            }
            let sorted = try ArraySorter.sort(realm, values, comparator: cmp.asObject)
            var i = 0.0
            for v in sorted {
                try ArrayOps.set(realm, o, i, v)
                i += 1
            }
            while undefinedCount > 0 {
                try ArrayOps.set(realm, o, i, .undefined)
                i += 1
                undefinedCount -= 1
            }
            while i < len {
                if ArrayOps.has(realm, o, i) { try ArrayOps.delete(realm, o, i) }
                i += 1
            }
            return .object(o)
        }
        realm.method(proto, "toReversed", 0) { realm, this, _, _ in
            let o = try ArrayOps.thisObject(realm, this)
            let len = try ArrayOps.length(realm, o)
            if len > 4294967295 { throw realm.rangeError("Invalid array length") }
            let a = realm.newArray()
            var k = len - 1
            while k >= 0 {
                a.append(try ArrayOps.get(realm, o, k))
                k -= 1
            }
            return .object(a)
        }
        realm.method(proto, "toSorted", 1) { realm, this, args, _ in
            let cmp = args[arg: 0]
            if !cmp.isUndefined && !cmp.isCallable {
                throw realm.typeError("The comparison function must be either a function or undefined")
            }
            let o = try ArrayOps.thisObject(realm, this)
            let len = try ArrayOps.length(realm, o)
            if len > 4294967295 { throw realm.rangeError("Invalid array length") }
            var values: [JSValue] = []
            var undefinedCount = 0
            var k = 0.0
            while k < len {
                let v = try ArrayOps.get(realm, o, k)
                if v.isUndefined { undefinedCount += 1 } else { values.append(v) }
                k += 1
            }
            var out = try ArraySorter.sort(realm, values, comparator: cmp.asObject)
            out.append(contentsOf: repeatElement(JSValue.undefined, count: undefinedCount))
            return .object(realm.newArray(out))
        }
    }
}

/// V8's array sort: TimSort over the collected values (runs found by CountAndMakeRun and
/// extended by binary insertion sort to the minimum run length, then merged stably), so even
/// inconsistent comparators give node's results on short arrays.
enum ArraySorter {
    static func sort(_ realm: Realm, _ input: [JSValue], comparator: JSObject?) throws -> [JSValue] {
        if input.count < 2 { return input }
        var work = input
        let compare: (JSValue, JSValue) throws -> Double
        if let f = comparator {
            compare = { a, b in
                let r = try realm.toNumber(try realm.interpreter.call(f, this: .undefined, a, b))
                return r.isNaN ? 0 : r
            }
        } else {
            // Default order: ToString of each element, compared by UTF-16 code units. Like V8,
            // objects are converted in every comparison (their toString may be observed);
            // primitives are converted once.
            var keyed: [(JSValue, JSString?)] = []
            keyed.reserveCapacity(work.count)
            for v in work { keyed.append((v, v.asObject == nil ? try realm.toJSString(v) : nil)) }
            var indices = Array(0..<keyed.count)
            try timSort(&indices) { i, j in
                let a = try keyed[i].1 ?? realm.toJSString(keyed[i].0)
                let b = try keyed[j].1 ?? realm.toJSString(keyed[j].0)
                if a == b { return 0 }
                return JSString.lessThan(a, b) ? -1 : 1
            }
            return indices.map { keyed[$0].0 }
        }
        try timSort(&work, compare)
        return work
    }

    /// TimSort as V8's array-sort.tq structures it (minrun, natural runs, binary insertion sort);
    /// merging uses a plain stable merge.
    static func timSort<T>(_ a: inout [T], _ compare: (T, T) throws -> Double) throws {
        let n = a.count
        if n < 2 { return }
        var minRun = n, r = 0
        while minRun >= 64 {
            r |= minRun & 1
            minRun >>= 1
        }
        minRun += r
        var runs: [(start: Int, length: Int)] = []
        var low = 0
        var remaining = n
        while remaining != 0 {
            var runLength = try countAndMakeRun(&a, low, low + remaining, compare)
            if runLength < minRun {
                let forced = min(minRun, remaining)
                try binaryInsertionSort(&a, low, low + runLength, low + forced, compare)
                runLength = forced
            }
            runs.append((low, runLength))
            try mergeCollapse(&a, &runs, compare)
            low += runLength
            remaining -= runLength
        }
        while runs.count > 1 {
            var m = runs.count - 2
            if m > 0 && runs[m - 1].length < runs[m + 1].length { m -= 1 }
            try mergeAt(&a, &runs, m, compare)
        }
    }

    private static func countAndMakeRun<T>(_ a: inout [T], _ lowArg: Int, _ high: Int, _ compare: (T, T) throws -> Double) throws -> Int {
        let low = lowArg + 1
        if low == high { return 1 }
        var runLength = 2
        let descending = try compare(a[low], a[low - 1]) < 0
        var previous = a[low]
        var idx = low + 1
        while idx < high {
            let current = a[idx]
            let order = try compare(current, previous)
            if descending { if order >= 0 { break } } else { if order < 0 { break } }
            previous = current
            runLength += 1
            idx += 1
        }
        if descending { a[lowArg..<(lowArg + runLength)].reverse() }
        return runLength
    }

    private static func binaryInsertionSort<T>(_ a: inout [T], _ low: Int, _ startArg: Int, _ high: Int,
                                               _ compare: (T, T) throws -> Double) throws {
        var start = low == startArg ? startArg + 1 : startArg
        while start < high {
            var left = low, right = start
            let pivot = a[start]
            while left < right {
                let mid = left + ((right - left) >> 1)
                if try compare(pivot, a[mid]) < 0 { right = mid } else { left = mid + 1 }
            }
            var p = start
            while p > left {
                a[p] = a[p - 1]
                p -= 1
            }
            a[left] = pivot
            start += 1
        }
    }

    private static func mergeCollapse<T>(_ a: inout [T], _ runs: inout [(start: Int, length: Int)],
                                         _ compare: (T, T) throws -> Double) throws {
        while runs.count > 1 {
            var n = runs.count - 2
            if (n > 0 && runs[n - 1].length <= runs[n].length + runs[n + 1].length) ||
                (n > 1 && runs[n - 2].length <= runs[n - 1].length + runs[n].length) {
                if runs[n - 1].length < runs[n + 1].length { n -= 1 }
            } else if runs[n].length > runs[n + 1].length {
                break
            }
            try mergeAt(&a, &runs, n, compare)
        }
    }

    /// Merges runs i and i+1 stably (elements of the left run win ties).
    private static func mergeAt<T>(_ a: inout [T], _ runs: inout [(start: Int, length: Int)], _ i: Int,
                                   _ compare: (T, T) throws -> Double) throws {
        let (s1, l1) = runs[i], (s2, l2) = runs[i + 1]
        runs[i] = (s1, l1 + l2)
        runs.remove(at: i + 1)
        let left = Array(a[s1..<(s1 + l1)])
        var li = 0, ri = s2, out = s1
        let rEnd = s2 + l2
        while li < left.count && ri < rEnd {
            if try compare(a[ri], left[li]) < 0 {
                a[out] = a[ri]
                ri += 1
            } else {
                a[out] = left[li]
                li += 1
            }
            out += 1
        }
        while li < left.count {
            a[out] = left[li]
            li += 1
            out += 1
        }
    }
}
