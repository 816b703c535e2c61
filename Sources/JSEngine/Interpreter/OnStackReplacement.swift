/// On-stack replacement (OSR) in the interpreter, as V8 does it from Ignition's `JumpLoop`:
/// at a loop's back edge (`loopHint`, always followed by the loop's backward `jump`), a
/// frame that runs a hot loop switches to optimized code compiled for entry at that loop's
/// header, handing over its registers. The OSR code either runs the frame to its end or
/// deoptimizes, writing the registers back into the same frame.
///
/// The back edge takes this slow path when the code block's back-edge counter reaches
/// `--osr-threshold`, after `%OptimizeOsr()`, while OSR code is installed for one of the
/// code block's loops, and every further `--osr-threshold` back edges after an attempt (so
/// a loop whose OSR code deoptimized is compiled again with the new feedback, until
/// `OsrState.maxDeopts` deoptimizations leave it interpreted for good, and the other loops
/// of the code block get their turn).
extension Interpreter {
    /// What the OSR slow path did at a back edge.
    enum OsrOutcome {
        /// No OSR code ran: keep interpreting.
        case stay
        /// The OSR code ran the frame to its end and returned this value (as the `return`
        /// instruction's operand: construct-frame rules are still to be applied).
        case finished(JSValue)
        /// The OSR code deoptimized: the frame's registers and resume point (and frames for
        /// any inlined calls pushed on it) hold the interpreter state to continue from.
        case resumed
    }

    /// The OSR slow path of the `loopHint` before `pc` in the top frame (whose state the run
    /// loop has saved): runs this loop's OSR code, compiling it first when the loop is due.
    func onStackReplacement(_ code: CodeBlock, pc: Int, registers regs: UnsafeMutablePointer<JSValue>,
                            context: Context?) throws -> OsrOutcome {
        defer { scheduleNextOsrCheck(code) }
        let requested = code.osrState.requested
        code.osrState.requested = false
        guard pc < code.instructions.count, case .jump(let target) = code.instructions[pc], Int(target) < pc else { return .stay }
        let header = Int(target)
        let function = frames.top.pointee.function
        let values = Array(UnsafeBufferPointer(start: regs, count: code.registerCount))
        if code.osrCode[header] == nil {
            guard requested || code.backEdgeCount == realm.options.osrThreshold
                    || code.backEdgeCount >= code.osrState.nextCompileAt else { return .stay }
            code.osrState.nextCompileAt = code.backEdgeCount + realm.options.osrThreshold
            guard canOsr(code, header, function: function), let hook = realm.tierUp else { return .stay }
            if try !hook.optimizeOsr(code, function: function, loopHeader: header, entryValues: values, realm: realm,
                                     reason: requested ? .nativesSyntax : .hotLoop) {
                code.osrState.disabledLoops.insert(header)
            }
        }
        guard let osr = code.osrCode[header] else { return .stay }
        switch try osr.executeOsr(realm: realm, registers: values, context: context) {
        case .returned(let v):
            return .finished(v)
        case .deoptimized(let deoptFrames, let reason, let position):
            try restoreFrames(deoptFrames, registerCount: code.registerCount)
            noteOsrDeopt(code, header: header)
            if realm.options.traceDeopt {
                let inlined = deoptFrames.count > 1 ? " (\(deoptFrames.count - 1) inlined frame\(deoptFrames.count > 2 ? "s" : ""))" : ""
                realm.output.write("[deoptimizing \(code.traceName(function)) (osr at bytecode \(header)): "
                                   + "\(reason) at \(position), resuming at bytecode \(deoptFrames.first?.pc ?? 0)\(inlined)]")
            }
            return .resumed
        }
    }

    /// Whether the loop at `header` may be OSR-compiled at all.
    private func canOsr(_ code: CodeBlock, _ header: Int, function: JSFunction?) -> Bool {
        realm.options.optimize && !code.osrState.disabledLoops.contains(header)
            && !code.optimizationState.neverOptimize && !code.optimizationState.disabled && !(function?.neverOptimize ?? false)
    }

    /// Drops the loop's OSR code after a deoptimization; after `OsrState.maxDeopts` of them
    /// the loop is not compiled again.
    private func noteOsrDeopt(_ code: CodeBlock, header: Int) {
        code.osrCode[header] = nil
        let count = code.osrState.deoptCounts[header, default: 0] + 1
        code.osrState.deoptCounts[header] = count
        if count >= OsrState.maxDeopts { code.osrState.disabledLoops.insert(header) }
        code.osrState.nextCompileAt = code.backEdgeCount + realm.options.osrThreshold
    }

    /// Sets the back-edge count from which the slow path runs again.
    func scheduleNextOsrCheck(_ code: CodeBlock) {
        code.osrState.nextCheck = !code.osrCode.isEmpty || code.osrState.requested ? 0 : code.osrState.nextCompileAt
    }
}
