import Hummingbird

/// Answers 405 with an `Allow` header for the methods the API document does not declare on
/// one of its paths, instead of a bare 404.
enum MethodNotAllowedRoutes {
    static let methods: [HTTPRequest.Method] = [.get, .head, .post, .put, .patch, .delete, .options, .trace, HTTPRequest.Method("QUERY")!]

    static func add(to router: Router<AppRequestContext>, document: String) {
        for (path, declared) in declaredOperations(in: document) {
            let allow = declared.map(\.rawValue).sorted().joined(separator: ", ")
            let routerPath = RouterPath(path.replacingOccurrences(of: "{", with: ":").replacingOccurrences(of: "}", with: ""))
            for method in methods where !declared.contains(method) {
                router.on(routerPath, method: method) { _, _ in
                    let error = APIError(code: .methodNotAllowed, message: "\(path) allows \(allow)")
                    return Response(
                        status: .methodNotAllowed,
                        headers: [.allow: allow, .contentType: "application/json; charset=utf-8"],
                        body: ResponseBody(byteBuffer: ByteBuffer(bytes: error.body)))
                }
            }
        }
    }

    /// The paths and methods of an OpenAPI document laid out as ours is (two-space indents).
    static func declaredOperations(in document: String) -> [(path: String, methods: Set<HTTPRequest.Method>)] {
        var operations: [(path: String, methods: Set<HTTPRequest.Method>)] = []
        var inPaths = false
        for line in document.split(separator: "\n", omittingEmptySubsequences: false) {
            if line == "paths:" { inPaths = true; continue }
            guard inPaths else { continue }
            if let first = line.first, first != " " { break }
            if line.hasPrefix("  /"), line.hasSuffix(":"), !line.hasPrefix("   ") {
                operations.append((String(line.dropFirst(2).dropLast()), []))
            } else if line.hasPrefix("    "), !line.hasPrefix("     "), line.hasSuffix(":"),
                let method = HTTPRequest.Method(String(line.dropFirst(4).dropLast()).uppercased()), !operations.isEmpty
            {
                operations[operations.count - 1].methods.insert(method)
            }
        }
        return operations
    }
}
