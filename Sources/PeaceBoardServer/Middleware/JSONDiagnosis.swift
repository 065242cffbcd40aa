import Foundation
import NIOCore

/// Finds where in a JSON body a decoder's path-less complaint comes from.
enum JSONDiagnosis {
    /// The path of the first number with a fractional part, if the body is valid JSON.
    static func firstFraction(in body: ByteBuffer?) -> String? {
        firstPath(in: body) { value in
            guard let number = value as? NSNumber else { return false }
            let double = number.doubleValue
            return double != double.rounded() || abs(double) >= 9.2e18
        }
    }

    /// The path of the first explicit `null`, if the body is valid JSON.
    static func firstNull(in body: ByteBuffer?) -> String? {
        firstPath(in: body) { $0 is NSNull }
    }

    /// The dotted path (`items[2].name`) of the first value, keys in sorted order, that `matches`.
    private static func firstPath(in body: ByteBuffer?, where matches: (Any) -> Bool) -> String? {
        guard let body, let object = try? JSONSerialization.jsonObject(with: Data(buffer: body), options: [.fragmentsAllowed])
        else { return nil }
        func search(_ value: Any, path: String) -> String? {
            switch value {
            case let dictionary as [String: Any]:
                for key in dictionary.keys.sorted() {
                    if let found = search(dictionary[key]!, path: path.isEmpty ? key : "\(path).\(key)") { return found }
                }
            case let array as [Any]:
                for (index, element) in array.enumerated() {
                    if let found = search(element, path: "\(path)[\(index)]") { return found }
                }
            default:
                if matches(value) { return path.isEmpty ? "body" : path }
            }
            return nil
        }
        return search(object, path: "")
    }
}
