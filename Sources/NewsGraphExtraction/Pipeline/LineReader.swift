import Foundation

/// The non-blank lines of a file read a block at a time, numbered from 1, without their line
/// ends: a file of records or summaries is never held whole, only the lines of one batch.
public struct LineReader {
    private let handle: FileHandle
    private var buffer = Data()
    private var number = 0
    private var isAtEnd = false
    /// Bytes read from the file at once.
    static let blockSize = 1 << 22

    public init(_ handle: FileHandle) {
        self.handle = handle
    }

    /// Up to `count` lines, fewer only at the end of the file; empty once it is read.
    public mutating func next(_ count: Int) -> [(number: Int, line: Data)] {
        var lines: [(number: Int, line: Data)] = []
        while lines.count < count {
            if let end = buffer.firstIndex(of: 0x0A) {
                number += 1
                if let line = Self.content(buffer[buffer.startIndex..<end]) { lines.append((number, Data(line))) }
                buffer = buffer[(end + 1)...]
                continue
            }
            if isAtEnd {
                if !buffer.isEmpty {
                    number += 1
                    if let line = Self.content(buffer) { lines.append((number, Data(line))) }
                    buffer = Data()
                }
                break
            }
            let block = handle.readData(ofLength: Self.blockSize)
            if block.isEmpty { isAtEnd = true } else { buffer = Data(buffer) + block }
        }
        return lines
    }

    /// A line without its carriage return, or nil for a blank one (spaces and tabs only).
    static func content(_ line: Data) -> Data? {
        var line = line
        if line.last == 0x0D { line = line.dropLast() }
        return line.contains(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0D }) ? line : nil
    }
}
