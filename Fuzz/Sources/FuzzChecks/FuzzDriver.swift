import Foundation

/// libFuzzer's driver, called from a target's main: SwiftPM names an executable's entry point
/// itself, so the targets link libFuzzer without its `main` and start it here.
public enum FuzzDriver {
    /// Runs libFuzzer with the process's arguments, calling `check` with each input, and exits
    /// with libFuzzer's status. `check` stops the process (`Invariant.fail`) when an input
    /// breaks an invariant; libFuzzer then saves the input as a crash.
    public static func run(_ check: @escaping (Data) -> Void) -> Never {
        FuzzDriver.check = check
        var argc = CommandLine.argc
        var argv = CommandLine.unsafeArgv
        exit(LLVMFuzzerRunDriver(&argc, &argv, callback))
    }

    nonisolated(unsafe) private static var check: (Data) -> Void = { _ in }

    private static let callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt = { bytes, count in
        let data = bytes.map { Data(bytes: $0, count: count) } ?? Data()
        FuzzDriver.check(data)
        return 0
    }
}

@_silgen_name("LLVMFuzzerRunDriver")
private func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt

/// An invariant every input must keep.
public enum Invariant {
    /// Stops the process with `message` on standard error: libFuzzer reports the input as a crash.
    public static func fail(_ message: String, file: StaticString = #fileID, line: UInt = #line) -> Never {
        FileHandle.standardError.write(Data("invariant broken at \(file):\(line): \(message)\n".utf8))
        abort()
    }

    public static func require(
        _ condition: @autoclosure () -> Bool, _ message: @autoclosure () -> String, file: StaticString = #fileID,
        line: UInt = #line
    ) {
        if !condition() { fail(message(), file: file, line: line) }
    }
}
