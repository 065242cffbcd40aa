import Foundation
import NIOCore

/// Finds where in a JSON body a decoder's path-less complaint comes from.
enum JSONDiagnosis {
    /// The path of the first number with a fractional part, if the body is valid JSON.
    static func firstFraction(in body: ByteBuffer?) -> String? {
        guard let body, let object = try? JSONSerialization.jsonObject(with: Data(buffer: body), options: [.fragmentsAllowed])
        else { return nil }
        return firstFraction(in: object, path: "")
    }

    /// The path of the first explicit `null`, if the body is valid JSON.
    static func firstNull(in body: ByteBuffer?) -> String? {
        guard let body, let object = try? JSONSerialization.jsonObject(with: Data(buffer: body), options: [.fragmentsAllowed])
        else { return nil }
        return firstNull(in: object, path: "")
    }

    private static func firstNull(in value: Any, path: String) -> String? {
        switch value {
        case let dictionary as [String: Any]:
            for key in dictionary.keys.sorted() {
                if let found = firstNull(in: dictionary[key]!, path: path.isEmpty ? key : "\(path).\(key)") { return found }
            }
        case let array as [Any]:
            for (index, element) in array.enumerated() {
                if let found = firstNull(in: element, path: "\(path)[\(index)]") { return found }
            }
        case is NSNull:
            return path.isEmpty ? "body" : path
        default:
            break
        }
        return nil
    }

    private static func firstFraction(in value: Any, path: String) -> String? {
        switch value {
        case let dictionary as [String: Any]:
            for key in dictionary.keys.sorted() {
                if let found = firstFraction(in: dictionary[key]!, path: path.isEmpty ? key : "\(path).\(key)") { return found }
            }
        case let array as [Any]:
            for (index, element) in array.enumerated() {
                if let found = firstFraction(in: element, path: "\(path)[\(index)]") { return found }
            }
        case let number as NSNumber:
            let double = number.doubleValue
            if double != double.rounded() || abs(double) >= 9.2e18 { return path.isEmpty ? "body" : path }
        default:
            break
        }
        return nil
    }
}
