import Hummingbird

/// Refuses a JSON body that contains `null`: an optional field is left out, never set to null,
/// so a stored fact never carries a null that a reader might take for "unknown".
struct ExplicitNullMiddleware<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        if request.method == .post, let field = JSONDiagnosis.firstNull(in: CurrentRequest.body) {
            let error = APIError.badRequest(field, "null is not a value here; leave an optional field out")
            return Response(
                status: .badRequest, headers: [.contentType: "application/json; charset=utf-8"],
                body: ResponseBody(byteBuffer: ByteBuffer(bytes: error.body)))
        }
        return try await next(request, context)
    }
}
