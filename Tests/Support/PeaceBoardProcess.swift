import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// The built `peaceboard` executable, run as a separate process the way a user runs it.
public enum PeaceBoardExecutable {
    /// Next to the test bundle in the build folder, or where `PEACEBOARD_BINARY` says.
    public static var url: URL {
        if let path = ProcessInfo.processInfo.environment["PEACEBOARD_BINARY"] { return URL(fileURLWithPath: path) }
        var directory = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        while directory.path != "/" {
            let candidate = directory.appendingPathComponent("peaceboard")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            directory.deleteLastPathComponent()
        }
        return URL(fileURLWithPath: ".build/debug/peaceboard")
    }

    /// Runs a command to completion and returns its exit status and standard output.
    @discardableResult
    public static func run(_ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = url
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    /// A free TCP port on the loopback interface.
    public static func freePort() -> Int {
        let socket = Foundation.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(socket) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                _ = bind(socket, $0, length)
                _ = getsockname(socket, $0, &length)
            }
        }
        return Int(UInt16(bigEndian: address.sin_port))
    }
}

/// A `peaceboard serve` process on a loopback port.
public final class ServerProcess: @unchecked Sendable {
    public let port: Int
    private let process: Process

    public init(database: String, port: Int = PeaceBoardExecutable.freePort()) throws {
        self.port = port
        process = Process()
        process.executableURL = PeaceBoardExecutable.url
        process.arguments = ["serve", "--database", database, "--port", String(port), "--log-level", "error"]
        process.standardOutput = FileHandle.nullDevice
        if ProcessInfo.processInfo.environment["PEACEBOARD_TEST_SERVER_LOGS"] == nil {
            process.standardError = FileHandle.nullDevice
        }
        try process.run()
    }

    public var baseURL: URL { URL(string: "http://127.0.0.1:\(port)")! }

    /// Waits until the server answers, up to `seconds`.
    public func waitUntilReady(seconds: Double = 30) async throws {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if let (_, response) = try? await URLSession.shared.data(from: baseURL.appendingPathComponent("openapi.yaml")),
                (response as? HTTPURLResponse)?.statusCode == 200
            {
                return
            }
            guard process.isRunning else { throw TestSupportError("the server exited with status \(process.terminationStatus)") }
            try await Task.sleep(for: .milliseconds(100))
        }
        throw TestSupportError("the server did not answer within \(seconds) s")
    }

    /// Kills the server at once, as a crash or a power cut would.
    public func kill() {
        Foundation.kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }

    /// Asks the server to shut down cleanly (SIGINT, as Ctrl-C does) and returns its exit status.
    public func interrupt() -> Int32 {
        Foundation.kill(process.processIdentifier, SIGINT)
        process.waitUntilExit()
        return process.terminationStatus
    }

    deinit {
        if process.isRunning { Foundation.kill(process.processIdentifier, SIGKILL) }
    }
}
