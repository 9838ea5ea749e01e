/// Two entities in order, source first: what a relation connects, whatever its type.
struct KeyPair: Hashable {
    var source: EntityKey
    var target: EntityKey

    init(_ source: EntityKey, _ target: EntityKey) {
        self.source = source
        self.target = target
    }
}
