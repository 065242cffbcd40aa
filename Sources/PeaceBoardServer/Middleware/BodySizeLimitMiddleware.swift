import Hummingbird

/// Refuses request bodies over `limit` bytes with a JSON 413 before any handler reads them,
/// and keeps the body at hand so that an error report can point into it.
struct BodySizeLimitMiddleware<Context: RequestContext>: RouterMiddleware {
    let limit: Int

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        if let length = request.headers[.contentLength].flatMap(Int.init), length > limit {
            return tooLarge()
        }
        var request = request
        do {
            let buffer = try await request.body.collect(upTo: limit)
            request.body = RequestBody(buffer: buffer)
            return try await CurrentRequest.$body.withValue(buffer) {
                try await next(request, context)
            }
        } catch let error as HTTPError where error.status == .contentTooLarge {
            return tooLarge()
        }
    }

    private func tooLarge() -> Response {
        let error = APIError(code: .payloadTooLarge, message: "the request body is over \(limit) bytes", field: "body")
        return Response(
            status: .contentTooLarge, headers: [.contentType: "application/json; charset=utf-8"],
            body: ResponseBody(byteBuffer: ByteBuffer(bytes: error.body)))
    }
}

/// The body of the request being handled, once the size check has read it.
enum CurrentRequest {
    @TaskLocal static var body: ByteBuffer?
}
