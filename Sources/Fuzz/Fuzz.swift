import JSEngine

/// The fuzzer module (implemented by the Fuzz issue): generator, mutators, reducer, oracle.
public enum FuzzModule {}
