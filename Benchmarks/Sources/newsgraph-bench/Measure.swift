import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Clocks, memory readings and statistics.
enum Measure {
    /// Monotonic time in seconds.
    @inline(__always) static func now() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    /// CPU time of the calling thread in seconds: what a stage costs, whatever else the machine
    /// is running (wall time on a shared machine counts the waits for a core too).
    @inline(__always) static func cpuNow() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    /// Wall seconds `body` takes.
    static func time(_ body: () throws -> Void) rethrows -> Double {
        let start = now()
        try body()
        return now() - start
    }

    /// CPU seconds `body` takes on the calling thread.
    static func cpuTime(_ body: () throws -> Void) rethrows -> Double {
        let start = cpuNow()
        try body()
        return cpuNow() - start
    }

    /// CPU seconds (user and system) of every thread of this process so far.
    static func processCPU() -> Double {
        var usage = rusage()
        getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
        return seconds(usage.ru_utime) + seconds(usage.ru_stime)
    }

    static func seconds(_ time: timeval) -> Double { Double(time.tv_sec) + Double(time.tv_usec) / 1e6 }

    /// The 1-minute load average: above the core count, measurements waited for a core.
    static func load() -> Double {
        guard let text = try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8) else { return .nan }
        return Double(text.split(separator: " ").first ?? "") ?? .nan
    }

    /// The most memory this process has held so far (maxrss), in bytes.
    static func peakRSS() -> Int {
        var usage = rusage()
        getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
        return Int(usage.ru_maxrss) * 1024
    }

    /// The memory this process holds now (resident set), in bytes.
    static func currentRSS() -> Int {
        guard let text = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8) else { return 0 }
        let fields = text.split(separator: " ")
        guard fields.count > 1, let pages = Int(fields[1]) else { return 0 }
        return pages * Int(sysconf(Int32(_SC_PAGESIZE)))
    }

    static func median(_ values: [Double]) -> Double {
        guard !values.isEmpty else { return .nan }
        let sorted = values.sorted()
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }

    /// Words as `wc -w` counts them: runs of non-whitespace.
    static func words(_ text: String) -> Int {
        var count = 0
        var inWord = false
        for byte in text.utf8 {
            let space = byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D
            if !space && !inWord { count += 1 }
            inWord = !space
        }
        return count
    }

    static var cores: Int { ProcessInfo.processInfo.activeProcessorCount }
}

/// Runs a program and reports its wall time, exit status and peak memory (from `wait4`).
enum Child {
    struct Outcome {
        var seconds: Double
        var status: Int32
        var peakRSS: Int
        /// User and system CPU seconds of the child.
        var cpu: Double
    }

    static func run(_ program: String, _ arguments: [String]) -> Outcome {
        var pid: pid_t = 0
        let argv: [UnsafeMutablePointer<CChar>?] = ([program] + arguments).map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        let start = Measure.now()
        let spawned = posix_spawn(&pid, program, nil, nil, argv, environ)
        guard spawned == 0 else {
            FileHandle.standardError.write(
                Data("newsgraph-bench: cannot run \(program): \(String(cString: strerror(spawned)))\n".utf8))
            return Outcome(seconds: 0, status: -1, peakRSS: 0, cpu: 0)
        }
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0 && errno == EINTR {}
        let seconds = Measure.now() - start
        let exit = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
        return Outcome(
            seconds: seconds, status: exit, peakRSS: Int(usage.ru_maxrss) * 1024,
            cpu: Measure.seconds(usage.ru_utime) + Measure.seconds(usage.ru_stime))
    }

    /// This program's own path, to run its measurements in fresh processes.
    static var selfPath: String {
        (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
    }
}
