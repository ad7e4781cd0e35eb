import Yams

/// Checks the depth and the size of a composed YAML tree before anything is
/// decoded, so that a hostile file fails at once with one clear error.
///
/// Yams resolves an alias to the anchored node itself, so the tree the
/// decoder would walk is the expanded one: a "billion laughs" file (each
/// anchor a list of ten aliases of the one before) is small as text and
/// as memory, but 10⁹ nodes to walk. Every use of an alias therefore counts
/// here. The walk is iterative, so deep nesting cannot overflow the stack,
/// and it stops at the first node past either limit, so its cost is bounded
/// by `InputLimits.maximumNodes` whatever the file.
enum TreeShapeCheck {
    enum Problem {
        /// The first node deeper than `maximumDepth`.
        case tooDeep(Node)
        /// The node whose visit went past `maximumNodes`.
        case tooLarge(Node)
    }

    static func firstProblem(_ root: Node, limits: InputLimits) -> Problem? {
        var stack: [(node: Node, depth: Int)] = [(root, 1)]
        var visited = 0
        while let (node, depth) = stack.popLast() {
            visited += 1
            if visited > limits.maximumNodes { return .tooLarge(node) }
            if depth > limits.maximumDepth { return .tooDeep(node) }
            switch node {
            case .mapping(let mapping):
                for (key, value) in mapping {
                    stack.append((key, depth + 1))
                    stack.append((value, depth + 1))
                }
            case .sequence(let sequence):
                for item in sequence { stack.append((item, depth + 1)) }
            case .scalar, .alias:
                break
            }
        }
        return nil
    }
}
