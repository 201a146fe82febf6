/// Shortest paths between two nodes of a graph given by a neighbour function: bidirectional breadth-first search.
///
/// In: two node ids, a function listing a node's neighbours (undirected). Out: up to `limit` shortest
/// paths of at most `maxDepth` hops, each a list of node ids from source to target. Each side keeps
/// a visited set and every parent at the shortest distance; the smaller frontier is expanded first,
/// so the work stays near the square root of a one-sided search and paths are never enumerated
/// beyond `limit`.
public struct PathFinder: Sendable {
    public var maxDepth: Int
    public var limit: Int

    /// How many shortest paths to enumerate so that the `limit` strongest can be chosen among them: enough that the
    /// search order rarely decides, few enough that each hop's relations are read quickly.
    public static func candidates(for limit: Int) -> Int { max(limit, min(10 * limit, 200)) }

    public init(maxDepth: Int = 6, limit: Int = 10) {
        self.maxDepth = maxDepth
        self.limit = limit
    }

    private struct Side {
        package var distance: [Int64: Int]
        package var parents: [Int64: [Int64]]
        package var frontier: [Int64]
        package var depth = 0

        package init(root: Int64) {
            distance = [root: 0]
            parents = [root: []]
            frontier = [root]
        }

        /// Expands one whole layer; returns the new layer.
        package mutating func expand(_ neighbours: (Int64) throws -> [Int64]) rethrows -> [Int64] {
            depth += 1
            var layer: [Int64] = []
            for node in frontier {
                for neighbour in try neighbours(node) {
                    if let known = distance[neighbour] {
                        if known == depth && parents[neighbour]?.contains(node) == false {
                            parents[neighbour]?.append(node)
                        }
                        continue
                    }
                    distance[neighbour] = depth
                    parents[neighbour] = [node]
                    layer.append(neighbour)
                }
            }
            frontier = layer.sorted()
            return frontier
        }

        /// Every path from the root to `node` following parents, each listed root first; at most `limit`.
        package func paths(to node: Int64, limit: Int) -> [[Int64]] {
            var result: [[Int64]] = []
            var stack: [Int64] = [node]
            func walk(_ current: Int64) {
                guard result.count < limit else { return }
                let up = (parents[current] ?? []).sorted()
                if up.isEmpty {
                    result.append(stack.reversed())
                    return
                }
                for parent in up {
                    stack.append(parent)
                    walk(parent)
                    stack.removeLast()
                    if result.count >= limit { return }
                }
            }
            walk(node)
            return result
        }
    }

    /// Up to `limit` shortest paths from `source` to `target`, or none when they are not connected within `maxDepth`.
    public func shortestPaths(
        from source: Int64, to target: Int64,
        neighbours: (Int64) throws -> [Int64]
    ) rethrows -> [[Int64]] {
        if source == target { return [[source]] }
        var forward = Side(root: source)
        var backward = Side(root: target)
        while forward.depth + backward.depth < maxDepth, !forward.frontier.isEmpty, !backward.frontier.isEmpty {
            let expandForward = forward.frontier.count <= backward.frontier.count
            let layer = expandForward ? try forward.expand(neighbours) : try backward.expand(neighbours)
            let (this, other) = expandForward ? (forward, backward) : (backward, forward)
            var best = Int.max
            var meeting: [Int64] = []
            for node in layer {
                guard let far = other.distance[node], let near = this.distance[node] else { continue }
                if near + far < best {
                    best = near + far
                    meeting = [node]
                } else if near + far == best {
                    meeting.append(node)
                }
            }
            guard !meeting.isEmpty else { continue }
            var paths: [[Int64]] = []
            for node in meeting.sorted() {
                for head in forward.paths(to: node, limit: limit) {
                    for tail in backward.paths(to: node, limit: limit) {
                        paths.append(head + tail.reversed().dropFirst())
                        if paths.count >= limit { return paths }
                    }
                }
            }
            return paths
        }
        return []
    }
}
