/// Bundled test harnesses that `--harness NAME` loads before a program.
public enum Harness {
    public static let names = ["mjsunit"]

    /// The source of harness `name`. The harness is parsed with the program's options, so
    /// the natives-syntax variant (which calls `%GetOptimizationStatus`) is only used when
    /// `nativesSyntax` is on; otherwise the optimization assertions are no-ops.
    public static func source(named name: String, nativesSyntax: Bool = false) -> String? {
        switch name {
        case "mjsunit": return MjsunitHarness.source(nativesSyntax: nativesSyntax)
        default: return nil
        }
    }
}

/// The mjsunit-style assertion library, written for jitloc. It mirrors the API and the
/// failure messages of V8's test/mjsunit/mjsunit.js (`Failure (name): expected <x> found <y>`,
/// V8's deep equality for `assertEquals`), thrown as `MjsUnitAssertionError`.
enum MjsunitHarness {
    static func source(nativesSyntax: Bool) -> String {
        common + (nativesSyntax ? optimizationWithNatives : optimizationWithoutNatives)
    }

    /// Optimization-state queries through `%GetOptimizationStatus` (V8's status bits).
    static let optimizationWithNatives = #"""
    function __mjsunitOptStatus(fun) { return %GetOptimizationStatus(fun); }
    """#

    /// Without natives syntax the status is unknown: report "function, maybe deoptimized",
    /// which makes assertOptimized/assertUnoptimized pass without checking anything.
    static let optimizationWithoutNatives = #"""
    function __mjsunitOptStatus(fun) { return typeof fun === "function" ? (1 | 8) : 0; }
    """#

    static let common = #"""
    class MjsUnitAssertionError extends Error {
      constructor(message) { super(message); }
    }
    MjsUnitAssertionError.prototype.name = "MjsUnitAssertionError";

    var V8OptimizationStatus = {
      kIsFunction: 1 << 0, kNeverOptimize: 1 << 1, kAlwaysOptimize: 1 << 2, kMaybeDeopted: 1 << 3,
      kOptimized: 1 << 4, kTurboFanned: 1 << 5, kInterpreted: 1 << 6, kMarkedForOptimization: 1 << 7,
      kMarkedForConcurrentOptimization: 1 << 8, kOptimizingConcurrently: 1 << 9,
      kIsExecuting: 1 << 10, kTopmostFrameIsTurboFanned: 1 << 11,
    };

    var assertEquals, assertNotEquals, assertSame, assertNotSame, assertTrue, assertFalse,
        assertNull, assertNotNull, assertUndefined, assertThrows, assertThrowsEquals,
        assertDoesNotThrow, assertUnreachable, assertInstanceof, assertArrayEquals,
        assertPropertiesEqual, assertContains, assertOptimized, assertUnoptimized, fail,
        isOptimized, isInterpreted, isTurboFanned, isNeverOptimize, isAlwaysOptimize,
        deepEquals, prettyPrinted;

    (function () {
      var ObjectToString = Object.prototype.toString;

      function classOf(v) {
        if (typeof ObjectToString === "function") {
          var s = ObjectToString.call(v);
          return s.substring(8, s.length - 1);
        }
        return Array.isArray(v) ? "Array" : "Object";
      }

      function quoteString(s) {
        var out = "\"";
        for (var i = 0; i < s.length; i++) {
          var c = s.charCodeAt(i);
          if (c === 34) out += "\\\"";
          else if (c === 92) out += "\\\\";
          else if (c === 10) out += "\\n";
          else if (c === 13) out += "\\r";
          else if (c === 9) out += "\\t";
          else if (c < 32) out += "\\u" + (c + 0x10000).toString(16).substring(1);
          else out += s.charAt(i);
        }
        return out + "\"";
      }

      function primitiveValue(v) { return v.valueOf(); }

      function pretty(value, depth) {
        switch (typeof value) {
          case "string": return quoteString(value);
          case "number": return (value === 0 && 1 / value < 0) ? "-0" : String(value);
          case "bigint": return String(value) + "n";
          case "boolean": case "undefined": case "symbol": return String(value);
          case "function":
            try { return String(value); } catch (e) { return "function"; }
        }
        if (value === null) return "null";
        var cls = classOf(value);
        switch (cls) {
          case "Number": case "String": case "Boolean": case "BigInt": case "Date":
            return cls + "(" + pretty(primitiveValue(value), depth + 1) + ")";
          case "Array": {
            if (depth > 4) return "[...]";
            var parts = [];
            for (var i = 0; i < value.length; i++) {
              parts.push(i in value ? pretty(value[i], depth + 1) : "");
            }
            return "[" + parts.join(", ") + "]";
          }
          case "Object": break;
          default:
            try { return cls + "(" + String(value) + ")"; } catch (e) { return cls + "()"; }
        }
        var ctor = value.constructor;
        var name = (typeof ctor === "function" && ctor.name) ? ctor.name : "Object";
        return name + "()";
      }
      prettyPrinted = function prettyPrinted(value) { return pretty(value, 0); };

      function failWithMessage(message) { throw new MjsUnitAssertionError(message); }

      function formatFailureText(expectedText, found, name_opt) {
        var message = "Failure";
        if (name_opt) message += " (" + name_opt + ")";
        var foundText = prettyPrinted(found);
        if (expectedText.length <= 40 && foundText.length <= 40) {
          message += ": expected <" + expectedText + "> found <" + foundText + ">";
        } else {
          message += ":\nexpected:\n" + expectedText + "\nfound:\n" + foundText;
        }
        return message;
      }

      function failure(expectedText, found, name_opt) {
        return failWithMessage(formatFailureText(expectedText, found, name_opt));
      }

      function sortedKeys(o) {
        var keys = Object.keys(o);
        for (var i = 1; i < keys.length; i++) {
          var k = keys[i], j = i - 1;
          while (j >= 0 && keys[j] > k) { keys[j + 1] = keys[j]; j--; }
          keys[j + 1] = k;
        }
        return keys;
      }

      function deepObjectEquals(a, b) {
        var aProps = sortedKeys(a), bProps = sortedKeys(b);
        if (!deepEq(aProps, bProps)) return false;
        for (var i = 0; i < aProps.length; i++) {
          if (!deepEq(a[aProps[i]], b[aProps[i]])) return false;
        }
        return true;
      }

      function deepEq(a, b) {
        if (a === b) {
          if (a === 0) return (1 / a) === (1 / b);
          return true;
        }
        if (typeof a !== typeof b) return false;
        if (typeof a === "number") return a !== a && b !== b;
        if (typeof a !== "object" && typeof a !== "function") return false;
        if (a === null || b === null) return false;
        var cls = classOf(a);
        if (cls !== classOf(b)) return false;
        if (cls === "Function") return false;
        if (cls === "Array") {
          if (a.length !== b.length) return false;
          for (var i = 0; i < a.length; i++) {
            if (!deepEq(a[i], b[i])) return false;
          }
          return true;
        }
        if (cls === "String" || cls === "Number" || cls === "Boolean" || cls === "BigInt" || cls === "Date") {
          if (primitiveValue(a) !== primitiveValue(b)) return false;
        }
        return deepObjectEquals(a, b);
      }
      deepEquals = deepEq;

      assertSame = function assertSame(expected, found, name_opt) {
        if (Object.is(expected, found)) return;
        failure(prettyPrinted(expected), found, name_opt);
      };

      assertNotSame = function assertNotSame(expected, found, name_opt) {
        if (!Object.is(expected, found)) return;
        failure("not same as " + prettyPrinted(expected), found, name_opt);
      };

      assertEquals = function assertEquals(expected, found, name_opt) {
        if (!deepEq(found, expected)) failure(prettyPrinted(expected), found, name_opt);
      };

      assertNotEquals = function assertNotEquals(expected, found, name_opt) {
        if (deepEq(found, expected)) failure("not equals to " + prettyPrinted(expected), found, name_opt);
      };

      assertArrayEquals = function assertArrayEquals(expected, found, name_opt) {
        var start = "";
        if (name_opt) start = name_opt + " - ";
        assertEquals(expected.length, found.length, start + "array length");
        if (expected.length === found.length) {
          for (var i = 0; i < expected.length; ++i) {
            assertEquals(expected[i], found[i], start + "array element at index " + i);
          }
        }
      };

      assertPropertiesEqual = function assertPropertiesEqual(expected, found, name_opt) {
        if (!deepObjectEquals(expected, found)) failure(prettyPrinted(expected), found, name_opt);
      };

      assertTrue = function assertTrue(value, name_opt) { assertEquals(true, value, name_opt); };
      assertFalse = function assertFalse(value, name_opt) { assertEquals(false, value, name_opt); };
      assertNull = function assertNull(value, name_opt) {
        if (value !== null) failure("null", value, name_opt);
      };
      assertNotNull = function assertNotNull(value, name_opt) {
        if (value === null) failure("not null", value, name_opt);
      };
      assertUndefined = function assertUndefined(value, name_opt) {
        if (value !== undefined) failure("undefined", value, name_opt);
      };

      assertContains = function assertContains(sub, value, name_opt) {
        if (value == null ? (sub != null) : value.indexOf(sub) == -1) {
          failure("contains '" + String(sub) + "'", value, name_opt);
        }
      };

      function executeCode(code) {
        if (typeof code === "function") return code();
        if (typeof eval === "function") return eval(code);
        failWithMessage("assertThrows with a code string is not supported (no eval)");
      }

      assertThrows = function assertThrows(code, type_opt, cause_opt) {
        if (arguments.length > 1 && type_opt === undefined) {
          failWithMessage("invalid use of assertThrows, unknown type_opt given");
        }
        if (type_opt !== undefined && typeof type_opt !== "function") {
          failWithMessage("invalid use of assertThrows, maybe you want assertThrowsEquals");
        }
        try {
          executeCode(code);
        } catch (e) {
          if (e instanceof MjsUnitAssertionError && typeof code !== "function") throw e;
          if (typeof type_opt === "function") assertInstanceof(e, type_opt);
          if (arguments.length >= 3) assertEquals(cause_opt, e.message, "Error message");
          return;
        }
        failWithMessage("Did not throw exception");
      };

      assertThrowsEquals = function assertThrowsEquals(fun, val) {
        try {
          fun();
        } catch (e) {
          assertSame(val, e);
          return;
        }
        failWithMessage("Did not throw exception");
      };

      assertDoesNotThrow = function assertDoesNotThrow(code, name_opt) {
        try {
          executeCode(code);
        } catch (e) {
          if (e instanceof MjsUnitAssertionError) throw e;
          failWithMessage("threw an exception: " + (e && e.message !== undefined ? e.message : e));
        }
      };

      assertInstanceof = function assertInstanceof(obj, type) {
        if (!(obj instanceof type)) {
          var actualTypeName = null;
          if (obj !== null && obj !== undefined) {
            var proto = Object.getPrototypeOf(Object(obj));
            var actualConstructor = proto && proto.constructor;
            if (typeof actualConstructor === "function") {
              actualTypeName = actualConstructor.name || String(actualConstructor);
            }
          }
          failWithMessage("Object <" + prettyPrinted(obj) + "> is not an instance of <" +
                          (type.name || type) + ">" +
                          (actualTypeName ? " but of <" + actualTypeName + ">" : ""));
        }
      };

      assertUnreachable = function assertUnreachable(name_opt) {
        var message = "Failure: unreachable";
        if (name_opt) message += " - " + name_opt;
        failWithMessage(message);
      };

      fail = function (expectedText, found, name_opt) {
        if (arguments.length === 0) failWithMessage("Failure");
        if (arguments.length === 1) failWithMessage(String(expectedText));
        return failWithMessage(formatFailureText(expectedText, found, name_opt));
      };

      function status(fun) {
        if (typeof fun !== "function") failWithMessage("not a function: " + prettyPrinted(fun));
        return __mjsunitOptStatus(fun);
      }

      isNeverOptimize = function isNeverOptimize() { return false; };
      isAlwaysOptimize = function isAlwaysOptimize() { return false; };
      isInterpreted = function isInterpreted(fun) {
        var s = status(fun);
        return (s & V8OptimizationStatus.kOptimized) === 0 && (s & V8OptimizationStatus.kInterpreted) !== 0;
      };
      isOptimized = function isOptimized(fun) {
        return (status(fun) & V8OptimizationStatus.kOptimized) !== 0;
      };
      isTurboFanned = function isTurboFanned(fun) {
        var s = status(fun);
        return (s & V8OptimizationStatus.kOptimized) !== 0 && (s & V8OptimizationStatus.kTurboFanned) !== 0;
      };

      assertOptimized = function assertOptimized(fun, sync_opt, name_opt, skip_if_maybe_deopted) {
        if (skip_if_maybe_deopted === undefined) skip_if_maybe_deopted = true;
        var s = status(fun);
        if ((s & V8OptimizationStatus.kNeverOptimize) !== 0) return;
        assertTrue((s & V8OptimizationStatus.kIsFunction) !== 0, name_opt);
        if (skip_if_maybe_deopted && (s & V8OptimizationStatus.kMaybeDeopted) !== 0) return;
        assertTrue((s & V8OptimizationStatus.kOptimized) !== 0, name_opt);
      };

      assertUnoptimized = function assertUnoptimized(fun, sync_opt, name_opt, skip_if_maybe_deopted) {
        if (skip_if_maybe_deopted === undefined) skip_if_maybe_deopted = true;
        var s = status(fun);
        assertTrue((s & V8OptimizationStatus.kIsFunction) !== 0, name_opt);
        if ((s & V8OptimizationStatus.kAlwaysOptimize) !== 0) return;
        if (skip_if_maybe_deopted && (s & V8OptimizationStatus.kMaybeDeopted) !== 0) return;
        assertFalse((s & V8OptimizationStatus.kOptimized) !== 0, name_opt);
      };
    })();

    """#
}
