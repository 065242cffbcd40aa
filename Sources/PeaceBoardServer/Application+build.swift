import Foundation
import Hummingbird
import Logging
import OpenAPIHummingbird
import OpenAPIRuntime
import PeaceBoardCore
import PeaceBoardStore

/// How the server listens and what it allows.
public struct ServerSettings: Sendable {
    public var hostname: String
    public var port: Int
    public var maximumBodyBytes: Int
    public var logLevel: Logger.Level

    public init(hostname: String = "127.0.0.1", port: Int = 8080, maximumBodyBytes: Int = 64 * 1024, logLevel: Logger.Level = .info) {
        self.hostname = hostname
        self.port = port
        self.maximumBodyBytes = maximumBodyBytes
        self.logLevel = logLevel
    }
}

public typealias AppRequestContext = BasicRequestContext

/// Assembles the HTTP application over a ledger; the executable and the tests both build it here.
public func buildApplication(
    settings: ServerSettings, ledger: Ledger, today: @escaping @Sendable () -> LocalDate = { Timestamp(Date()).day }
) throws -> some ApplicationProtocol {
    var logger = Logger(label: "peaceboard")
    logger.logLevel = settings.logLevel
    let router = try buildRouter(settings: settings, ledger: ledger, today: today, logger: logger)
    return Application(
        router: router,
        configuration: .init(address: .hostname(settings.hostname, port: settings.port), serverName: "PeaceBoard"),
        logger: logger)
}

public func buildRouter(
    settings: ServerSettings, ledger: Ledger, today: @escaping @Sendable () -> LocalDate, logger: Logger
) throws -> Router<AppRequestContext> {
    let router = Router(context: AppRequestContext.self)
    router.add(middleware: LogRequestsMiddleware(.debug))
    router.add(middleware: BodySizeLimitMiddleware(limit: settings.maximumBodyBytes))
    router.add(middleware: ExplicitNullMiddleware())
    router.get("/openapi.yaml") { _, _ in
        Response(
            status: .ok, headers: [.contentType: "application/yaml; charset=utf-8"],
            body: ResponseBody(byteBuffer: ByteBuffer(bytes: OpenAPIDocument.bytes)))
    }
    MethodNotAllowedRoutes.add(to: router, document: String(decoding: OpenAPIDocument.bytes, as: UTF8.self))
    let api = BoardAPI(ledger: ledger, today: today)
    try api.registerHandlers(
        on: router,
        // Compact JSON: pretty-printing doubles the bytes of every response.
        configuration: Configuration(jsonEncodingOptions: [.sortedKeys, .withoutEscapingSlashes]),
        middlewares: [
            ErrorResponseMiddleware(logger: logger),
            AuthenticationMiddleware(tokens: TokenDirectory(store: ledger.store)),
        ])
    return router
}

/// The API contract, served as written.
enum OpenAPIDocument {
    static let bytes: [UInt8] = {
        guard let url = Bundle.module.url(forResource: "openapi", withExtension: "yaml"), let data = try? Data(contentsOf: url) else {
            return Array("openapi.yaml is missing from the server's resources\n".utf8)
        }
        return Array(data)
    }()
}
