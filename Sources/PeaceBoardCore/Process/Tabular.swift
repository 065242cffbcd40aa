/// A row of a list that can be exported as CSV: the columns are named once per type.
public protocol Tabular {
    static var columns: [String] { get }
    var cells: [String] { get }
}

extension Array where Element == Party {
    var listText: String { map(\.text).joined(separator: " ") }
}
