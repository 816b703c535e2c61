// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "jitloc",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "jitloc", targets: ["jitloc"]),
        .library(name: "JSEngine", targets: ["JSEngine"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-collections", from: "1.1.0"),
    ],
    targets: [
        .target(
            name: "JSEngine",
            dependencies: [.product(name: "Collections", package: "swift-collections")],
            swiftSettings: [.unsafeFlags(["-enforce-exclusivity=unchecked"])]
        ),
        .target(
            name: "Optimizer",
            dependencies: ["JSEngine"],
            swiftSettings: [.unsafeFlags(["-enforce-exclusivity=unchecked"])]
        ),
        .target(name: "Fuzz", dependencies: ["Optimizer", "JSEngine"]),
        .target(name: "Localizer", dependencies: ["Fuzz", "Optimizer", "JSEngine"]),
        .executableTarget(
            name: "jitloc",
            dependencies: [
                "JSEngine", "Optimizer", "Fuzz", "Localizer",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "JSEngineTests", dependencies: ["JSEngine"]),
        .testTarget(name: "OptimizerTests", dependencies: ["Optimizer", "JSEngine"]),
        .testTarget(name: "LocalizerTests", dependencies: ["Localizer", "JSEngine"]),
        .testTarget(name: "CLITests", dependencies: ["jitloc"]),
        .testTarget(name: "FuzzTests", dependencies: ["Fuzz", "Optimizer", "JSEngine"]),
    ],
    swiftLanguageModes: [.v5]
)
